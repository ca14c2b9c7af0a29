"""A shop's new stock is a launch of goods: "Just in: linen napkins in sage and oat, £18
for four." read as fashion and beauty (and a pet's post: "sage"), asked what one would
wear. "Just in", "new in", "just landed", "new arrivals" open a shop's news.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for


@pytest.mark.parametrize(
    "content",
    [
        "Just in: linen napkins in sage and oat, £18 for four.",
        "New in: hand-thrown stoneware mugs by local potter Jess Amos, £28 each.",
        "New arrivals on the shelf this week: beeswax wraps and bamboo brushes.",
    ],
)
def test_new_stock_is_a_launch(content: str) -> None:
    assert read_post(content, "en").intent == "product_launch"
    for variant in captions_for(content, language="en"):
        assert "wear" not in variant.caption.lower(), variant.caption
