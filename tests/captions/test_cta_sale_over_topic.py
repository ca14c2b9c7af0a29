"""A sale is a sale whatever it sells: a thrift shop's fill-a-bag day of clothes, a
pastry shop's clearance of panettoni, a decor shop's cushions at half price or a ski
shop's boots are asked what a sale asks (come by, tag who'd want it, share the deal),
never what their topic would ("Save this look for later", "Would you try it?", "Show us
your favourite corner"). A day to come to that serves food asks to come, too."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from tests.captions.helpers import captions_for, text_of

_TEMPLATES = Path(__file__).parents[2] / "captions" / "data" / "templates"
_TOPICS = ("food", "fashion_beauty", "home", "fitness", "everyday")


@cache
def _topic_asks(language: str) -> frozenset[str]:
    """The calls to action of the topics' own pools, as written (placeholders cut)."""
    data = yaml.safe_load((_TEMPLATES / f"{language}.yaml").read_text(encoding="utf-8"))
    asks = set()
    for topic in _TOPICS:
        for text in data["cta"].get(topic, []):
            text = re.sub(r"^\[[^\]]*\]\s*", "", text).split("{")[0].strip()
            if len(text) > 12:
                asks.add(text)
    return frozenset(asks)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("en", "thrift store fill-a-bag day: $12 a bag, all sweaters, dresses & boots, "
               "sun jan 10, 10-4, in store only"),
        ("fr", "Vide-dressing à la boutique : toutes les robes et vestes à 5 €, dimanche "
               "10h-17h, en boutique uniquement"),
        ("fr", "Journée du sac rempli à la friperie : 10 € le sac, tous les pulls et "
               "manteaux, samedi 9 janvier, 9h-14h"),
        ("de", "Sackerltag im Secondhandladen: 10 € pro Sack, alle Kleider und Schuhe, "
               "Samstag 9. Jänner, 9-14 Uhr, nur im Laden"),
        ("it", "Svendita in pasticceria: tutti i panettoni a 10 € al pezzo, domenica dalle "
               "9 alle 13"),
        ("pt", "Saldos na loja de decoração: todas as almofadas e mantas a metade do "
               "preço, sábado das 10h às 18h, só na loja"),
    ],
)  # fmt: skip
def test_a_sale_of_a_topics_goods_is_asked_as_a_sale(language: str, content: str) -> None:
    asks = _topic_asks(language)
    variants = captions_for(content, language=language)
    assert any(text_of(v).count("\n") for v in variants)  # some variant has a CTA
    for variant in variants:
        text = text_of(variant)
        assert not [a for a in asks if a in text], text


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("it", "Sfilata in boutique venerdì alle 19: i nuovi cappotti e abiti in lino. "
               "Vi aspettiamo!"),
        ("en", "Pasta night at the clubhouse this saturday 7pm: fresh tagliatelle and ragù, "
               "$20 a plate. All welcome!"),
    ],
)  # fmt: skip
def test_a_day_to_come_to_asks_to_come(language: str, content: str) -> None:
    asks = _topic_asks(language)
    for variant in captions_for(content, language=language):
        assert not [a for a in asks if a in text_of(variant)], text_of(variant)
