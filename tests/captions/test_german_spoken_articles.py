"""The spoken German articles make a noun's place.

Seen: a kiosk's farewell offered "ne tüte gemischte" and the caption kept "tüte" in
lower case: "tüte" is also a verb's form ("ich tüte ein"), written as a noun only after
an article, and "ne" (the spoken "eine") was none.

The rule: "ne", "nen", "'ne", "'nen", "'n" (the spoken "eine", "einen") are articles; "ne"
opening a sentence may be "nee" ("ne danke"), a weak cue there. A noun's form between an
article and a noun is that noun, no adjective, when its stem is no word ("ne tüte pommes",
not "die neue jacke").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("der imbiss am hafen schließt, holt euch noch ne tüte pommes", "ne Tüte"),
        ("wer will nen teller suppe? heute gratis", "nen Teller"),
        ("wir haben mit dem chef 'ne wette laufen", "'ne Wette"),
        ("für 'nen zehner gibt's alles", "'nen Zehner"),
        ("wir machen heute \u2019ne pause", "\u2019ne Pause"),
    ],
)
def test_a_spoken_article_places_a_noun(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ne danke, heute nicht", "ne danke"),
        ("hallo zusammen. ne runde freibier gibt es nicht", "ne runde"),
        ("ne, das war gestern", "ne, das war"),
        ("rock 'n roll im keller", "'n roll"),
    ],
)
def test_a_spoken_word_that_may_be_no_article(text: str, kept: str) -> None:
    assert kept in proper_capitals(text, "de")


def test_the_caption_writes_the_noun() -> None:
    post = "unser späti macht zu 🥲 letzter abend ist freitag, kommt auf ne tüte chips vorbei"
    assert any("ne Tüte" in text_of(v) for v in captions_for(post, language="de"))
