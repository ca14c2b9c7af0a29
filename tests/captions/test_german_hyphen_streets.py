"""A German street whose name is joined to its kind with hyphens is a noun, and each part
of the name a name: "in der karl-marx-allee" stayed in lower case, since a word with a
hyphen was no German noun to the engine. "Rosa-Luxemburg-Platz", "Walther-von-der-
Vogelweide-Straße" (its links stay lower case), "Max-Planck-Ring 4" (a "-ring", "-weg",
"-damm" or "-ufer" only before a house number); "hin-und-weg", a hashtag stay as typed.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("wir sind jetzt am rosa-luxemburg-platz", "Rosa-Luxemburg-Platz"),
        ("abgabe: walther-von-der-vogelweide-straße, mo-fr", "Walther-von-der-Vogelweide-Straße"),
        ("parkplätze am max-planck-ring 4", "Max-Planck-Ring 4"),
        ("treffpunkt ecke heinrich-heine-allee", "Heinrich-Heine-Allee"),
    ],
)
def test_a_hyphenated_street_is_a_name(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "de")


@pytest.mark.parametrize(
    "typed",
    [
        "ich bin hin-und-weg",
        "einfach hin-und-weg 3 mal",
        "alles unter #rosa-luxemburg-platz",
        "der pop-up-ring bleibt",
    ],
)
def test_a_hyphenated_phrase_stays(typed: str) -> None:
    out = proper_capitals(typed, "de")
    assert "Weg" not in out
    assert "Luxemburg" not in out
    assert "Ring" not in out
