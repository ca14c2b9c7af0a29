"""A finished balcony is tagged as one: the German hashtag data knows "Balkon", so the
coffee a later sentence drinks out there is no tag in its place."""

from __future__ import annotations

from tests.captions.helpers import post_tags


def test_a_german_balcony_is_tagged_and_its_coffee_is_not() -> None:
    content = (
        "Endlich ist der Balkon fertig 🌿 eine Bank aus Lärche und drei Zitronenbäumchen. "
        "Der erste Kaffee am Samstag hier draußen ist unbezahlbar"
    )
    tags = post_tags(content, "de", 8, lower=True)
    assert "#balkon" in tags
    assert "#kaffee" not in tags
