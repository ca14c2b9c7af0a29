"""The sea's rip is a current, not "RIP": surf tips saying "surf the north beach at low
tide, less rip" were read as a death ("With love and a heavy heart: Winter surf tips
…", blind review 17). "RIP" said of someone still mourns."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "winter surf tips from gull surf school 🏄 wear boots and a hood, surf the north beach "
        "at low tide, less rip. lessons sat 10am, £35.",
        "Beach day with the kids! Swim between the flags, there's a strong rip by the rocks.",
        "Know your rip currents: three signs to look for before you swim this summer.",
    ],
)
def test_the_seas_rip_is_no_death(content: str) -> None:
    post = read_post(content, "en")
    assert not post.sensitive, (post.intent, post.flags)


def test_rip_still_mourns() -> None:
    assert read_post("RIP Sandy, our shop cat of 14 years. We miss you already.", "en").sensitive
