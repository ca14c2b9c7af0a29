"""A town's name is a name, not a compound of words: German cue words are matched inside
compounds ("Rücken|training"), and "Flensburg" gave 'burg' (a castle): a knitwear
launch "Neu bei … in Flensburg" was read as travel ("Wohin als Nächstes?", "Speichert es
für eure nächste Reise", 🧭). One-word town names are never split; a real compound
still is. Invented posts."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._lexicon import forms, lexicon, tokens_of

LAUNCHES = [
    "Neu bei der Kaffeerösterei Amsel in {town}: unser Espresso 'Nachtfalter', 250 g für "
    "9,50 €. Ab Montag im Laden.",
    "Neu im Wollladen Kiebitz, {town}: Mützen aus Alpaka, 5 Farben, 39 €. Im Laden und online.",
]


@pytest.mark.parametrize("town", ["Wolfsburg", "Augsburg", "Magdeburg"])
@pytest.mark.parametrize("template", LAUNCHES)
def test_a_towns_name_votes_for_no_intent(template: str, town: str) -> None:
    post = read_post(template.format(town=town), "de")
    assert post.intent != "travel", post.intent_scores


def test_a_real_compound_is_still_read_by_its_parts() -> None:
    lex = lexicon("de")
    text = "Sonntag auf der Ritterburg mit Blick über das Tal"
    found = lex.intents["travel"].matches([forms(t, "de") for t in tokens_of(text)], text.lower())
    assert "burg" in found
