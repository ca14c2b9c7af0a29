"""What a portion's noun holds is a noun.

Seen: a bakery's post offered "ein stück strudel" and the caption kept "strudel" in lower
case: "strudel" is also a verb's form ("ich strudel"), written as a noun only after an
article or a figure, and a noun of a portion ("stück", "tasse", "glas") was none.

The rule: after a noun of a portion or a measure ("stück", "tasse", "glas", "kugel",
"tüte", "flasche", "liter" …) a noun's form is the noun it holds ("ein Stück Strudel",
"ne Tasse Tee"); not an infinitive or a comparative ("ein Glas trinken", "ein Stück
näher", "ein Stück mehr").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("zum kaffee gibt's heute ein stück strudel", "Stück Strudel"),
        ("auf dem markt: eine kugel eis für 1,50 €", "Kugel Eis"),
        ("danach noch zwei gläser wein am ufer", "Gläser Wein"),
    ],
)
def test_what_a_portion_holds_is_a_noun(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("kommt vorbei, auf ein glas trinken", "Glas trinken"),
        ("wir sind dem ziel ein stück näher", "Stück näher"),
        ("ein stück mehr ruhe im alltag", "Stück mehr"),
        ("wir sind wieder ein stück weiter", "Stück weiter"),
    ],
)
def test_no_noun_after_a_portion(text: str, kept: str) -> None:
    assert kept in proper_capitals(text, "de")


def test_the_caption_writes_the_portion() -> None:
    post = "30 jahre café lindenblatt! am sonntag gibt's für alle ein stück strudel gratis"
    assert any("Stück Strudel" in text_of(v) for v in captions_for(post, language="de"))
