"""A dough or a filling that rests is no death: "el relleno descansa toda la noche en
frío" made a bakery's behind-the-scenes post a loss ("Unas palabras de nuestra parte:",
"Si quieres, comparte un recuerdo en comentarios"); "rest in peace" still is one."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

RESTING = [
    (
        "es",
        "así hacemos el pan de la semana: la masa descansa toda la noche en frío "
        "y a las 5 entra al horno",
    ),
    ("pt", "assim sai o nosso pão: a massa descansa 12 horas na geladeira e vai ao forno às 5"),
    ("fr", "les coulisses du fournil : la pâte repose 24 h au froid, puis cuisson au feu de bois"),
    ("it", "dietro le quinte della pizzeria: l'impasto riposa 48 ore in frigo prima del forno"),
]


@pytest.mark.parametrize(("language", "content"), RESTING)
def test_a_resting_dough_is_no_loss(language: str, content: str) -> None:
    assert not read_post(content, language).sensitive
    for variant in captions_for(content, language=language):
        assert "🤍" not in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("es", "Descansa en paz, don Aurelio. Gracias por 40 años de pan en el barrio."),
        ("fr", "Repose en paix, Odette. Merci pour trente ans de sourires au marché."),
        ("it", "Riposa in pace, Franco. Grazie per quarant'anni di caffè al bancone."),
    ],
)
def test_rest_in_peace_is_still_a_loss(language: str, content: str) -> None:
    assert read_post(content, language).sensitive
