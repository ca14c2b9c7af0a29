"""A thing lost is no death: "We lost the lease on the studio" and "The kiln failed and
we lost the whole batch" got 🤍 and "Share a memory in the comments if you'd like", as if
someone had died. They are setbacks told (a notice); a pet or a person lost stays a loss.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    "content",
    [
        "We've lost the lease on the shop on Mill Lane",
        "the oven died overnight and we lost our entire batch of croissants",
        "We lost power all morning, so no hot drinks until 2",
    ],
)
def test_a_thing_lost_is_a_notice_not_a_death(content: str) -> None:
    post = read_post(content, "en")
    assert not post.sensitive
    assert confidence(post).notice
    for variant in captions_for(content, tone="playful", length="short", emoji=True, cta=True):
        text = text_of(variant)
        assert "🤍" not in text, text
        assert "memory" not in text, text


@pytest.mark.parametrize(
    "content", ["we lost our shop dog Bramble last night", "We lost Nana on Sunday, aged 97"]
)
def test_someone_lost_stays_a_loss(content: str) -> None:
    assert read_post(content, "en").sensitive
