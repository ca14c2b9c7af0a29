"""A maker that "lance", "lanza", "lança" or "lancia" its product launches it: "atelier
…, lance la nyctale, notre premier feu avant pour vélo … disponible dès le 18 janvier"
was read as an event (a workshop, a date) and asked "Identifiez la personne qui vient
avec vous", "On se voit là-bas ?" (X in two variants of blind round 13).
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

LAUNCHES = [
    (
        "fr",
        "atelier pinson, nyon, lance la grive, notre premier porte-bagages en bois : "
        "8 kg max, 89 €, disponible dès le 20 janvier en boutique",
    ),
    (
        "es",
        "la tostadora cumbre lanza su primer café de especialidad de huila, 250 g a "
        "38.000 pesos, desde el 20 de enero",
    ),
    ("it", "il birrificio lancia la sua prima birra di natale, in vendita dal 12 dicembre"),
    (
        "pt",
        "a marca lança a sua primeira mochila impermeável, à venda a partir de 15 de janeiro",
    ),
]
_GATHERING = ("qui vient avec vous", "on se voit", "quién te traes", "nos vemos", "ci vediamo")


@pytest.mark.parametrize(("language", "content"), LAUNCHES)
def test_a_launch_verb_makes_a_launch(language: str, content: str) -> None:
    assert read_post(content, language).intent == "product_launch"


def test_a_launch_with_a_date_gets_no_event_asks() -> None:
    language, content = LAUNCHES[0]
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert not any(ask in text for ask in _GATHERING), text
