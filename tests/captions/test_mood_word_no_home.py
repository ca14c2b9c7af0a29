"""A mood word alone ("quiet", "calme", "tranquilla") is no home cue: a quiet Sunday in a
town is the day itself, while a quiet corner of the living room stays a home post."""

from __future__ import annotations

import pytest

from captions._understand import read_post

_DAYS = [
    ("A quiet Sunday in Whitby.", "en"),
    ("Un dimanche calme à Honfleur.", "fr"),
    ("Una domenica tranquilla a Camogli.", "it"),
    ("Um domingo tranquilo em Tavira.", "pt"),
    ("Un domingo tranquilo en Cudillero.", "es"),
]

_HOMES = [
    ("A quiet corner of the living room, finally painted.", "en"),
    ("Ruhige Ecke im Wohnzimmer, endlich gestrichen.", "de"),
]


@pytest.mark.parametrize(("content", "language"), _DAYS)
def test_a_quiet_day_in_a_town_is_no_home(content: str, language: str) -> None:
    assert read_post(content, language).intent == "everyday"


@pytest.mark.parametrize(("content", "language"), _HOMES)
def test_a_quiet_room_stays_home(content: str, language: str) -> None:
    assert read_post(content, language).intent == "home"
