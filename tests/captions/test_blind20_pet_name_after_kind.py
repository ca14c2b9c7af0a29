"""A pet's name written in lower case after its kind and "our" is the pet, not the food
it also names (blind round 20, en-09: "took our new rescue greyhound porridge to dingle
beach" got '#porridge' and no #greyhound)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

NAMED = [
    ("en", "first walk in the snow for our lurcher porridge", "porridge", "lurcher"),
    ("en", "took our new collie pretzel to the lake this morning", "pretzels", "collie"),
    ("es", "nuestro perro churro cumple tres años hoy", "churros", None),
]


@pytest.mark.parametrize(("language", "content", "food", "kind"), NAMED)
def test_a_pet_named_after_a_food_is_no_food_tag(
    language: str, content: str, food: str, kind: str | None
) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert f"#{food}" not in tags, tags
    if kind is not None:
        assert f"#{kind}" in tags, tags


KEPT = [
    ("en", "our greyhound loves porridge in the morning", "porridge"),
    ("en", "my greyhound, porridge and a cold morning at the beach", "porridge"),
]


@pytest.mark.parametrize(("language", "content", "food"), KEPT)
def test_a_food_the_pet_eats_stays(language: str, content: str, food: str) -> None:
    assert f"#{food}" in post_tags(content, language, 5, lower=True)


def test_the_kind_before_a_lower_case_name_stays() -> None:
    # "greyhound" qualified no noun: the word after it is the dog's name
    tags = post_tags("took our new rescue greyhound bella to the beach today", "en", 5, lower=True)
    assert "#greyhound" in tags, tags
