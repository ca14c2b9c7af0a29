"""An English business a post says someone opened, founded, owns or runs, typed as a
word and its trade ("opened heron records on main st", "founded marmot books in 1979"),
is a name: its words take capitals ("Heron Records", "Marmot Books"); "opened new
records", "runs our bakery", "started morning yoga" say what, and stay as typed."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written", "wrong"),
    [
        ("Dave, who opened heron records on main st in 1991, retires.", "opened Heron Records on",
         "heron records"),
        ("She founded marmot books in 1979.", "founded Marmot Books in", "marmot books"),
        ("Priya owns kestrel coffee, off the square.", "owns Kestrel Coffee,", "kestrel coffee"),
    ],
)  # fmt: skip
def test_a_business_someone_opened_is_named(typed: str, written: str, wrong: str) -> None:
    out = proper_capitals(typed, "en")
    assert written in out
    assert wrong not in out


def test_what_someone_opened_stays() -> None:
    for typed in (
        "The team opened new records in the archive.",
        "Tom runs our bakery on weekends.",
        "We started morning yoga in March.",
        "She opened two bakeries in 2019.",
    ):
        assert proper_capitals(typed, "en") == typed
