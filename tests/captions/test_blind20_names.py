"""Names, and what only looks like one, in briefs typed in lower case (blind round 20).

A word opened by the elided preposition "d'" after a business's kind says what the thing
is like ("une machine à café d'occasion", "un café d'époque"), and is no name; a word
the vocabulary lacks right after the kind still names the business ("au café pivoinette").
A full date's year then a dot ends a sentence ("mhd 12.04.2027. In einigen …"); a day and
a month alone keep their dot and the sentence goes on ("ab 05.03. gibt es").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


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


@pytest.mark.parametrize(
    ("content", "language", "written"),
    [
        (
            "Rückruf: Bergkäse, Charge 0331, mhd 12.04.2027. in einigen Stücken können "
            "Kunststoffteile sein. Bitte nicht essen.",
            "de",
            "12.04.2027. In einigen",
        ),
        (
            "Achtung, Rückruf! Joghurt Erdbeere, haltbar bis 03.11.26. bei einigen Bechern "
            "ist der Deckel undicht.",
            "de",
            "03.11.26. Bei einigen",
        ),
    ],
)
def test_a_sentence_after_a_full_dates_dot_opens_with_its_capital(
    content: str, language: str, written: str
) -> None:
    assert any(written in text_of(v) for v in captions_for(content, language=language))


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        ("Ab 05.03. gibt es wieder frischen Spargel am Stand, kommt vorbei!", "05.03. gibt"),
        ("Unser Hofladen hat ab 1.4. wieder täglich offen, wir freuen uns.", "1.4. wieder"),
    ],
)
def test_a_day_and_month_without_a_year_ends_no_sentence(content: str, kept: str) -> None:
    assert all(kept in text_of(v) for v in captions_for(content, language="de"))
