"""A German first name's word before a noun too common to be a surname is no name.

Seen (review of lower-case German briefs): "frank", a first name the noun list knows,
was written "Frank" where it is the adjective or adverb ("mal ganz Frank Leute"): the
rule that writes a first name typed in lower case before a surname with its capital
read the noun after it ("Leute") as a surname.

The rule: the word after the first name is no surname when it is a noun the German list
knows and among the commonest words ("Leute", "Ende", "Problem", "Zeit"); a surname that
is a noun too but rarer stays one ("frank Müller", "till Winter", "jan König").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("ehrlich und frank Leute, das war's", "frank Leute"),
        ("wir sind till Ende Mai für euch da", "till Ende"),
        ("das ist kain Problem für uns", "kain Problem"),
    ],
)
def test_a_first_name_before_a_common_noun_stays_lower_case(typed: str, kept: str) -> None:
    assert kept in proper_capitals(typed, "de")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("heute im laden: frank Müller aus Gera", "Frank Müller"),
        ("lesung mit till Winter am freitag", "Till Winter"),
        ("grüße an jan König und das team", "Jan König"),
        ("heute mit helmut Rebholz am tresen", "Helmut Rebholz"),
    ],
)
def test_a_first_name_before_a_surname_keeps_its_capital(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "de")
