"""An elided article is no part of a tag, on invented posts in Italian and French:
"un'educatrice" is #educatrice, never #uneducatrice; a name that opens with one
("L'Osteria del Ponte") stays whole."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wrong", "right"),
    [
        (
            "Cerchiamo un'estetista con esperienza per il nostro centro di Lecce. Invia il CV.",
            "it",
            "#unestetista",
            "#estetista",
        ),
        (
            "Cerchiamo un'educatrice per il nostro asilo nido di Ferrara, a tempo pieno.",
            "it",
            "#uneducatrice",
            "#educatrice",
        ),
        (
            "On recrute ! Notre fromagerie de Lyon cherche l'apprentie qui aimera le comté. "
            "CV en boutique.",
            "fr",
            "#lapprentie",
            None,
        ),
    ],
)
def test_an_elided_article_is_no_part_of_a_tag(
    content: str, language: str, wrong: str, right: str | None
) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert wrong not in tags, tags
    assert right is None or right in tags, tags


def test_a_name_that_opens_with_an_elided_article_stays_whole() -> None:
    tags = post_tags("L'Osteria del Ponte compie 20 anni! Grazie a tutti.", "it", 5, lower=True)
    assert "#losteriadelponte" in tags, tags
