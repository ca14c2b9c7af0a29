"""A pet post tags the kind of animal its opening names, not the other animals its story
mentions: "unser kater pepe ist heute 15 geworden 🎂 … zwei hunde überlebt" got
#hundeliebe, "our cat miso turned 12 today. she has outlived two dogs" #dogsofinstagram;
and a French cat ("chatte") is tagged #chat, never #chatte (a vulgar word as a tag)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

POSTS = [
    (
        "de",
        "unsere katze frieda ist heute 16 geworden 🎂 sie hat zwei hunde und drei umzüge "
        "überlebt und schläft am liebsten im wäschekorb",
        "#katzen",
        "#hundeliebe",
    ),
    (
        "en",
        "our cat pickle turned 14 today. she has outlived two dogs and a very loud parrot",
        "#catsofinstagram",
        "#dogsofinstagram",
    ),
    (
        "fr",
        "notre chatte noisette a 13 ans aujourd'hui 🎂 elle a connu trois chiens et deux "
        "déménagements",
        "#chat",
        "#chien",
    ),
]


@pytest.mark.parametrize(("language", "content", "kept", "gone"), POSTS)
def test_the_opening_animal_is_tagged_not_the_storys(
    language: str, content: str, kept: str, gone: str
) -> None:
    tags = [t.lower() for t in post_tags(content, language, 5)]
    assert kept in tags, tags
    assert gone not in tags, tags
    assert "#chatte" not in tags, tags


def test_a_post_about_both_keeps_both() -> None:
    tags = post_tags("our dog and cat both had their jabs today, brave pair", "en", 5)
    assert "#dogsofinstagram" in tags, tags
    assert "#catsofinstagram" in tags, tags
