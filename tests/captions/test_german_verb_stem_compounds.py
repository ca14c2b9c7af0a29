"""A German compound of a verb's stem and a noun is a noun, and a noun before a name is no
adjective.

Seen: "nach 41 jahren macht die trinkhalle walross in wattenscheid zu" kept "trinkhalle"
in lower case: the noun list lacks it, a compound was read only as two nouns ("trink" is
no noun), and a word ending in "-e" between an article and a noun was taken for the
noun's adjective ("die neue Halle").

The rule: a verb's stem whose infinitive the noun list knows ("das Trinken") and a noun
make a compound ("Trinkhalle", "Backofen"), never a present participle ("spannende",
"laufende"); a word that is only a noun, between an article and a name, is that noun.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("nach 30 jahren macht die trinkhalle möwe zu", "die Trinkhalle Möwe"),
        ("heute wird der lebkuchenteig geknetet", "der Lebkuchenteig"),
        ("neu aus der senfmühle am markt", "der Senfmühle"),
    ],
)
def test_a_compound_noun_gets_its_capital(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "eine spannende woche mit laufenden projekten",
        "die passende tasche dazu",
        "die neuen jacken sind da",
    ],
)
def test_participles_and_adjectives_stay(text: str) -> None:
    out = proper_capitals(text, "de")
    assert out.split()[1] == text.split()[1], out
