"""An apology or thanks said in one word is a sentence of its own, kept in every
variant: "we messed up. … has almond flour. sorry. affected batch: …" lost its "sorry."
(a word alone was no sentence unless it ended the brief)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "word"),
    [
        (
            "we messed up. the oat cookies we sold on saturday were labelled nut free but one "
            "batch has almond flour. sorry. affected batch: best before 20 dec. full refund "
            "at the counter",
            "en",
            "Sorry.",
        ),
        (
            "ayer el horno falló y muchos pedidos salieron tarde. perdón. mañana abrimos a "
            "las 8 como siempre",
            "es",
            "Perdón.",
        ),
    ],
)
def test_a_one_word_apology_is_kept(content: str, language: str, word: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        assert word in text_of(variant), variant.caption
