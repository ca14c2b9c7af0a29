"""A Spanish post that speaks to its readers as vosotros in the past or with "sois"
("gracias a todos los que vinisteis …, ¡sois increíbles!") is asked nothing in tú:
"Cuéntanos tu mejor momento en los comentarios" followed it."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

TU = re.compile(r"(?i)\b(?:cuéntanos|tu|etiqueta|comparte|compártelo|dinos|guarda|envía)\b")

POSTS = [
    "gracias a todos los que vinisteis al mercadillo del sábado en huesca, ¡sois los mejores! "
    "entre todos juntamos 1.180 € para la protectora",
    "Muchas gracias a los que corristeis la San Silvestre con nosotros en Teruel. Estuvisteis "
    "geniales y recaudamos 2.400 € para el comedor.",
]


@pytest.mark.parametrize("content", POSTS)
def test_no_tu_after_vosotros(content: str) -> None:
    for variant in captions_for(content, language="es"):
        text = text_of(variant)
        ask = text.split("\n\n")[-1]
        assert not TU.search(ask), text
