"""A word on the English profanity list that is an everyday word of the caption's
language stays in the caption: French "retard" is a delay, German "dick" is thick.
The English list still holds for English captions, and a brand's own banned words
hold in every language."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "word"),
    [
        (
            "petit retard sur les colis cette semaine, tout part mardi. merci de votre patience",
            "retard",
        ),
        ("le train a eu deux heures de retard mais la vue valait le coup", "retard"),
        ("unsere Pizza heute extra dick belegt mit Salami und Pilzen", "dick"),
        ("ein dickes Dankeschön an alle, die beim Flohmarkt geholfen haben", "dickes"),
    ],
)
def test_an_everyday_word_of_the_language_is_kept(content: str, word: str) -> None:
    for variant in captions_for(content, tone="casual", hashtags=0):
        assert word in text_of(variant).lower(), text_of(variant)


def test_the_english_list_still_holds_in_english() -> None:
    for variant in captions_for("what a retard of a week, the printer died again", hashtags=0):
        assert "retard" not in text_of(variant).lower(), text_of(variant)


def test_a_brands_banned_word_holds_in_every_language() -> None:
    content = "petit retard sur les colis cette semaine, tout part mardi"
    brand = {"banned_words": ["retard"]}
    for variant in captions_for(content, hashtags=0, brand=brand):
        assert "retard" not in text_of(variant).lower(), text_of(variant)
