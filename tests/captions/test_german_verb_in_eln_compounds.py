"""A compound of a verb in "-eln" or "-ern" and a noun is a noun.

Seen: a pastry shop listed "apfelstrudel, krapfen, schüttelbrot" and the caption kept
"schüttelbrot" in lower case: the noun list lacks it, and a verb's stem made a compound
only when the list knows the verb's infinitive as a noun ("das Trinken"), and it lacks
"das Schütteln".

The rule: a stem in "-el" or "-er" whose "-n" is a common German verb, one "-t"
conjugates too ("schütteln", "schüttelt"; "basteln", "klettern"), and a noun make a
compound ("Schüttelbrot", "Bastelstube"); an adverb whose start is no verb
("anderorts": "andern" is no verb's form with "andert") is none.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("neu im regal: schüttelbrot aus dem vinschgau", "Schüttelbrot"),
        ("am samstag öffnet unsere bastelstube für kinder", "Bastelstube"),
        ("heute gibt's wechselgeld nur in münzen", "Wechselgeld"),
    ],
)
def test_a_verb_in_eln_and_a_noun_make_a_noun(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("wir sind heute anderorts unterwegs", "anderorts unterwegs"),
        ("wir machen weiterhin wie gewohnt auf", "weiterhin"),
        ("andererseits bleibt es spannend", "ndererseits"),
    ],
)
def test_no_compound_without_a_verb(text: str, kept: str) -> None:
    assert kept in proper_capitals(text, "de")


def test_the_caption_writes_the_compound() -> None:
    post = "frisch aus dem ofen: krapfen, schüttelbrot und brezeln. bis samstag!"
    assert any("Schüttelbrot" in text_of(v) for v in captions_for(post, language="de"))
