"""English names a lower-case brief types: streets, days in the plural, a pet "called".

Seen: "last seen near the co-op on station road", "a part-time florist for saturdays",
"sundays off", "small black cat … answers to pepper" kept "station road", "saturdays",
"sundays" and "pepper" in lower case.

The rule: one or two words and a street's kind (road, street, lane, avenue, close, drive,
rd, st …) after a preposition of place are a street's name ("on Station Road"; "down the
road", "on our street", "on a quiet road" are no names); the days in the plural are
days; a name after "answers to", "called" or "named" is a name unless it is a verb's or
adverb's form or one of the commonest words ("called off", "named after" stay).
"""

from __future__ import annotations

import pytest

from captions._capitals import english_capitals
from captions._names_en import english_names
from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("last seen near the co-op on station road. please call", "on Station Road."),
        ("find us at 4 mill lane, next to the church", "4 Mill Lane,"),
        ("join us on main st tonight", "on Main St tonight"),
        ("small black cat, answers to pepper, last seen friday", "answers to Pepper,"),
        ("a shy tabby called biscuit needs a home", "called Biscuit"),
    ],
)
def test_an_english_name_gets_its_capital(text: str, written: str) -> None:
    assert written in proper_capitals(english_names(text, text), "en")


@pytest.mark.parametrize(
    "text",
    [
        "just down the road from us",
        "the shop on our street",
        "we live on a quiet road",
        "the match was called off",
        "the cafe is named after my gran",
    ],
)
def test_an_english_phrase_stays(text: str) -> None:
    assert proper_capitals(english_names(text, text), "en") == text


def test_days_in_the_plural_are_days() -> None:
    text = "a part-time florist for saturdays, sundays off"
    assert "for Saturdays, Sundays off" in english_capitals(text)


@pytest.mark.parametrize(
    "text",
    [
        "the fair will take place on saturday",
        "she came in second place",
        "everything in one place",
        "from farm gate to table",
    ],
)
def test_a_street_kind_that_is_a_word_needs_a_house_number(text: str) -> None:
    assert proper_capitals(english_names(text, text), "en") == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("small tabby, answers to molly, last seen friday", "answers to Molly,"),
        ("a shy collie named holly needs a home", "named Holly"),
        ("our dog otis turned 5 today", "dog Otis turned"),
    ],
)
def test_a_name_ending_like_a_verb_is_a_name(text: str, written: str) -> None:
    assert written in proper_capitals(english_names(text, text), "en")
