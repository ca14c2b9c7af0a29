"""A break-in, a theft or an event called off is a notice, never a little joy of the day:
"Our van was broken into last night" got ✨ and "Tag someone you'd spend a day like this
with"; "Unfortunately the festival is off this year" got 🎉 and "Share this with a friend
who loves a good deal" (its 'off' read as a discount). A deal's "20% off this week" stays
a sale.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    "content",
    [
        "the allotment shed was broken into again, all the tools gone",
        "Our trailer got stolen from the yard on sunday night",
        "Unfortunately the car boot sale can't go ahead on sunday",
        "the riverside parkrun is off this saturday, flooding on the path",
    ],
)
def test_a_break_in_or_a_call_off_is_a_notice(content: str) -> None:
    assert confidence(read_post(content, "en")).notice


@pytest.mark.parametrize(
    "content",
    ["20% off this week only on all throws", "stolen moments by the sea this morning ☀️"],
)
def test_a_deal_or_a_figure_of_speech_is_no_notice(content: str) -> None:
    assert not confidence(read_post(content, "en")).notice


def test_a_call_off_gets_no_deal_or_party() -> None:
    for variant in captions_for(
        "the riverside parkrun is off this saturday, flooding on the path",
        tone="playful",
        length="short",
        hashtags=5,
        emoji=True,
        cta=True,
    ):
        text = text_of(variant)
        assert "good deal" not in text, text
        assert "🎉" not in text, text
