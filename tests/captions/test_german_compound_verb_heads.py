"""A compound noun whose last noun is also a verb's form.

A German brief typed in lower case says "neu: walnusskäse vom hof" or "danke an unseren
dachdeckermeister": the noun list lacks the compounds, and their last nouns ("käse",
"meister", "betrieb", "ruhe") are also verbs' forms ("käsen", "meistern",
"betreiben", "ruhen"), so no compound was read and the caption kept them in lower
case. Such a last noun ends a compound noun; an infinitive ("staub|saugen") never, nor
the end of an adjective or an adverb ("kosten|los", "welt|weit", "stunden|weise").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("neu: walnusskäse vom hof", "neu: Walnusskäse vom Hof"),
        ("danke an unseren dachdeckermeister", "danke an unseren Dachdeckermeister"),
        ("kleiner töpferbetrieb mit sonntagsruhe", "kleiner Töpferbetrieb mit Sonntagsruhe"),
    ],
)  # fmt: skip
def test_a_compound_ending_with_a_verbs_noun_is_a_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


@pytest.mark.parametrize(
    "typed",
    [
        "versand weltweit und kostenlos",
        "wir vermieten stundenweise, himmelblau gestrichen",
        "erst staubsaugen, dann aufladen",
    ],
)
def test_an_adjective_an_adverb_or_an_infinitive_is_no_compound_noun(typed: str) -> None:
    written = proper_capitals(typed, "de")
    for word in ("Weltweit", "Kostenlos", "Stundenweise", "Himmelblau", "Staubsaugen", "Aufladen"):
        assert word not in written


def test_a_brief_keeps_its_compound_noun() -> None:
    for variant in captions_for("neu bei uns im hofladen: walnusskäse aus eigener herstellung"):
        assert "Walnusskäse" in text_of(variant)
