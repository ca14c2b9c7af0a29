"""Review of 6a77654 (a thing's age is no birthday): 'N years old' that 'still' follows
was read as a thing's age, so 'Our little shop is 10 years old and still going strong!'
lost its anniversary asks, 'We're 5 years old and still here!' became a thank-you and a
bakery 'still baking every loaf by hand' a food post; a business still at it ('still
here', 'still open', 'still going', 'still baking') counts its years, while a thing that
still runs, starts or fits does not."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

STILL_GOING = [
    "Our little shop is 10 years old and still going strong! Thank you to every single "
    "customer who has walked through the door since 2016.",
    "We're 5 years old and still here! Thank you for every coffee, every chat and every muffin.",
    "Our bakery is 30 years old and still baking every loaf by hand. Thank you, Frome!",
]


@pytest.mark.parametrize("content", STILL_GOING)
def test_a_business_still_going_counts_its_years(content: str) -> None:
    assert read_post(content, "en").intent == "milestone"
    for variant in captions_for(content, language="en"):
        assert "#anniversary" in variant.hashtags, variant.caption


def test_a_shop_still_going_strong_is_celebrated() -> None:
    # its years are celebrated, not passed on as any post's ("Share this with a friend.")
    variants = captions_for(STILL_GOING[0], language="en")
    assert any("🎉" in v.caption for v in variants)
    assert not any("Share this with a friend." in v.caption for v in variants)


@pytest.mark.parametrize(
    "content",
    [
        "this mug is 40 years old and still my favourite, found it in grandma's cupboard",
        "grandad's radio is 60 years old and still working",
    ],
)
def test_a_thing_that_still_works_is_no_milestone(content: str) -> None:
    assert read_post(content, "en").intent != "milestone"
