"""A fun run whose money goes to a cause is the cause's post: "… 5k fun run fi di
children's ward … every dollar goes to new nebulisers for the ward" was read as a
fitness post, tagged #running #fitness with no charity tag (blind round 13). A run of
one's own stays fitness.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "harbour harriers 5k fun run for the lifeboat station, sat 9 jan 8am at the pier. "
        "£10 entry, every penny goes to the crew's new kit. walk, jog or run, all ages",
        "10k fun run for the hospice on sunday 10 jan, £15 entry, all proceeds go to the nurses",
    ],
)
def test_a_fun_run_for_a_cause_is_charity(content: str) -> None:
    assert read_post(content, "en").intent == "charity"


def test_ones_own_run_stays_fitness() -> None:
    assert read_post("ran 10k this morning, new pb 48:12", "en").intent == "fitness"
