"""A time after a street's kind is no street's name.

Seen (review of lower-case Italian briefs): "ritrovo in piazza alle 9" became "Ritrovo in
piazza Alle 9": the figure after "alle" read as a house number, which proves an address
whose name may be an everyday word, so "alle" took a capital.

The rule: a preposition of time ("alle", "dalle", "verso", "às", "até", "a", "desde",
"à", "dès") before a figure, perhaps after an article, ends a street's name; a street's
kind alone ("in piazza", "na rua") names nothing, and a street's name before the time
keeps its capital ("via Roma alle 7", "rua Augusta às 9"). A house number after a
name stays one ("via dei Cavalieri 22", "rua São Bento 12", "via Nuova 12").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("it", "raduno in piazza alle 18 per la fiaccolata", "in piazza alle 18"),
        ("it", "concerto in piazza dalle 21 alle 23", "in piazza dalle 21"),
        ("it", "partenza da via roma alle 7", "via Roma alle 7"),
        ("pt", "concentração na rua augusta às 8", "rua Augusta às 8"),
        ("pt", "feira na rua até as 20", "na rua até as 20"),
        ("es", "salida de la avenida juárez desde las 8", "avenida Juárez desde las 8"),
        ("fr", "départ du 12 rue des lilas dès 8 h", "rue des Lilas dès 8 h"),
    ],
)  # fmt: skip
def test_a_time_after_a_street_is_no_name(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("it", "siamo in via dei cavalieri 22, vi aspettiamo", "via dei Cavalieri 22"),
        ("it", "il negozio è in via nuova 12 a pisa", "via Nuova 12"),
        ("pt", "a loja fica na rua são bento 12", "rua São Bento 12"),
    ],
)
def test_a_house_number_after_a_street_stays_one(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)
