"""Table linen is for the table, never worn nor drunk: "servilletas de lino", "Leinen-
servietten", "serviettes de table en lin", "guardanapos de linho" and "tovaglioli di
lino" were read as fashion ("Would you wear it? Yes or no below", "Save this look",
#style) for the fabric they are made of, and "tea towels" as a drink (🍵, #tea,
"Hungry yet?"). Napkins, tablecloths, tea towels, table runners and placemats are the
home's in six languages; a linen shirt stays clothing.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

_WORN = re.compile(
    r"(?i)\bwear\b|\blook\b|pondrías|\blook\b|tragen|porteriez|usaria|indossereste|lo indosseresti"
    r"|hungry|menu|detalle favorito|lieblingsdetail|détail préféré|detalhe preferido"
    r"|dettaglio preferito"
)
_WORN_TAGS = {"#style", "#estilo", "#stile", "#tea", "#ootd", "#fashion", "#moda", "#mode"}

LINEN = [
    ("en", "New tablecloths and tea towels in the shop, hand-printed in Devon. £18 each."),
    ("es", "Vuelven las servilletas de lino en cinco colores. Y los manteles de algodón."),
    (
        "de",
        "Unsere Leinenservietten sind wieder da, in fünf Farben. Dazu neue Tischdecken und "
        "Geschirrtücher.",
    ),
    (
        "fr",
        "Nos serviettes de table en lin sont de retour en cinq couleurs, avec les nappes "
        "assorties.",
    ),
    ("pt", "Os guardanapos de linho voltaram, em cinco cores. E toalhas de mesa novas."),
    ("it", "Sono tornati i tovaglioli di lino in cinque colori, con le tovaglie abbinate."),
]


@pytest.mark.parametrize(("language", "content"), LINEN)
def test_table_linen_is_neither_worn_nor_drunk(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent not in ("fashion_beauty", "food"), post.intent
    variants = captions_for(content, language=language)
    for variant in variants:
        assert "\N{TEACUP WITHOUT HANDLE}" not in variant.caption, variant.caption
        assert not _WORN.search(variant.caption.removeprefix(content)), variant.caption
    assert not tags_of(variants) & _WORN_TAGS, tags_of(variants)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("en", "New linen shirts in the shop: sage, oat and chalk. £45."),
        ("es", "Camisas de lino nuevas en la tienda, en tres colores."),
    ],
)
def test_a_linen_shirt_is_still_worn(language: str, content: str) -> None:
    assert read_post(content, language).intent == "fashion_beauty"


def test_linen_napkins_launched_are_no_fashion_collection() -> None:
    # ("lin" alone named a French fashion collection: #nouvellecollection #mode on napkins)
    content = "Nouveau chez nous : des serviettes de table en lin, en cinq couleurs."
    tags = tags_of(captions_for(content, language="fr"))
    assert not tags & {"#mode", "#nouvellecollection"}, tags
