"""A new menu is food news, whatever its dishes' words mean elsewhere.

Seen: "Ya tenemos la nueva carta de otoño: crema de calabaza, setas y castañas." was read
as a beauty post ("crema", tagged #belleza #maquillaje, "¿Te lo pondrías?", "Guarda este
look para después"): "new" beside the menu ("nueva carta") was no dish news, only "new on
the menu" was, and a dish news lifted food above a launch only, not above the other
topic its dishes' words voted for.

The rule: the menu itself new ("nueva carta", "new menu", "cardápio novo", "carta
nueva") is dish news, and dish news makes the post food above any other topic.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, post_tags, text_of


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Ya tenemos la nueva carta de otoño: crema de calabaza, setas y castañas.", "es"),
        ("Estrenamos carta nueva: crema de puerros, carrilleras y tarta de queso.", "es"),
        ("Novo cardápio de inverno: creme de abóbora, arroz de pato e pudim.", "pt"),
    ],
)
def test_a_new_menu_is_food_news(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "food", post.intent
    tags = post_tags(content, language, 8, lower=True)
    assert not {"#belleza", "#maquillaje", "#beleza", "#maquiagem"} & set(tags), tags


def test_a_new_menu_is_never_asked_about_a_look() -> None:
    content = "Ya tenemos la nueva carta de otoño: crema de calabaza, setas y castañas."
    for variant in captions_for(content, language="es"):
        assert "look" not in text_of(variant).lower(), text_of(variant)
        assert "pondrías" not in text_of(variant).lower(), text_of(variant)
