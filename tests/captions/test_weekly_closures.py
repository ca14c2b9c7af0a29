"""A day a business is shut every week is its opening hours, not a closure: "Lunes
cerrado" made a ceviche menu a notice with no topic tag, and "Closed Mondays" or "Montag
Ruhetag" took every search term off a launch (a closure takes no category or term tags).
Invented posts, six languages; a real closure stays one."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import post_tags

POSTS = [
    (
        "es",
        "Restaurante La Gaviota en Chiclayo: ceviche de corvina a S/ 35. De miércoles a "
        "domingo, 12 a 17 h. Lunes cerrado.",
        "#ceviche",
    ),
    ("it", "Pizzeria Da Gino a Bari: pizza al taglio da 2 €. Chiuso il lunedì.", "#pizza"),
    (
        "de",
        "Neu: Flammkuchen im Gasthaus Hirsch in Offenburg, 9,50 €. Montag Ruhetag.",
        "#flammkuchen",
    ),
    ("en", "New at Kettle & Crumb in Bath: sausage rolls, £3.50. Closed Mondays.", "#sausagerolls"),
    (
        "fr",
        "Nouveau chez Crêperie Ty Mad à Vannes : galettes complètes à 9 €. Fermé le lundi.",
        "#galettes",
    ),
    ("pt", "Tasca do Zé em Braga: francesinha a 12 €. Fechado às segundas.", "#francesinha"),
]


@pytest.mark.parametrize(("language", "content", "tag"), POSTS)
def test_a_weekly_closed_day_is_no_notice(language: str, content: str, tag: str) -> None:
    assert not confidence(read_post(content, language)).notice, content
    assert tag in [t.lower() for t in post_tags(content, language, 5)]


def test_a_closure_for_good_stays_a_notice() -> None:
    content = "After 31 years we are closing our doors for good on Saturday. Thank you, Bath."
    assert confidence(read_post(content, "en")).notice
