"""What only a business writes is read again, outside a sentence of thanks.

Seen: the pattern of "what only a business writes" ("shop", "order", "link in bio")
began with a backspace where a word boundary was meant, so it never matched, and a shop's
tips got the asks of one's own home ("Share your own favourite corner in the comments",
"Share this with someone who loves a cosy space"). Read again, it must not turn a
maker's thanks ("Thank you for every message, every order") into a brand's post: a
business word inside a sentence of thanks sells nothing.
"""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of

_HOME_ASKS = ("corner", "cosy space")


def test_a_shops_tips_get_no_home_asks() -> None:
    post = (
        "Plant care for the dark months from our little shop on Mill Lane, Hexham: "
        "1) water every three weeks 2) move them closer to the window 3) keep them off "
        "the radiator. Pop in for cuttings any Saturday."
    )
    for variant in captions_for(post, language="en"):
        assert not any(ask in text_of(variant) for ask in _HOME_ASKS), variant.caption


def test_a_makers_thanks_stays_a_thanks() -> None:
    post = (
        "500 followers! Two years ago I sewed my first tote bag at the kitchen table in "
        "Leeds. Thank you for every message, every order, every share."
    )
    plain = post.replace(" every order,", "")
    assert [text_of(v) for v in captions_for(post, language="en")] == [
        text_of(v).replace("every message, every share", "every message, every order, every share")
        for v in captions_for(plain, language="en")
    ]
