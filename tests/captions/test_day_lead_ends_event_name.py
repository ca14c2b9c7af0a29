"""A day's lead word ends an event's name: "Folk session every thursday from 8pm at the tap
room" was about "Folk session every", a fragment.

The rule: an opening phrase that names a gathering stops at the day, and at the word that
leads the day ("every", "each", "this", "next", "cada", "chaque", "jeden", "ogni",
"toda") as well.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language", "event"),
    [
        ("Folk session every thursday from 8pm at the tap room. all welcome", "en",
         "Folk session"),
        ("Ceilidh night every second Saturday at the Village Hall, 7pm.", "en",
         "Ceilidh night"),
        ("Open mic each Friday at the Crown, 8pm. Sign up at the bar.", "en", "Open mic"),
    ],
)  # fmt: skip
def test_the_day_s_lead_word_is_no_part_of_the_event(
    content: str, language: str, event: str
) -> None:
    assert read_post(content, language).subject.text == event
