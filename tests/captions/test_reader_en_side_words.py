"""Words an English post says in passing that name neither its purpose nor its emoji (a
social-media manager's read of invented posts): what a dish is served with is its side
(no bread emoji on a stew); bags counted are goods (no handbag) and wheels turned are
work (no birthday): the early hour at the workplace with the work in hand is behind the
scenes; children named with no cause make no charity post."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for

_EN = "en"


def test_what_a_dish_is_served_with_gives_no_emoji() -> None:
    content = (
        "New at The Lantern Rooms: venison stew, braised for 6 hours, served with sourdough "
        "bread. £18. Wednesday to Saturday from 6pm."
    )
    for variant in captions_for(content, language=_EN, emoji=True):
        assert "🍞" not in variant.caption, variant.caption


@pytest.mark.parametrize(
    "content",
    [
        "6am at the mill, stacking 50 bags before the lorry comes at 8",
        "4am at the creamery, turning 60 wheels before the milk van at 7",
    ],
)
def test_the_early_hour_at_work_is_behind_the_scenes(content: str) -> None:
    post = read_post(content, _EN)
    assert post.intent == "behind_the_scenes"
    for variant in captions_for(content, language=_EN, emoji=True):
        assert "👜" not in variant.caption, variant.caption
        assert "Would you wear it" not in variant.caption, variant.caption


def test_children_named_with_no_cause_are_no_charity() -> None:
    content = "first frost on the common this morning, kids out sliding on the puddles"
    assert read_post(content, _EN).intent != "charity"
