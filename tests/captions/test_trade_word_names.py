"""A French business named by its trade and a word ("couture sikaly", "coiffure
zaïna") is named as the other kinds' businesses are (lead round: "couture papaye,
rose-hill" kept the name in lower case): "couture" and "coiffure" are kinds, the word
after them a name when the vocabulary lacks it; a known word after them is the
everyday trade ("cours de couture pour débutants").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("nouvelle collection chez couture sikaly, robes en wax", "couture Sikaly"),
        ("rendez-vous chez coiffure zaïna samedi", "coiffure Zaïna"),
    ],
)
def test_the_name_after_the_trade_has_its_capital(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "fr")


@pytest.mark.parametrize(
    "typed",
    [
        "cours de couture pour débutants le mardi",
        "atelier couture ce samedi au centre social",
        "la coiffure du jour : tresses et perles",
    ],
)
def test_a_known_word_after_the_trade_stays(typed: str) -> None:
    assert proper_capitals(typed, "fr") == typed
