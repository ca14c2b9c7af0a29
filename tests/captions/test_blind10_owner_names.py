"""Whose room it is ("la chambre de Zoé") is a first name no one searches: never a tag."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        (
            "on a enfin fini la chambre de Zoé 🛏️ murs bleu pâle, un lit en chêne fait par son "
            "papi et des rideaux en lin. 2 week-ends, 150 € en tout.",
            "fr",
            "#zoé",
        ),
        (
            "abbiamo finito la cameretta di Tommaso 🛏️ pareti verde salvia, letto a casetta "
            "fatto dal nonno. 3 weekend, 200 € in tutto.",
            "it",
            "#tommaso",
        ),
        (
            "por fin terminamos el cuarto de Lucía 🛏️ paredes verde salvia, cama de pino hecha "
            "por su abuelo. 3 fines de semana, 200 € en total.",
            "es",
            "#lucía",
        ),
    ],
)
def test_whose_thing_it_is_is_no_tag(content: str, language: str, name: str) -> None:
    assert name not in post_tags(content, language, 5, lower=True)
