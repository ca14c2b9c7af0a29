"""An apology said in everyday words ("wir haben Mist gebaut", "das tut uns leid", "our
bad", "la hemos liado", "abbiamo sbagliato") is an apology notice, whatever the business
sells: no food asks and no cheerful asks under it."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

_CHEERFUL = (
    "Heißhunger",
    "probieren",
    "craving",
    "try it",
    "smile",
    "Lächeln",
    "sonrisa",
    "sorriso",
    "momento più bello",
    "best moment",
)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("de", "Wir haben Mist gebaut: die Kekse vom Freitag waren versalzen. Das tut uns leid, "
         "ihr bekommt euer Geld zurück. Eure Backstube Mehlwurm"),
        ("de", "Das tut uns leid: unsere Tortenlieferung kam am Samstag zwei Stunden zu spät."),
        ("en", "Our bad: Tuesday's bagel orders went out with the wrong spread. Refunds are on "
         "their way. Team Hollow Oak Bagels"),
        ("es", "La hemos liado: los pedidos de churros del lunes salieron fríos. Os devolvemos "
         "el dinero."),
        ("it", "Abbiamo sbagliato: le torte di sabato sono arrivate in ritardo. Vi rimborsiamo "
         "tutto."),
    ],
)  # fmt: skip
def test_an_apology_in_everyday_words_is_an_apology(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice_kind == "apology"
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant)
        assert not any(ask.lower() in text.lower() for ask in _CHEERFUL), text
