"""A business's name after its kind is written whole (blind round: "sartoria l'istrice"
came back "L'istrice", "ferme le pic-vert" "Le Pic-vert", "el almacén el chincol" stayed
in lower case).

The rule: a name's word takes a capital after an elided article ("L'Orsa") and on each
part of a hyphenated name ("Le Pic-Vert"; a link word inside stays: "João-de-Barro");
"almacén" is a kind of business; and a preposition's elision after a kind opens a
place, no name ("casa all'osteria").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("it", "nuovi cappotti dalla sartoria l'orsa, aperti sabato", "sartoria L'Orsa,"),
        ("fr", "visite de la ferme le pic-épeiche samedi", "ferme Le Pic-Épeiche samedi"),
        ("pt", "a livraria joão-de-barro abre domingo", "livraria João-de-Barro abre"),
        ("es", "el almacén el tordillo cierra el lunes", "almacén El Tordillo cierra"),
    ],
)
def test_a_venue_name_is_written_whole(language: str, text: str, written: str) -> None:
    assert written in proper_capitals(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "pain chaud à la boulangerie du moulin"),
        ("fr", "on se retrouve à l'épicerie du quartier"),
        ("it", "la pizza della pizzeria del borgo"),
        ("it", "carbonara della casa all'osteria stasera"),
    ],
)
def test_a_place_after_a_kind_stays(language: str, text: str) -> None:
    assert proper_capitals(text, language) == text
