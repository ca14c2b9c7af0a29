"""What a quickly typed English note is for: "finally got the allotment sorted for spring, 6
raised beds …" was a charity post (#charity: "raised" read as money raised), "pop up at
the corn exchange in lewes this saturday 10-4" a product launch (#launchday), and
"looking for a weekend kitchen porter at the anchor in whitby, £12/hr, meals on shift" a
food post (#foodie). Money raised is said as such ("we've raised"), a pop up is a day's
stall, and the jobs of a kitchen or a bar are jobs.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "intents", "not_tags"),
    [
        (
            "finally got the allotment sorted for spring, 6 raised beds, new shed roof and the "
            "compost bays rebuilt. knackered but happy",
            {"home", "everyday"},
            {"#charity"},
        ),
        (
            "pop up at the corn exchange in lewes this saturday 10-4, bringing all the new "
            "prints + a few originals. card and cash ok",
            {"event"},
            {"#launchday"},
        ),
        (
            "looking for a weekend kitchen porter at the anchor in whitby, £12/hr, meals on "
            "shift. message us or pop in",
            {"hiring"},
            {"#foodie", "#foodstagram"},
        ),
    ],
)
def test_a_notes_purpose(content: str, intents: set[str], not_tags: set[str]) -> None:
    assert read_post(content, "en").intent in intents
    tags = set(post_tags(content, "en", 6, lower=True))
    assert not tags & not_tags, tags


def test_money_raised_is_still_a_cause() -> None:
    post = read_post("Thanks to you all we've raised £640 for the hospice this month!", "en")
    assert post.intent in ("charity", "thank_you")


@pytest.mark.parametrize(
    "content",
    [
        "folk night at the kings arms, rothbury. bring an instrument",
        "Comedy night upstairs at the Swan, 8pm, £5 on the door.",
    ],
)
def test_a_pubs_night_is_an_event(content: str) -> None:
    assert read_post(content, "en").intent == "event"
