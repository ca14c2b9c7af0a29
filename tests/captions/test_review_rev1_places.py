"""Counter-examples to the day's rules of places and groups: a club's weekdays, a bare
plural that spells a village, a big town a capitalised post typed in lower case."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

KEPT = [
    # 1a01c24: when the club meets
    ("es", "entrenamos con el club los sábados.", "los"),
    # 009fc2e: a bare plural after a preposition says how, not where
    ("es", "juguetes a pilas y galletas en cajas de seis", "pilas"),
    ("es", "juguetes a pilas y galletas en cajas de seis", "cajas"),
]


@pytest.mark.parametrize(("language", "content", "word"), KEPT)
def test_a_common_word_stays_in_lower_case(language: str, content: str, word: str) -> None:
    for variant in captions_for(content, language=language, length="long"):
        text = text_of(variant)
        assert f" {word} " in text or f" {word}," in text or f" {word}." in text, text
        assert f" {word.capitalize()}" not in text, text


NAMED = [
    # 1a01c24's own name still
    ("es", "felicidades al club los halcones de quepos, que ganaron", "Los Halcones"),
    # 009fc2e: a big town a capitalised post typed in lower case by a slip
    ("en", "Had a great weekend in london with Sarah and Tom. Back to work on Monday!", "London"),
    (
        "es",
        "Gracias a todos los que vinisteis a la fiesta en madrid. Nos vemos pronto, Carmen.",
        "Madrid",
    ),
]


@pytest.mark.parametrize(("language", "content", "name"), NAMED)
def test_the_name_keeps_its_capital(language: str, content: str, name: str) -> None:
    for variant in captions_for(content, language=language, length="long"):
        assert name in text_of(variant), text_of(variant)
