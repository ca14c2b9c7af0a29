"""A short Italian line whose only shared words are Spanish too ("al", "con") is told
by Italian's -zio/-zie/-zione spelling ("servizio", "spazio", "ringraziamenti" aside),
which Spanish writes -cio/-ción and Portuguese -ço/-ção: it was read as Spanish."""

from __future__ import annotations

import pytest

from captions._language import detect_language


@pytest.mark.parametrize(
    "content",
    [
        "Servizio fotografico al parco con Birba",
        "Spazio bimbi al mercato con giochi",
        "Ozio totale al lago con Pippo",
        "Sconto al negozio con tessera, offerte speciali",
    ],
)
def test_an_italian_z_word_tells_a_short_line(content: str) -> None:
    assert detect_language(content)[0] == "it"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Servicio de fotos en el parque con Lola", "es"),
        ("Ele fazia pão com a avó todo domingo", "pt"),
    ],
)
def test_spanish_and_portuguese_stay(content: str, language: str) -> None:
    assert detect_language(content)[0] == language


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Petite pause thé entre deux réunions", "fr"),
        ("Pequena pausa entre duas aulas", "pt"),
        ("Zwei Kugeln Eis und drei Freunde", "de"),
    ],
)
def test_entre_and_the_number_words_tell_their_language(content: str, language: str) -> None:
    assert detect_language(content)[0] == language
