"""A word of a town's name the gazetteer knows is no topic cue: "Bad" of "Bad Tölz" is no
bathroom, "Garden" of "Garden Grove" no garden; a post that only names such a town is not
a home post. The same words outside the name keep their sense ("unser neues Bad", "our
garden")."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Ein ruhiger Sonntag in Bad Tölz.", "de"),
        ("Grüße aus Bad Honnef!", "de"),
        ("Abendstimmung über Bad Hersfeld.", "de"),
        ("Sunday afternoon in Garden Grove.", "en"),
        ("Greetings from Garden Grove!", "en"),
    ],
)
def test_a_town_s_words_are_no_topic(content: str, language: str) -> None:
    assert read_post(content, language).intent != "home"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Spent the morning in our garden, the tomatoes are finally red.", "en"),
        ("Unser Bad ist endlich renoviert: bodengleiche Dusche und grüne Fliesen.", "de"),
    ],
)
def test_the_same_words_outside_a_name_keep_their_sense(content: str, language: str) -> None:
    assert read_post(content, language).intent == "home"
