"""A name keeps the brief's own casing after an apostrophe: "Nor'easter" is a storm and a
club's name, not "Nor'" and the holiday "Easter"; an English word is never split at its
apostrophe to capitalise what follows. French still capitalises a holiday after its
elided article ("soirée d'halloween" is "d'Halloween")."""

from __future__ import annotations

import pytest

from captions._capitals import holiday_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "name"),
    [
        ("The Nor'easter Run Crew meets thursday 6pm at the pier. New runners welcome!",
         "Nor'easter Run Crew"),
        ("Big thanks to everyone who swam with the Nor'easter Dippers this winter!",
         "Nor'easter Dippers"),
    ],
)  # fmt: skip
def test_a_name_with_an_apostrophe_keeps_its_casing(content: str, name: str) -> None:
    for variant in captions_for(content, language="en"):
        assert name in text_of(variant), text_of(variant)


def test_a_holiday_after_an_elided_article_is_still_capitalised() -> None:
    assert holiday_capitals("notre soirée d'halloween", "fr") == "notre soirée d'Halloween"
    assert holiday_capitals("happy easter from the 'easter crew'", "en").startswith("happy Easter")
