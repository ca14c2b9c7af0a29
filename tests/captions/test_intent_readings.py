"""What a post is for, on invented posts of the confusion classes the labelled sets show
(``scripts/intent_agreement.py`` measures them): each rule a general cue, not a post's
own words."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "text",
    [
        "Biscuit turns 7 today! Still steals socks 🐕",
        "Nala cumple 5 años hoy 🎂🐱",
        "Shelly turns 60 this spring 🎂 our family tortoise",
        "Kiki ha compiuto 12 anni, la nostra tartaruga di casa",
        "Pipoca faz 4 anos hoje 🐶🎉",
    ],
)
def test_an_animals_birthday_is_a_pet_post(text: str) -> None:
    # the animal is the subject of its own birthday: an animal emoji or its species
    # says so, whether or not the post names it a dog or a cat
    assert read_post(text).intent == "pets"


def test_a_business_birthday_stays_a_milestone() -> None:
    assert read_post("Our bakery turns 5 this Saturday! 🎉 Cake for everyone").intent == (
        "milestone"
    )
