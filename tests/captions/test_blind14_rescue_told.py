"""A pet that is already home, described as "a rescue" ("She's a 2 yr old rescue from the
humane society", "Biscuit is a rescue from the county shelter"), is a pet post: no
adoption asks, no #adoptdontshop, and "a 2 yr old rescue" describes her (no birthday)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_APPEAL = ("find a home", "adopt", "spread the word", "milestone")


@pytest.mark.parametrize(
    "content",
    [
        "She's a 3 yr old rescue from the humane society in Brandon. First time on the "
        "beach and she dug holes for an hour.",
        "Pickles is a rescue from the county shelter. Today he slept on the porch all afternoon 🐾",
    ],
)
def test_a_rescue_told_as_a_trait_is_no_appeal(content: str) -> None:
    assert read_post(content, "en").intent == "pets"
    variants = captions_for(content, language="en", cta=True)
    assert not {"#adoptdontshop", "#milestone"} & tags_of(variants)
    for variant in variants:
        assert not any(a in text_of(variant).lower() for a in _APPEAL), text_of(variant)


def test_a_rescue_that_needs_a_home_is_still_an_appeal() -> None:
    content = "Pickles is a rescue at the county shelter and needs a home. Adopt him! 🐾"
    assert "adoption" in read_post(content, "en").flags
