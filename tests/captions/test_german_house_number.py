"""A figure after a German street is its house number, which counts nothing: the verb
after it keeps its lower case (seen on main: 'am max-planck-ring 4 parken' got '… 4
Parken'); a figure elsewhere still counts a noun ("3 Kisten").
"""

from __future__ import annotations

from captions._propercase import proper_capitals


def test_a_verb_after_a_house_number_stays_a_verb() -> None:
    written = proper_capitals("Ihr könnt direkt am Max-Planck-Ring 4 parken, danke.", "de")
    assert "4 parken" in written
    assert "3 Kisten" in proper_capitals("Wir haben 3 kisten.", "de")


def test_a_verb_after_an_abbreviated_street_s_number() -> None:
    written = proper_capitals("Ihr könnt in der Lindenstr. 12 abholen, danke.", "de")
    assert "12 abholen" in written
