"""Orders taken until a day are asked to keep the day or pass it on: "Order your Christmas
cake by 10 December" was asked "What should be on the menu next?", "Aceitamos encomendas
de bolo-rei até dia 20 de dezembro" "Conte a sua pequena alegria do dia", and "Encarga tu
roscón de Reyes antes del 3 de enero. Recogida en tienda el 5 y el 6." was read as a
charity drive ("Etiqueta a quien querría ayudar": a pickup in the shop is no collection)
and, as "Encarga tu …", as advice. A shop's orders by a date are its own ("Save this so
you don't miss the date", "Tag someone who'll want one"); the order verb is a call to
action in every language.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

_OFF = re.compile(
    r"(?i)menu next|smile|joy of the day|day like this|hungry|sonreír|alegría del día"
    r"|ayudar|lächeln|glück des tages|sourire|bonheur du jour|sorrir|alegria do dia|sorridere"
    r"|gioia di oggi|giornata così|um dia assim|so einen tag|journée comme ça|un día así"
)

ORDERS = [
    ("en", "Order your Christmas cake by 10 December. Collection from the shop 20-23 December."),
    ("pt", "Aceitamos encomendas de bolo-rei até dia 20 de dezembro."),
    ("es", "Encarga tu roscón de Reyes antes del 3 de enero. Recogida en tienda el 5 y el 6."),
    ("de", "Bestellt eure Weihnachtsstollen bis zum 15. Dezember, abholen ab dem 20."),
    ("fr", "Commandez votre bûche de Noël avant le 18 décembre, retrait en boutique le 24."),
    ("it", "Ordinate il vostro panettone entro il 15 dicembre, ritiro in negozio dal 20."),
]


@pytest.mark.parametrize(("language", "content"), ORDERS)
def test_orders_by_a_day_are_asked_as_orders(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent not in ("charity", "tip"), post.intent
    assert "orders" in post.flags
    for variant in captions_for(content, language=language):
        assert not _OFF.search(variant.caption), variant.caption
