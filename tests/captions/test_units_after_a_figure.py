"""A unit's symbol after a figure, written as the unit writes it.

A German brief says "luftdruck im fahrradreifen auf 2,5 bar erhöhen" or "10 min ziehen
lassen": "bar" and "min" after a figure are the units' symbols, though the noun list
knows "Bar" (a pub) and "Min"; the caption wrote "2,5 Bar", "10 Min". And in every
language "180 °c" is degrees Celsius, whose symbol is "°C" ("°F" for Fahrenheit).
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("luftdruck im schlauch auf 2,5 bar erhöhen", "Luftdruck im Schlauch auf 2,5 bar erhöhen"),
        ("tee 10 min ziehen lassen", "Tee 10 min ziehen lassen"),
        ("eine lösung mit 2 mol salz", "eine Lösung mit 2 mol Salz"),
        # "Min." with its period is the abbreviation of "Minuten", a noun's
        ("der kurs dauert 50 min., danach tee", "der Kurs dauert 50 Min., danach Tee"),
        # the pub and the noun where no figure stands before them
        ("treffpunkt ist eine bar am hafen", "Treffpunkt ist eine Bar am Hafen"),
    ],
)  # fmt: skip
def test_a_unit_after_a_figure_keeps_its_symbol(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


@pytest.mark.parametrize(
    ("language", "content", "written", "wrong"),
    [
        ("fr", "notre brioche cuit au four à 170 °c pendant 25 minutes", "170 °C", "°c"),
        ("de", "den stollen bei 160°c backen, fertig nach 50 minuten", "160°C", "°c"),
        ("en", "slow-roast the pork shoulder at 120 °f for six hours", "120 °F", "°f"),
        ("es", "hornear el bizcocho a 180 °c durante 40 minutos", "180 °C", "°c"),
    ],
)
def test_degrees_celsius_take_their_capital(
    language: str, content: str, written: str, wrong: str
) -> None:
    for variant in captions_for(content, language=language):
        assert written in text_of(variant)
        assert wrong not in text_of(variant)
