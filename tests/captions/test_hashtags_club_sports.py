"""Issue 12's thin thank-you sets: a sports club's name says its sport ("Club Baloncesto
Tudela", "ASD Sarrabus Calcio", "Hexley Rugby Club"), which people search by; and one
club's name is tagged once, not once with its "de" and once without."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content", "tag"),
    [
        (
            "es",
            "Gracias a las familias del Club Balonmano Zuera por el torneo de Navidad.",
            "#balonmano",
        ),
        (
            "it",
            "Grazie a tutte le famiglie dell'ASD Valcerrina Calcio per la cena sociale.",
            "#calcio",
        ),
        (
            "en",
            "Thank you to all the parents at Hexley Rugby Club for the Christmas raffle!",
            "#rugby",
        ),
        (
            "pt",
            "Obrigado aos pais do Clube de Andebol de Mirandela pelo jantar de Natal.",
            "#andebol",
        ),
    ],
)
def test_a_clubs_name_gives_its_sport(language: str, content: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)


def test_a_club_without_a_sport_in_its_name_gets_none() -> None:
    content = "Gracias a los socios del CD Almenara por la comida de hermandad."
    tags = post_tags(content, "es", 5, lower=True)
    assert not {"#fútbol", "#baloncesto", "#balonmano", "#rugby"} & set(tags)


def test_a_clubs_name_is_tagged_once() -> None:
    content = "Obrigado aos pais do Clube de Futebol Arouquense pelo jantar de Natal."
    tags = post_tags(content, "pt", 5, lower=True)
    names = [t for t in tags if t.startswith("#clube")]
    assert len(names) == 1
