"""Regions a lower-case brief names are written with their capitals.

Seen: "full kerala meals at peacock mess", "prima stufa accesa nella casa nuova in
maremma", "finde en la ribeira sacra", "una varanda virada para a serra da lousã" kept
their regions in lower case: the curated regions lacked them.

The rule: the regions list holds the states and landscapes posts name (Kerala, Goa,
Sarawak, Java, Zanzibar, Maremma, Chianti, Ribeira Sacra, Serra da Lousã, Shetland …),
with the languages where a name is also a word ("java" is coffee in English).
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("full kerala meals at our mess today", "en", "Kerala"),
        ("una settimana in maremma con i cani", "it", "Maremma"),
        ("finde en la ribeira sacra con amigos", "es", "Ribeira Sacra"),
        ("uma casa virada para a serra da lousã", "pt", "Serra da Lousã"),
        ("two weeks in sarawak and sabah", "en", "Sarawak"),
    ],
)
def test_a_region_gets_its_capitals(text: str, language: str, written: str) -> None:
    assert written in proper_capitals(text, language)


def test_a_region_that_is_a_word_stays_a_word() -> None:
    assert proper_capitals("a cup of java, please", "en") == "a cup of java, please"
