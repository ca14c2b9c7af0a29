"""A time taken is no hour to come at: "ran my first half marathon in 1:58 today" was
asked "Tag who you're bringing." (its 1:58 read as the hour of an event); so was a
marathon finished "en 3:41". An hour to come at stays one.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("ran my first half marathon in 1:58 today, knees are not speaking to me", "en"),
        ("primera maratón terminada en 3:41, ¡no me lo creo!", "es"),
        ("new 5k pb this morning: sub 24:30 at last", "en"),
    ],
)
def test_a_time_taken_is_no_hour(content: str, language: str) -> None:
    assert read_post(content, language).when is None


@pytest.mark.parametrize(
    ("content", "when"),
    [
        ("quiz night at 8:30 in the back room", "8:30"),
        ("open mic in 2 weeks, 7:30pm at the Crown", "7:30pm"),
    ],
)
def test_an_hour_to_come_at_stays(content: str, when: str) -> None:
    assert read_post(content, "en").when == when


def test_a_race_time_gets_no_event_asks() -> None:
    content = "ran my first half marathon in 1:58 today, knees are not speaking to me"
    for variant in captions_for(content, language="en", cta=True):
        text = text_of(variant).lower()
        assert "bringing" not in text, text
        assert "save the date" not in text, text
