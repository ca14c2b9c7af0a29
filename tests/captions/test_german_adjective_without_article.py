"""An adjective with no article before it still makes a noun's place.

Seen: a kiosk's farewell said "letzter tag ist samstag" and the caption wrote "Letzter
tag": "tag" is also a verb's form ("ich tag"), written as a noun only after an article, a
figure or an adjective after an article, and "letzter" had none.

The rule: an adjective's inflected form ("letzter", "schönen", "neue": its "-es" form is
a common word, "letztes", "schönes") with no article makes a weak cue: a time of day
after it is the noun ("schönen Abend", "guten Morgen"), and so is a noun's form before a
finite verb ("neue Ware ist da"); an adverb that ends like one ("leider", "gerne",
"früher", "aber") makes none.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("unser laden schließt. letzter tag ist freitag", "letzter Tag"),
        ("danke fürs kommen und schönen abend euch allen", "schönen Abend"),
        ("guten morgen aus der backstube", "guten Morgen"),
        ("frische ware ist da, kommt vorbei", "frische Ware"),
    ],
)
def test_a_noun_after_an_adjective_alone(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("leider morgen geschlossen", "leider morgen"),
        ("gerne morgen wieder", "gerne morgen"),
        ("aber morgen geht es weiter", "aber morgen"),
        ("wir öffnen früher morgen", "früher morgen"),
        ("wir haben lange gewartet", "lange gewartet"),
        ("ich backe frische für euch", "backe frische"),
    ],
)
def test_no_noun_after_an_adverb(text: str, kept: str) -> None:
    assert kept in proper_capitals(text, "de")


def test_the_caption_writes_the_day() -> None:
    post = "nach 20 jahren ist schluss im blumenladen rosa. letzter tag ist samstag"
    assert any("Letzter Tag" in text_of(v) for v in captions_for(post, language="de"))
