"""A pet of one's own is the post, whatever is eaten beside it (blind round 19, en-09:
"crumpet's first time on the beach … she's 14 weeks, a cockapoo … ice cream for us"
read as food)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

OWN_PETS = [
    (
        "en",
        "waffle's first walk in the hills 🐕 he's 16 weeks, a sprocker, and chased every "
        "sheep. pub lunch for us after, steak pie and a pint, a gravy bone for him",
    ),
    (
        "en",
        "pickle's first trip to the seaside at tenby 🐶 she's 10 weeks, a cavapoo, and tried "
        "to eat the sand. walked from the harbour to the castle beach and back, then snored "
        "in the car. doughnuts and coffee for us on the front, a chew for her",
    ),
    (
        "en",
        "our puppy pickle's first day at the beach 🐶 ran from the lifeboat station to the "
        "pier, then slept in the car. fish and chips and an ice lolly for us, a sausage for her",
    ),
]


@pytest.mark.parametrize(("language", "content"), OWN_PETS)
def test_a_pet_of_ones_own_is_the_post(language: str, content: str) -> None:
    assert read_post(content, language).intent == "pets"
    tags = tags_of(captions_for(content, language=language, tone="playful"))
    assert not tags & {"#foodie", "#foodstagram"}, tags


@pytest.mark.parametrize(
    ("language", "content", "intent"),
    [
        # a place that welcomes dogs, a baby's weeks: no pet of one's own
        (
            "en",
            "our dog-friendly café now does brunch 🐶 eggs benedict, pancakes and bacon, "
            "£9 till noon",
            "food",
        ),
        ("en", "she's 14 weeks today and tried her first mashed banana 🍌 what a face", None),
        # a dog who comes along: the hike is the post
        ("en", "Sunset hike in Lisbon with my dog 🐶 up to the Senhora do Monte viewpoint", None),
    ],
)
def test_no_pet_of_ones_own(language: str, content: str, intent: str | None) -> None:
    read = read_post(content, language).intent
    assert read != "pets"
    if intent:
        assert read == intent
