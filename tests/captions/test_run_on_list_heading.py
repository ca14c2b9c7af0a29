"""Review of 45e96c6 (a run-on numbered list whose first item starts with a figure): 'Top
tips 1. 3.5 litres of water a day 2. sleep 8 hrs 3. stretch.' became one sentence, so its
items ('sleep', 'stretch') counted as opening words, fitness tied with the tip and the asks
fell back to 'Tag someone you'd spend a day like this with.'; a heading run on into a
numbered list opens the post with the heading alone when its cues are counted."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

DAY_ASKS = ("spend a day like this", "little joy of the day", "made you smile today")


@pytest.mark.parametrize(
    "content",
    [
        "Top tips 1. 3.5 litres of water a day 2. sleep 8 hrs 3. stretch.",
        "Top tips 1. 3 litres of water 2. sleep 8 hrs 3. stretch.",
    ],
)
def test_a_run_on_tip_list_keeps_its_asks(content: str) -> None:
    for variant in captions_for(content, language="en"):
        text = text_of(variant)
        assert not any(ask in text for ask in DAY_ASKS), variant.caption
