"""An English street no town follows is written with its capitals where its name is no
word the vocabularies know (blind round 19, en-03: "kairaba avenue, opposite the
pharmacy" stayed in lower case, since only a street before a town was an address).

Where a place stands (opening a sentence, after a comma, a house number or a place's
preposition) and an address ends (punctuation, a figure), "kasuku avenue" is "Kasuku
Avenue"; a dish, a drink or a word the vocabulary knows before the kind ("the hygge
way", "a kombucha road trip", "on matcha lane.", "down the street,") stays as typed.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("pick up from kasuku avenue, next to the clinic", "from Kasuku Avenue, next"),
        ("we moved to 14 olumide crescent.", "14 Olumide Crescent."),
        ("a stall on marula street, every saturday", "on Marula Street, every"),
        ("fresh bread daily. ndovu road, behind the market", "Ndovu Road, behind"),
    ],
)
def test_an_unknown_name_before_a_street_is_named(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "en")


@pytest.mark.parametrize(
    "typed",
    [
        "we did it the hygge way.",
        "our kombucha road trip",
        "the bibimbap street food stall",
        "meet us on matcha lane.",
        "walk down ocean drive.",
        "down the street, left at the lights",
        "sourdough close.",
    ],
)
def test_a_known_word_before_a_street_stays(typed: str) -> None:
    assert proper_capitals(typed, "en") == typed
