"""A race's distance is a run, a count in thousands is not, on invented posts: "first
10k under an hour today" is tagged #running (it was #milestone alone); "10k steps a
day", "we raised 5k for the food bank", "a 10k prize" are no run.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    "content",
    [
        "first 10k under an hour today, legs are spaghetti",
        "my first 5k done, 31 minutes, lungs on fire",
    ],
)
def test_a_race_distance_is_a_run(content: str) -> None:
    assert "#running" in post_tags(content, "en", 6, lower=True)


@pytest.mark.parametrize(
    "content",
    [
        "10k steps a day keeps the doctor away",
        "we raised 5k for the food bank, thank you",
        "win a 10k prize in our summer draw",
        "10k followers today, thank you all!",
    ],
)
def test_a_count_in_thousands_is_no_run(content: str) -> None:
    assert "#running" not in post_tags(content, "en", 6, lower=True)
