"""A cue is no cue inside a place's name (blind round 19, en-09, de-05).

A prefix cue that runs on into a longer word is a name where that word stands with a
capital inside a sentence of a post otherwise written in lower case ("past Applecross
on the way", no apple, "in Cookstown", no cooking); a German
compound that ends in a town's ending ("-burg", "-stadt", "-dorf") and that the noun
list lacks is a town ("Lindenburg", no castle). The crossbreeds a dog is called by
("cockapoo", "labradoodle") are pet words.
"""

from __future__ import annotations

import pytest

from captions._lexicon import forms, lexicon, tokens_of


def _cues(language: str, intent: str, text: str) -> set[str]:
    lex = lexicon(language)
    tokens = [forms(t, language) for t in tokens_of(text)]
    return set(lex.intents[intent].matches(tokens, text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We walked the dog past Applecross and up the hill before the rain came.", "apple*"),
        ("Met the kids off the bus in Cookstown, then home for a nap.", "cook*"),
        ("A quiet morning at Eatonhurst Point with the binoculars and a flask.", "eat*"),
    ],
)
def test_a_prefix_cue_inside_a_name_is_no_cue(text: str, cue: str) -> None:
    assert cue not in _cues("en", "food", text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Applesauce cake for the school fair, three trays of it.", "apple*"),  # opens it
        ("we made applesauce with the last of the windfalls", "apple*"),
        ("PANCAKES EVERY SUNDAY FROM 9", "pancake*"),
        ("Cooking Class Tonight: Thai Green Curry From Scratch", "cook*"),  # Title Case
        ("the kids baked Cookies and we ate them warm", "cookie*"),  # its own plural
        ("Sunday roast, then a Strawberries and cream sundae for pudding", "strawberr*"),
    ],
)
def test_a_prefix_cue_in_a_word_stays_a_cue(text: str, cue: str) -> None:
    assert cue in _cues("en", "food", text)


def test_a_german_town_ending_is_no_travel_cue() -> None:
    text = "Bus nach Lindenburg verpasst, also noch ein Tee am Bahnsteig."
    assert "burg" not in _cues("de", "travel", text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Wir haben eine Sandburg am Strand gebaut.", "burg"),
        ("Führung durch die Ritterburg am Sonntag.", "burg"),
        ("Spaziergang durch die Altstadt mit Oma.", "altstadt"),
    ],
)
def test_a_german_compound_noun_keeps_its_cue(text: str, cue: str) -> None:
    assert cue in _cues("de", "travel", text)


@pytest.mark.parametrize("breed", ["cockapoo", "cavapoo", "labradoodle", "goldendoodle", "puggle"])
def test_a_crossbreed_is_a_pet_word(breed: str) -> None:
    assert breed in _cues("en", "pets", f"our {breed} had a bath and sulked all evening")
