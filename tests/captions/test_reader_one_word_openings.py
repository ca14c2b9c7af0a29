"""Reader round: a post that opens with one word and then says what it was keeps what it
said. "Feierabend ✨ neuer Haarschnitt, frische Farbe und ein Kaffee in der Sonne." came
back as "Gerade: Feierabend. ✨ Markiert, …" and "Feierabend ✨, und nirgendwo sonst sein
müssen.", the haircut and the coffee gone and an emoji before a comma. A lone opening
word ("Brunch", "Picnic", "Feierabend") is a heading for the sentence after it: the two
open the caption together, as "Sonntag. ☕ Frische Brötchen, …" already did, and no
template is written around the word alone."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

# an emoji with a comma or a colon right after it: a template's sentence around it
_EMOJI_THEN_PUNCTUATION = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[,:]")


@pytest.mark.parametrize(
    ("content", "language", "detail"),
    [
        ("Brunch ☕ pancakes, œufs brouillés et une longue discussion avec ma sœur. Parfait.",
         "fr", "œufs brouillés"),
        ("Feierabend 🌇 ein Spaziergang am Rhein und ein Eis auf die Hand.", "de", "Rhein"),
        ("Picnic 🧺 sandwiches, strawberries and a whole afternoon in the park. Needed this.",
         "en", "strawberries"),
        ("Aperitivo 🍹 olive, taralli e un tramonto sul lago con le amiche. Ci voleva.",
         "it", "taralli"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("tone", ["casual", "playful"])
def test_a_lone_opening_word_keeps_the_sentence_after_it(
    content: str, language: str, detail: str, tone: str
) -> None:
    for variant in captions_for(content, language=language, tone=tone):
        text = text_of(variant)
        assert detail in text, text
        assert not _EMOJI_THEN_PUNCTUATION.search(text), text
