"""A park named by a word the engine reads as a cue is a kind of park, no park's name.

Seen (review of lower-case English briefs): "doggo park, leeds" became "Doggo Park,
Leeds": the rule that writes an address's street or park with its capitals before its
town took "doggo", a word the English vocabulary lacks, for a name.

The rule: the street's or park's first word is a name only when it is no word the
engine itself knows (a cue word such as "doggo" or "parkrun", a template's or the
lexicon's word): "doggo park, Sheffield" and "parkrun park, Nottingham" are kinds of park,
"Heaton Park, Manchester", "Sefton Park, Liverpool" and "Tanglewood Lane, Halifax" stay
names.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("zoomies this morning, doggo park, sheffield", "doggo park, Sheffield"),
        ("5k done, parkrun park, nottingham", "parkrun park, Nottingham"),
    ],
)
def test_a_cue_word_before_park_makes_a_kind_of_park(typed: str, kept: str) -> None:
    assert kept in proper_capitals(typed, "en")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("picnic weather. heaton park, manchester", "Heaton Park, Manchester"),
        ("bandstand gig, sefton park, liverpool", "Sefton Park, Liverpool"),
        ("new studio, tanglewood lane, halifax", "Tanglewood Lane, Halifax"),
    ],
)
def test_a_name_before_park_keeps_its_capitals(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "en")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("we walked round the city park, leeds", "city park, Leeds"),
        ("loved it, skate park, bristol", "skate park, Bristol"),
    ],
)
def test_a_common_word_before_park_stays_lower_case(typed: str, kept: str) -> None:
    assert kept in proper_capitals(typed, "en")
