"""A variant written from the intent's templates (every first line of the post's own was
taken by its siblings: a one-sentence brief with no emoji to move) still tells what the
post says: "Current mood: gingerbread house." alone dropped "the roof fell in twice"."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for

POSTS = [
    ("en", "made a gingerbread house with the kids, the roof fell in twice", "roof fell in twice"),
    (
        "fr",
        "Premier feu de cheminée de l'hiver, et enfin un dimanche sans réveil.",
        "dimanche sans réveil",
    ),
    (
        "en",
        "built a snowman in the yard with my niece and named him barry, he lasted two days",
        "lasted two days",
    ),
]


@pytest.mark.parametrize(("language", "content", "told"), POSTS)
@pytest.mark.parametrize("emoji", [False, True])
def test_every_variant_tells_the_post(language: str, content: str, told: str, emoji: bool) -> None:
    for variant in captions_for(content, language=language, emoji=emoji):
        assert told in variant.caption, variant.caption
