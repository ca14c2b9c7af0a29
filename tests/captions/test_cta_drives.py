"""A collection drive asks people to give, drop off or pass the word on: it brings
things, not company, so never "tag who you're bringing", whatever day and hall it names."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_BRING_SOMEONE = re.compile(
    r"(?i)who you're bringing|te vas a traer|wen ihr mitbringt|wen du mitbringst"
    r"|qui vient avec vous|quem vai levar|quem vocês vão levar|chi porterete"
)

_DRIVES = [
    (
        "Coat drive this Saturday 10am-2pm at Ferris Hall for the Northgate night "
        "shelter. Bring a coat, take a coffee!",
        "en",
    ),
    (
        "Winter coat collection this Saturday 10am at Ferris Hall for the night shelter: "
        "bring a coat, take a coffee.",
        "en",
    ),
    (
        "Spendenaktion am Samstag, 14 Uhr, im Gemeindehaus Lindenau: Bringt warme Decken "
        "für die Obdachlosenhilfe mit.",
        "de",
    ),
    (
        "Recogida solidaria el sábado a las 11h en la Plaza del Carmen: trae mantas y ropa "
        "de abrigo para el albergue.",
        "es",
    ),
    (
        "Collecte solidaire samedi à 10h à la salle des fêtes de Vernay : apportez des "
        "conserves pour l'épicerie sociale.",
        "fr",
    ),
    (
        "Raccolta solidale sabato alle 10 in piazza Garibaldi: portate coperte e cibo per "
        "il rifugio.",
        "it",
    ),
    (
        "Campanha solidária no sábado às 10h no Salão Paroquial de Vila Nova: tragam "
        "cobertores para o abrigo.",
        "pt",
    ),
]


@pytest.mark.parametrize(("content", "language"), _DRIVES)
def test_a_drive_never_asks_who_youre_bringing(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        assert not _BRING_SOMEONE.search(text_of(variant)), text_of(variant)


@pytest.mark.parametrize(
    "content",
    [
        "Spendenaktion am Samstag, 14 Uhr, im Gemeindehaus Lindenau: Bringt warme Decken "
        "für die Obdachlosenhilfe mit.",
        "Sammelaktion im Jugendhaus Kornberg am Freitag ab 16 Uhr: Schulsachen für "
        "Familien in Not.",
    ],
)
def test_a_german_drive_on_a_day_is_read_as_charity(content: str) -> None:
    assert read_post(content, "de").intent == "charity"
