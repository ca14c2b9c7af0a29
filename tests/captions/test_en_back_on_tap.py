"""A thing back on tap or back in stock is offered again: "The Falcon is back on tap from
Friday" was an everyday moment (☀️, "What made you smile today?"), its beer unread.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    "content",
    [
        "Hazy Hen pale ale is back on tap this weekend",
        "the Kingfisher stout is on tap from thursday",
        "Our oat milk soap bars are back in stock",
    ],
)
def test_a_thing_back_on_tap_or_in_stock_is_offered_again(content: str) -> None:
    assert read_post(content, "en").intent == "product_launch"


def test_a_thing_back_on_tap_gets_no_everyday_lines() -> None:
    for variant in captions_for(
        "The Heron is back on tap from Friday", tone="playful", length="short", cta=True
    ):
        text = text_of(variant).lower()
        assert "made you smile" not in text, text
        assert "little joy" not in text, text
