"""English writes its languages and peoples with a capital: "swahili and english
needed, french a plus" and "our african grey" kept them in lower case; "polish the
brass" is the verb and stays."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "written"),
    [
        (
            "hiring a waiter at the mango tree cafe, mombasa. swahili and english needed, "
            "french a plus",
            ["Swahili", "English", "French"],
        ),
        ("our african grey parrot is 12 today and still whistles at the kettle", ["African"]),
        ("sunday lunch: greek salad, then italian coffee in the garden", ["Greek", "Italian"]),
    ],
)
def test_languages_and_peoples_take_capitals(content: str, written: list[str]) -> None:
    for variant in captions_for(content, language="en"):
        text = text_of(variant)
        for word in written:
            assert word in text, text


def test_polish_the_verb_stays() -> None:
    for variant in captions_for("time to polish the brass before the market on saturday"):
        assert "Polish the brass" not in text_of(variant).split("\n", 1)[-1], variant.caption
        assert " Polish" not in text_of(variant), variant.caption
