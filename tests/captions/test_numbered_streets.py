"""A street with its house number is an address, whatever its words mean.

Seen: "via dei cavalieri 22, livorno" and "corso vittorio emanuele 58 a campobasso" kept
"cavalieri" and "emanuele" in lower case ("corso Vittorio emanuele"), "rua das flores
12" its "flores": a street's words were written as a name only when the vocabulary
lacked them (a knight, a flower and a first name are common words).

The rule: after a street's kind (via, corso, rua, calle, rue …) and its links, the words
a house number follows are the street's name; a figure of times, hours, people, prices,
places or years after a course ("corso base 2 volte a settimana", "corso di yoga 10
euro") is no house number.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("ci trovate in via dei cavalieri 22, livorno", "it", "via dei Cavalieri 22"),
        ("corso vittorio emanuele 58 a campobasso", "it", "corso Vittorio Emanuele 58"),
        ("estamos na rua das flores 12, no centro", "pt", "rua das Flores 12"),
        ("la tienda está en calle mayor 5, bajo", "es", "calle Mayor 5"),
    ],
)
def test_a_numbered_street_is_an_address(text: str, language: str, written: str) -> None:
    assert written in proper_capitals(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("il corso base 2 volte a settimana", "it"),
        ("un corso di yoga 10 euro a lezione", "it"),
        ("e via nelle teglie di rame", "it"),
    ],
)
def test_a_course_or_a_way_stays(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text


@pytest.mark.parametrize(
    "text",
    [
        "corso base 1 volta a settimana",
        "corso di cucina 4 lezioni",
        "corso avanzato 6 incontri",
        "corso serale 2 sere",
    ],
)
def test_a_course_s_count_is_no_house_number(text: str) -> None:
    assert proper_capitals(text, "it") == text
