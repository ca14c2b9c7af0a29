"""English writes a numbered street's kind with its capital ("on 3rd Ave", "at 42nd
Street"), as it does a named one's ("on Church St"); an ordinal before a place word
("in 2nd place") or after "the" ("the 3rd street on the left") stays as typed."""

from __future__ import annotations

import pytest

from captions._names_en import english_names


@pytest.mark.parametrize(
    ("typed", "written", "wrong"),
    [
        ("Our new shop on 3rd ave opens friday.", "on 3rd Ave opens", "3rd ave"),
        ("Find us at 42nd street and main.", "at 42nd Street and", "42nd street"),
    ],
)  # fmt: skip
def test_an_english_numbered_street_takes_its_capital(typed: str, written: str, wrong: str) -> None:
    out = english_names(typed, typed)
    assert written in out
    assert wrong not in out


def test_an_english_ordinal_before_a_place_word_stays() -> None:
    for typed in ("We came in 2nd place at the fair.", "Take the 3rd street on the left."):
        assert english_names(typed, typed) == typed
