"""A bake sale, a jumble sale or a cake sale raises money: it is charity, no discount,
and gets no price tag ("Charity bake sale for the hospice on Saturday" got 🏷️, a sale's
tag, beside its 💛; "jumble sale in aid of the scouts" was read as a sale). A shop's sale
and a garage sale keep their tag.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._emoji import post_emoji


@pytest.mark.parametrize(
    "content",
    [
        "Bake sale for the air ambulance this Saturday at the church hall",
        "jumble sale in aid of the scouts, sunday 10am, 50p entry",
        "Cake sale at the school gates friday, all money to the food bank",
    ],
)
def test_a_fundraising_sale_gets_no_price_tag(content: str) -> None:
    post = read_post(content, "en")
    assert post.intent == "charity"
    assert "🏷️" not in post_emoji(post)


def test_a_charity_bake_sale_named_whole_gets_no_price_tag() -> None:
    post = read_post("Charity bake sale for the lifeboat crew on Sunday", "en")
    assert "🏷️" not in post_emoji(post)


@pytest.mark.parametrize(
    "content",
    [
        "Summer sale: 40% off all linen shirts this weekend",
        "garage sale saturday, everything must go",
    ],
)
def test_a_shops_sale_keeps_its_tag(content: str) -> None:
    assert "🏷️" in post_emoji(read_post(content, "en"))
