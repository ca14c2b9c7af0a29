"""Blind round 14's reading errors as general rules: a drink or a meal named only as the
time of something else ("before coffee", "nach dem Frühstück") makes no food post; a
pet's name that is also a food word, set after the pet's kind ("Dackel Krapfen", "our cat
Pretzel"), is the pet's, not a dish."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_FOOD_ASKS = ("craving", "hungry", "meal", "order this", "Heißhunger", "probieren", "antojo")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("First frost in Moose Jaw. Scraped the windshield before coffee.", "en"),
        ("Rain all night in Kelowna. Walked to the harbour after breakfast.", "en"),
        ("Erster Schnee in Rostock. Den Gehweg vor dem Kaffee geräumt.", "de"),
        ("Primera nevada en Teruel. Quité la nieve antes del café.", "es"),
        ("Première neige à Annecy. J'ai déneigé l'allée avant le café.", "fr"),
    ],
)  # fmt: skip
def test_a_drink_or_meal_as_the_time_of_a_moment_is_no_food_post(
    content: str, language: str
) -> None:
    assert read_post(content, language).intent == "everyday"
    for variant in captions_for(content, language=language):
        assert not any(ask in text_of(variant) for ask in _FOOD_ASKS), text_of(variant)


@pytest.mark.parametrize(
    "content",
    [
        "Cleared the path before coffee, then baked rye bread for the week.",
        "Our new brunch menu starts after breakfast hours: shakshuka, waffles, eggs.",
    ],
)
def test_a_meal_that_is_the_topic_still_makes_a_food_post(content: str) -> None:
    assert read_post(content, "en").intent == "food"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Dackel Krapfen sieht heute zum ersten Mal den See.", "de"),
        ("Kater Strudel liegt seit dem Morgen auf der Fensterbank.", "de"),
        ("Our cat Pretzel saw the sea for the first time today.", "en"),
        ("Mi perro Churro vio el mar por primera vez hoy.", "es"),
        ("Notre chienne Praline a découvert la neige ce matin.", "fr"),
        ("Il nostro gatto Cannolo ha visto la neve per la prima volta.", "it"),
    ],
)  # fmt: skip
def test_a_pet_named_after_a_food_is_a_pet_post(content: str, language: str) -> None:
    assert read_post(content, language).intent == "pets"
    variants = captions_for(content, language=language)
    for variant in variants:
        assert not any(c in variant.caption for c in "🥨🥐🍩🍰🍫🍬🍮🥧"), variant.caption
        assert not any(ask in text_of(variant) for ask in _FOOD_ASKS), text_of(variant)
    name = next(w for w in content.split()[1:] if w[0].isupper())
    assert name.lower() not in tags_of(variants)
