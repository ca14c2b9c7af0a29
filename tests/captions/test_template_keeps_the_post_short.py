"""Review of 3795bfe (a template variant keeps the post's words): a long post read off its
subject ('Made a gingerbread house with the kids, the roof fell in twice … Next year we are
building a castle, the kids have already drawn the plans on the back of a cereal box …')
asked for short got every sentence of it pasted under each template line; a short caption
keeps the post's opening sentence only."""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of

LONG = (
    "Made a gingerbread house with the kids, the roof fell in twice but we got there in the "
    "end and ate most of the decorations. Honestly the best afternoon of the holidays. Next "
    "year we are building a castle, the kids have already drawn the plans on the back of a "
    "cereal box and want turrets."
)


def test_a_short_caption_keeps_the_opening_only() -> None:
    for variant in captions_for(LONG, language="en", length="short", emoji=False):
        text = text_of(variant)
        assert "cereal box" not in text, variant.caption
        assert len(text) < 250, variant.caption


def test_a_medium_caption_still_tells_the_post() -> None:
    for variant in captions_for(LONG, language="en", emoji=False):
        assert "roof fell in twice" in variant.caption, variant.caption
