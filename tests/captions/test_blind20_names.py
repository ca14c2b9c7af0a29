"""Names, and what only looks like one, in briefs typed in lower case (blind round 20).

A word opened by the elided preposition "d'" after a business's kind says what the thing
is like ("une machine à café d'occasion", "un café d'époque"), and is no name; a word
the vocabulary lacks right after the kind still names the business ("au café pivoinette").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("On a ouvert avec une machine à café d'occasion et trois chaises.", "café d'occasion"),
        ("Un vieux café d'époque au coin de la rue, venez voir.", "café d'époque"),
        ("Le bar d'angolo apre alle sette, vi aspettiamo.", "bar d'angolo"),
    ],
)
def test_an_elided_preposition_after_a_kind_opens_no_name(text: str, phrase: str) -> None:
    assert phrase in proper_capitals(text, "fr" if "apre" not in text else "it")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rendez-vous au café pivoinette ce soir.", "café Pivoinette"),
        ("On se retrouve au bar zanzibou demain.", "bar Zanzibou"),
    ],
)
def test_an_unknown_word_after_a_kind_still_names_it(text: str, name: str) -> None:
    assert name in proper_capitals(text, "fr")
