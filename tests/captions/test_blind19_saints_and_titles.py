"""A saint's place written "st" without its dot, and a title of respect before a name.

Seen (blind round 19, lower-case briefs): "a full refund in any st peter port or st
sampson shop" kept "st peter", "st sampson"; "mama fatou cooking since 6am" wrote "Mama
fatou".

The rules: in English, "st" without a dot before a lower-case word that is no function
word, where a function word, a comma or a sentence's opening comes before it, is a
saint's name ("St Helier"); after a street's name ("high st from") or a number ("2 st")
it stays as typed. "mama" and "papa" before a word the English vocabulary does not know
are a title of respect and a name ("Mama Adjoa"); before a known word they stay ("mama
hen", "papa bear").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("refunds at any st helier or st brelade branch", "any St Helier or St Brelade branch"),
        ("the swim starts at st ives harbour on sunday", "at St Ives harbour"),
        ("parade in st kilda, then chips", "in St Kilda,"),
        ("new stall. st albans market is back", "St Albans market"),
    ],
)  # fmt: skip
def test_an_english_st_without_its_dot_before_a_name_is_a_saint(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "en")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("we're at 42 high st from monday", "high st from"),
        ("meet at the corner of main st and elm", "main st and"),
        ("lost 2 st this year on the walking plan", "2 st this"),
        ("parking on the st and the lane is free", "the st and"),
    ],
)
def test_an_english_st_after_a_street_or_a_number_stays(typed: str, kept: str) -> None:
    assert kept in proper_capitals(typed, "en")


def test_an_english_saint_already_written_stays() -> None:
    typed = "Refunds at any St Helier branch"
    assert proper_capitals(typed, "en") == typed


def test_st_without_a_dot_is_english_only() -> None:
    typed = "wir treffen uns in st pauli am hafen"
    assert "st pauli" in proper_capitals(typed, "de").lower()
    assert "St pauli" not in proper_capitals(typed, "de")
