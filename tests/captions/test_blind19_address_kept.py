"""The ask keeps the post's "ustedes" or "usted" (blind round 19, es-02 and reviewers:
"¿Ya vieron …?" then "Etiqueta a …"; "le pedimos disculpas" then "Escríbenos")."""

from __future__ import annotations

import pytest

from captions._address import address_of
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "address"),
    [
        (
            "¿Ya vieron la nueva terraza de la Heladería Polar en Tarija? Abrimos el sábado "
            "con música en vivo y helado artesanal.",
            "ustedes",
        ),
        (
            "¿Conocen nuestro pan de masa madre? Lo horneamos cada mañana en la Panadería "
            "Trigal de Cochabamba, desde las 7.",
            "ustedes",
        ),
        (
            "Estimado cliente: le pedimos disculpas por el cierre del jueves en la Óptica "
            "Lumen de Toledo. El viernes lo esperamos en el horario de siempre.",
            "formal",
        ),
    ],
)
def test_the_ask_keeps_the_posts_address(content: str, address: str) -> None:
    assert address_of(content, "es") == address
    for tone in ("promotional", "casual", "professional"):
        for variant in captions_for(content, language="es", tone=tone):
            # an ask in "tú" after it would make two addresses (None)
            assert address_of(text_of(variant), "es") == address, variant.caption


@pytest.mark.parametrize(
    "content",
    [
        "Mañana llegan los pedidos de la tienda. ¿Llegaron bien los de la semana pasada?",
        "le pedimos a la alcaldía que arregle la calle del mercado",
    ],
)
def test_no_address_read_into_a_third_person(content: str) -> None:
    assert address_of(content, "es") is None
