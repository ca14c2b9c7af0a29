"""A business's own setback (the oven broke down, the coffee machine is out of order) is
a notice: said plainly and closed with thanks for patience or an offer to answer,
never a cheerful "tag a friend who needs to see this"."""

from __future__ import annotations

import re

import pytest

from captions._sure import confidence
from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_CHEERFUL = re.compile(
    r"(?i)\btag\b|share this|love|who needs to see|send this|markiert|teilt es|schickt es"
    r"|etiqueta|compárte|comparte|identifiez|partagez|envoyez|marque|compartilhe|partilhe"
    r"|envie|taggate|condivid|mandalo|freut|encant|adorer|amar"
)

_SETBACKS = [
    (
        "The espresso machine at Juniper Café broke down this morning. Filter coffee only "
        "until Thursday. Sorry, everyone!",
        "en",
    ),
    (
        "Unser Pizzaofen in der Trattoria Nonno Beppe ist kaputt: Pizza gibt es erst "
        "wieder ab Mittwoch.",
        "de",
    ),
    (
        "Nuestra cafetera de la Cafetería Olmo está averiada: hasta el jueves solo servimos té.",
        "es",
    ),
    ("Le four de la Boulangerie Faure est en panne : pas de baguettes jusqu'à vendredi.", "fr"),
    ("Il forno della Pizzeria Da Gino è guasto: niente pizza fino a venerdì.", "it"),
    ("O forno da Padaria Sol está avariado: sem pão até sexta-feira.", "pt"),
]


@pytest.mark.parametrize(("content", "language"), _SETBACKS)
def test_a_business_setback_is_a_notice(content: str, language: str) -> None:
    assert confidence(read_post(content, language)).notice


@pytest.mark.parametrize(("content", "language"), _SETBACKS)
def test_a_business_setback_gets_no_cheerful_ask(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        assert not _CHEERFUL.search(text_of(variant)), text_of(variant)
