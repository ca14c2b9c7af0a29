"""A noun and its adjective, a clause of their own: "parken kostenlos.", "…, kaffee gratis".

A German brief typed in lower case lists its terms as short clauses: "sa 14 uhr,
parken kostenlos, kaffee gratis." "parken" is also a verb, and was written as a noun
only after an article or a figure. A word opening a clause (a sentence or a comma's)
before an adjective or a price's word that ends the clause is that clause's noun.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("flohmarkt ab 14 uhr, parken kostenlos, kaffee gratis.",
         "Flohmarkt ab 14 Uhr, Parken kostenlos, Kaffee gratis."),
        ("neu im dorf. schwimmen frei! kurse ab 5 €", "neu im Dorf. Schwimmen frei! Kurse ab 5 €"),
    ],
)  # fmt: skip
def test_a_noun_before_its_adjective_is_a_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


def test_a_verb_before_an_adverb_and_more_stays() -> None:
    assert proper_capitals("wir kommen, sehen gut aus", "de") == "wir kommen, sehen gut aus"
