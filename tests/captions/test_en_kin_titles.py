"""English writes a title of kin or address used before a name with its capital ("from
Auntie Abena's kitchen", "ask Uncle Kojo", "Miss Adjoa"), as it does "Mr." and "Mrs.";
after a possessive or an article the word is the relative ("my auntie Abena")."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written", "wrong"),
    [
        ("Jollof from auntie abena's kitchen tonight.", "from Auntie Abena's", "auntie"),
        ("Ask uncle kojo for the spicy one.", "Ask Uncle Kojo for", "uncle"),
        ("Cake by grandma yetunde, as always.", "by Grandma Yetunde,", "grandma"),
    ],
)  # fmt: skip
def test_a_title_of_kin_before_a_name_takes_its_capital(
    typed: str, written: str, wrong: str
) -> None:
    out = proper_capitals(typed, "en")
    assert written in out
    assert wrong not in out


def test_a_relative_after_a_possessive_stays() -> None:
    for typed, written in (
        ("Baked by my auntie abena for the fair.", "my auntie Abena for"),
        ("Thanks to our uncle kojo, the stall is up.", "our uncle Kojo,"),
    ):
        assert written in proper_capitals(typed, "en")
