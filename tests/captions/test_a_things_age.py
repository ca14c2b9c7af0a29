"""A thing's age is no birthday: "my grandad's old tweed jacket … 40 years old and it
fits like it was made yesterday" was read as a milestone (#birthday, "What's a first
you're proud of?"); an age the sentence gives to "it" or that "still" follows describes
a thing, while "Bruno is 12 years old today" stays a birthday."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

THINGS = [
    (
        "my uncle's old wool coat, relined by the tailor on mill st. 50 years old and it "
        "fits like it was cut last week 🧥",
        "fashion_beauty",
    ),
    (
        "dad's leather boots, resoled at the cobbler on bridge st. 35 years old and it still "
        "feels like new 👢",
        "fashion_beauty",
    ),
]


@pytest.mark.parametrize(("content", "intent"), THINGS)
def test_a_things_age_is_no_milestone(content: str, intent: str) -> None:
    assert read_post(content, "en").intent == intent
    for variant in captions_for(content, language="en"):
        assert "#birthday" not in variant.hashtags, variant.caption


def test_a_pets_age_today_is_still_a_birthday() -> None:
    assert read_post("Bruno is 12 years old today! 🎂 Cake for everyone", "en").intent in (
        "milestone",
        "pets",
    )
