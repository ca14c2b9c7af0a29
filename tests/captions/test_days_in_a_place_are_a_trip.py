"""Days counted in a place are the trip, and what is eaten there its setting: "Three slow
days on Gozo 🌊 Took the 8:15 ferry … ate ftira from a van … had pastizzi for breakfast
every day" got food (#foodie #foodstagram). A describing word between the count and the
days ("three slow days on", "tres días tranquilos en") still counts the stay; a ferry and
a rented car are a trip's cues.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

SKYE = (
    "Four lazy days on Skye 🌊 Took the ferry from Mallaig, rented a car, ate langoustines "
    "at the pier and had scones for breakfast every morning."
)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("en", SKYE),
        (
            "es",
            "Tres días tranquilos en Menorca. Cogimos el ferry desde Barcelona, alquilamos un "
            "coche y comimos caldereta de langosta y ensaimadas en el desayuno cada día.",
        ),
        (
            "en",
            "Two quiet weeks in Madeira. Hired a car, ate espetada and bolo do caco for "
            "lunch and had pastéis de nata for breakfast daily.",
        ),
    ],
)
def test_days_in_a_place_are_travel(language: str, content: str) -> None:
    assert read_post(content, language).intent == "travel"


def test_a_trip_counted_in_days_takes_no_food_tags() -> None:
    tags = tags_of(captions_for(SKYE, language="en"))
    assert not {"#foodie", "#foodstagram"} & tags, tags
