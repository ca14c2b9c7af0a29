"""Review of 2139d56 (a pet named in passing keeps a home or everyday post): 'Our garden in
June: roses out, beans climbing, and Tilly the cat asleep in the veg bed.' got intent
fitness and '#fitness' (the pet's score set below the garden's left 'climbing' beans tied
with it, and fitness comes first in a tie); the home or the day the pet was set below wins
such a tie."""

from __future__ import annotations

from captions import read_post
from tests.captions.helpers import captions_for

GARDEN = "Our garden in June: roses out, beans climbing, and Tilly the cat asleep in the veg bed."


def test_a_garden_with_a_cat_in_passing_is_no_workout() -> None:
    assert read_post(GARDEN, "en").intent in ("home", "everyday")
    for variant in captions_for(GARDEN, language="en"):
        assert "#fitness" not in variant.hashtags, variant.caption
        assert "#gardening" in variant.hashtags, variant.caption
