"""Writing to an address is how a reader applies or books (blind review 6: "never drop a
fact a reader needs"): "Escribe a hola@… para reservar" was read as an instruction to the
caption's writer and left out of every variant. Posts invented for this test."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

WRITE_TO = [
    ("es", "Taller de cerámica el sábado 9 de marzo. Escribe a hola@barroazul.es para reservar."),
    ("en", "Pottery taster on Saturday 20 April at 11am. Write to us at hello@claybarn.co.uk."),
    ("pt", "Oficina de costura no sábado, 9 de março. Escreva para oficina@linhaazul.com.br."),
    ("de", "Töpferkurs am Samstag, 6. April um 10 Uhr. Schreib uns an kurs@tonwerk.de."),
]


@pytest.mark.parametrize(("language", "content"), WRITE_TO, ids=[w[0] for w in WRITE_TO])
def test_where_to_write_is_kept_in_every_variant(language: str, content: str) -> None:
    address = re.search(r"[\w.+-]+@[\w.-]+\w", content)
    assert address
    for variant in captions_for(content, language=language):
        assert address.group(0) in text_of(variant), text_of(variant)
