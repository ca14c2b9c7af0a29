"""A German time of day after a determiner is a noun, and a saint's name is a name.

Seen (lower-case briefs): "jeden morgen um 7 den ersten cappuccino gemacht" kept "morgen"
(alone it is "tomorrow"), "liegt den ganzen tag auf der heizung" kept "tag" ("den" may
be a pronoun, and "tag" a homograph), "in der pfarrkirche st. nikolaus" wrote "st.
Nikolaus", "garage le bison, saint-boniface" kept the town in lower case.

The rule: after a determiner (and its adjective) "morgen", "abend", "mittag", "tag",
"nacht" are nouns; an article followed by an inflected adjective is no pronoun, so the
homograph after them is a noun ("den ganzen Tag"); "st." before a lower-case name and a
hyphened "saint-"/"sainte-" name are written with their capitals ("St. Nikolaus",
"Saint-Boniface").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("er hat jeden morgen um 7 den ersten cappuccino gemacht", "jeden Morgen"),
        ("unsere katze liegt den ganzen tag auf der heizung", "den ganzen Tag"),
        ("am abend gibt es suppe", "am Abend"),
        ("wir sehen uns morgen um 10", "uns morgen um"),
    ],
)
def test_a_german_time_of_day_after_a_determiner_is_a_noun(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("das begräbnis ist in der pfarrkirche st. nikolaus in meran", "de", "St. Nikolaus"),
        ("join us for the st. brigid's day swim", "en", "St. Brigid's"),
        ("bon hiver de la part du garage, saint-boniface", "fr", "Saint-Boniface"),
        ("la fête de quartier à sainte-foy samedi", "fr", "Sainte-Foy"),
    ],
)
def test_a_saint_s_name_gets_its_capitals(text: str, language: str, written: str) -> None:
    assert written in proper_capitals(text, language)


def test_a_street_abbreviation_stays() -> None:
    text = "we moved to 12 high st. in march"
    assert "st. in" in proper_capitals(text, "en")
