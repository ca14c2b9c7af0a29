"""One's own thing for sale is a classified: "Vendo bicicleta de paseo usada, 80 €" was
read as a trip ("Etiqueta a quien te llevarías", #paseo), "Je vends mon vélo de route … 150
€" and "Vendo la mia bici da corsa" as training ("Identifiez votre partenaire
d'entraînement", #fitness #running), "Verkaufe mein altes Rennrad" and "Vendo carrinho de
bebé usado, 60 €" as launches ("Conte nos comentários o que achou da novidade",
#neuheit). A post that opens selling a thing of one's own with its price (for sale,
selling my, vendo, se vende, verkaufe, je vends, à vendre, vende-se, vendesi) is a sale
asked who may want it.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

_OFF = re.compile(
    r"(?i)shopping with|llevarías|próximo viaje|entraînement|allenamento|training|novidade"
    r"|darauf gewartet|waiting for"
)

SALES = [
    ("en", "For sale: my old road bike, 54cm frame, new tyres. £150 ono. Collection from Bristol."),
    ("es", "Vendo bicicleta de paseo usada, 80 €, en buen estado. Interesados por privado."),
    (
        "de",
        "Verkaufe mein altes Rennrad, Rahmenhöhe 54, neue Reifen. 150 € VB. Abholung in Leipzig.",
    ),
    ("fr", "Je vends mon vélo de route, cadre 54, pneus neufs. 150 €, à récupérer à Lyon."),
    ("pt", "Vendo carrinho de bebé usado, 60 €, como novo. Interessados mensagem privada."),
    ("it", "Vendo la mia bici da corsa, telaio 54, gomme nuove. 150 €, ritiro a Bologna."),
]


@pytest.mark.parametrize(("language", "content"), SALES)
def test_ones_own_thing_for_sale_is_a_classified(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent == "sale", post.intent
    assert "for_sale" in post.flags
    variants = captions_for(content, language=language)
    for variant in variants:
        assert not _OFF.search(variant.caption), variant.caption
    assert not tags_of(variants) & {"#fitness", "#running", "#neuheit", "#novidade", "#paseo"}


def test_a_shop_that_sells_is_no_classified() -> None:
    content = "Vendemos pan de masa madre todos los días desde las 8. Barra a 3 €."
    assert "for_sale" not in read_post(content, "es").flags
