"""A kitchen word said of cooking ("cours de cuisine", "equipo de cocina", "chef di
cucina", "aula de culinária") is no home post: the room's asks ("show us your favourite
corner of your home") do not fit a cooking class, a kitchen team or a chef's menu."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "Cours de cuisine vietnamienne mardi soir, six places",
        "Notre équipe de cuisine a testé la carte d'automne",
        "Clase de cocina japonesa el sábado por la mañana",
        "Nuestro jefe de cocina prepara un menú de otoño",
        "Aula de culinária vegetariana na quinta à noite",
        "Il nostro chef di cucina vi aspetta con il menù d'autunno",
    ],
)
def test_cooking_is_no_home_post(content: str) -> None:
    post = read_post(content)
    assert post.intent != "home", post.intent_scores


@pytest.mark.parametrize(
    "content",
    [
        "Notre cuisine est enfin finie : plan de travail en chêne et carrelage vert",
        "Nuestra cocina nueva, con azulejos blancos y mucha luz",
    ],
)
def test_the_room_is_still_home(content: str) -> None:
    assert read_post(content).intent == "home", read_post(content).intent_scores
