"""A menu line ('Hoy en Mesón Tirso: migas con uvas, 9 €') is a food post in the
languages whose dishes the lexicon lacked (was an everyday moment: ☀️ and 'what made you
smile today?'); and a shop posting one sale after another keeps fitting asks: the
sale asks of es, it, fr, pt and de no longer run out after a few posts."""

from __future__ import annotations

import pytest

from captions import CaptionEngines, CaptionRequest, CaptionService
from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Hoy en Bodega Albar: salmorejo con huevo, 7 €. Solo al mediodía.", "es"),
        ("Hoy en Mesón Tirso: migas con uvas, 9 €. Solo al mediodía.", "es"),
        ("Hoy en Casa Ibarra: merluza en salsa verde, 14 €.", "es"),
        ("Oggi da Osteria Brina: baccalà mantecato, 12 €.", "it"),
        ("Aujourd'hui chez Lucette : andouillette et purée, 12 €.", "fr"),
    ],
)
def test_a_menu_line_is_food(content: str, language: str) -> None:
    assert read_post(content, language).intent == "food"
    for variant in captions_for(content, tone="casual"):
        text = text_of(variant)
        assert not any(w in text for w in ("☀️", "sonre", "sorrid")), text


_SALES = {
    "it": ("Saldi da Bottega Ciliegio: {x} al 40% fino a sabato.", "giacche stivali borse"),
    "es": ("Rebajas en Tienda Alerce: {x} al 40% hasta el sábado.", "chaquetas botas bolsos"),
}
_GOODS = (
    "sciarpe maglioni cappotti jeans camicie zaini occhiali cinture guanti cappelli gonne "
    "abiti felpe ombrelli pigiami costumi"
)


@pytest.mark.parametrize("language", sorted(_SALES))
async def test_a_shop_posting_20_sales_keeps_its_asks(language: str) -> None:
    service = CaptionService(CaptionEngines())
    template, first = _SALES[language]
    asked = 0
    for item in [*first.split(), *_GOODS.split()][:20]:
        request = CaptionRequest(
            content=template.format(x=item), tone="promotional", variants=3, user_id="shop"
        )
        generated = await service.engines.generate(
            request, None, await service.history.avoid("shop")
        )
        await service.history.remember("shop", [(d.hook, d.cta) for d in generated.drafts])
        asked += sum(1 for d in generated.drafts if d.cta)
    assert asked >= 40, asked
