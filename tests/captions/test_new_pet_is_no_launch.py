"""A new pet is the team's or the family's, no product launched: "unser neuer Bürohund",
"our new shop dog", "notre nouveau chat d'atelier" are pets posts whatever the pet's name
means (a pretzel, a crumb); a new thing for sale stays a launch."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Das ist Krapfen, unser neuer Bürohund.", "de"),
        ("Darf ich vorstellen: Krümel, unser neuer Ladenhund 🐶", "de"),
        ("Meet Biscuit, our new shop dog!", "en"),
        ("Voici Praline, notre nouveau chat d'atelier.", "fr"),
        ("Os presentamos a Churro, nuestro nuevo perro de la tienda.", "es"),
        ("Vi presentiamo Biscotto, il nostro nuovo gatto di bottega.", "it"),
    ],
)
def test_a_new_pet_is_pets(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "pets", post.intent_scores


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Unser neuer Rucksack ist da: 28 Liter, wasserdicht, 129 €.", "de"),
        ("Our new linen tote is here: two sizes, from £35.", "en"),
    ],
)
def test_a_new_thing_stays_a_launch(content: str, language: str) -> None:
    assert read_post(content, language).intent == "product_launch"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Meet our new hot dog: bratwurst, onions and mustard, £6.", "en"),
        ("Meet our new corn dog!", "en"),
        ("Nuestro nuevo perrito caliente, con cebolla.", "es"),
        ("Unser neuer Hotdog: Bratwurst mit Senf, 5 €.", "de"),
    ],
)
def test_a_new_dish_named_after_a_pet_stays_a_launch(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "product_launch", post.intent_scores
