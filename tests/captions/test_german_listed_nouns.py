"""A noun in a list of nouns: a noun, though also a verb's or adjective's form.

A German brief typed in lower case lists what it holds: "im paket: garn, nadel +
schere, faden wie immer" or "kissen, wolle und schal." "schere", "faden", "wolle" are
also verbs' forms, and were written as nouns only after an article or a figure, so the
caption kept "Nadel + schere, faden wie immer". A word after a noun written with its
capital and a comma, "und", "oder", "+" or "&", that ends its item (before the next
such mark, a sentence's end or "wie") is a noun of the list; after a sentence's first
word that the noun list lacks ("Reinigen, ölen, fertig") the list is of verbs.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("im paket: garn, nadel + schere, faden wie immer.",
         "im Paket: Garn, Nadel + Schere, Faden wie immer."),
        ("abends kissen, wolle und schal.", "abends Kissen, Wolle und Schal."),
        ("zum kaffee gibt es kuchen, sahne & zucker", "zum Kaffee gibt es Kuchen, Sahne & Zucker"),
    ],
)  # fmt: skip
def test_a_listed_noun_is_a_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


@pytest.mark.parametrize(
    "typed",
    [
        "Abschleifen, ölen, fertig.",
        "wir stricken, häkeln und nähen",
        "Kuchen backen, Kaffee kochen, feiern.",
    ],
)
def test_a_list_of_verbs_stays(typed: str) -> None:
    assert proper_capitals(typed, "de") == typed


def test_a_brief_keeps_its_listed_nouns() -> None:
    for variant in captions_for(
        "neu im laden: strickset mit garn, nadel + schere, faden wie bei uns üblich"
    ):
        assert "Schere, Faden" in text_of(variant)
