"""A drive that says what it collects and for whom is a cause, whatever thanks close it
("a associação …, em leiria, está a recolher mantas … para quem dorme na rua … pontos
de recolha … obrigado a todos" was a thank-you asked "Qual foi o seu momento
favorito?"); and a place set between commas after the subject stays in its sentence
(it was cut into "A associação ouriço." and "Em leiria, está a recolher …", a fragment:
X in three variants of blind round 13).
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

DRIVES = [
    (
        "pt",
        "a associação castor, em tomar, está a recolher cobertores, luvas e meias quentes para "
        "quem dorme na rua. pontos de recolha: junta de freguesia e biblioteca, até 15 de janeiro. "
        "obrigado a todos os que já ajudaram!",
    ),
    (
        "en",
        "the harbour trust is collecting blankets for rough sleepers, drop-off points at "
        "the library and the town hall until 20 dec. thank you all",
    ),
    (
        "es",
        "la fundación está recogiendo abrigos para personas sin hogar, puntos de recogida "
        "en la biblioteca y el mercado. gracias a todos",
    ),
    (
        "it",
        "stiamo raccogliendo coperte per chi dorme in strada, punti di raccolta in "
        "parrocchia e in biblioteca. grazie a tutti",
    ),
]


@pytest.mark.parametrize(("language", "content"), DRIVES)
def test_a_drive_is_a_cause(language: str, content: str) -> None:
    assert read_post(content, language).intent == "charity"


def test_a_place_between_commas_stays_in_its_sentence() -> None:
    language, content = DRIVES[0]
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant)
        assert "A associação castor, em tomar, está a recolher" in text, text
        assert "A associação castor." not in text, text
