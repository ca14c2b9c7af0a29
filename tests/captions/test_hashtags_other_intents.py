"""A tag of another intent or another sense is no tag: a garden's tips are no
#houseplants, a porch's steps make no how-to, and "ring us" is a phone call, not #rings."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    "content",
    [
        "3 tips for runner beans from Kowhai Nursery, Nelson: 1. don't plant before the "
        "soil is warm 2. give them a tall frame 3. pick them often.",
        "Four tips for courgette plants in a wet Waikato summer: plant out after the last "
        "frost, mulch well, pick them small and water the roots, not the leaves.",
    ],
)
def test_tips_for_a_gardens_plants_are_no_houseplants(content: str) -> None:
    tags = post_tags(content, "en", 8, lower=True)
    assert "#houseplants" not in tags, tags


def test_a_houseplants_tips_keep_their_tag() -> None:
    content = (
        "3 tips for a happy monstera 🌿 repot every second spring, wipe the leaves monthly "
        "and keep it out of direct sun."
    )
    assert "#houseplants" in post_tags(content, "en", 8, lower=True)


@pytest.mark.parametrize(
    "content",
    [
        "snow on the garden steps, coffee going cold in my hands",
        "sun on the back steps, coffee going cold, dog asleep",
    ],
)
def test_a_moment_on_the_steps_is_no_how_to(content: str) -> None:
    tags = post_tags(content, "en", 8, lower=True)
    assert not {"#tips", "#howto"} & set(tags), tags


def test_ring_us_is_a_phone_call() -> None:
    content = (
        "Seed potatoes are in at Tui Garden Supplies 🥔 six kinds, from 3.50 a kilo. "
        "Questions? Ring us."
    )
    assert "#rings" not in post_tags(content, "en", 8, lower=True)
