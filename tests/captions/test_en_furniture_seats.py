"""The seats of chairs and stools a maker mends are furniture, not places booked at an
event: "just another thursday at the workshop … three chairs waiting for new seats" was
an event (📅). An event's seats ("8 seats left", "40 seats, $85") stay the event's.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._emoji import post_emoji


@pytest.mark.parametrize(
    "content",
    [
        "two kitchen chairs in for new seats this week, rush and cane",
        "Reupholstering a pair of dining chairs with new seats today",
        "the old church bench finally has new seats, oak and linseed oil",
    ],
)
def test_seats_of_chairs_are_no_event(content: str) -> None:
    post = read_post(content, "en")
    assert post.intent != "event"
    assert "📅" not in post_emoji(post)


@pytest.mark.parametrize(
    "content",
    [
        "Upholstery workshop this saturday, 8 seats left, book now",
        "supper club friday: 5 courses, 30 seats, bring your own chairs if you like",
    ],
)
def test_an_events_seats_stay(content: str) -> None:
    assert read_post(content, "en").intent == "event"
