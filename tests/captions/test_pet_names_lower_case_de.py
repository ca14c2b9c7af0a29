"""A German pet's name typed in lower case is the pet's name, not the food it also means
(blind review 14: "dackel brezel sieht heute zum ersten mal schnee" took 🥨 and #brezeln):
the word between a pet's kind and the verb the pet does names the pet.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

POSTS = [
    ("kater krapfen liegt seit dem frühstück auf der heizung", "Krapfen", "🍩"),
    ("unsere hündin praline sieht zum ersten mal das meer", "Praline", "🍫"),
]


@pytest.mark.parametrize(("content", "name", "food_emoji"), POSTS, ids=["krapfen", "praline"])
def test_a_pet_named_after_a_food_in_lower_case(content: str, name: str, food_emoji: str) -> None:
    post = read_post(content, "de")
    assert post.intent == "pets", post.intent
    variants = captions_for(content, language="de")
    for variant in variants:
        assert food_emoji not in variant.caption, variant.caption
        assert name in variant.caption, variant.caption
    assert not any(name.lower() in tag for tag in tags_of(variants)), tags_of(variants)
