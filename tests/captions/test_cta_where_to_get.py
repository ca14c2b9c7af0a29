"""A launch or a sale asks readers to get the thing where the post says it is sold (the
shop, "in store") or to pick one of the colours or scents it lists — never "tag someone
who should see this" alone, and never a link the post does not give."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

# an ask to come to the shop, or to pick one of the listed variants
_WHERE_OR_WHICH = re.compile(
    r"(?i)in store|the shop|which (?:one|colou?r|scent)|would you pick|im laden|welche\w* wird"
    r"|en la tienda|cuál te llevas|cuál te llevás|en boutique|lequel vous tente|na loja"
    r"|qual escolheria|qual vai ser|in negozio|quale scegliereste"
)
_LINK = re.compile(r"(?i)\bbio\b|\blink\b|\blien\b|\benlace\b")

_SOLD_IN_SHOP = [
    ("New in store this week: hand-thrown mugs in three glazes, moss, chalk and ink.", "en"),
    ("Sale on all our wool throws this weekend: 25% off, in store only.", "en"),
    ("Neu bei uns im Laden: handgemachte Seifen in vier Düften. Ab Freitag erhältlich.", "de"),
    ("¡Novedad! Nuestros jabones artesanales ya están en la tienda, en cuatro aromas.", "es"),
    ("Nouveauté en boutique : nos tasses émaillées arrivent en trois couleurs.", "fr"),
    ("Novidade na loja: os nossos sabonetes artesanais chegaram em quatro aromas.", "pt"),
    ("Novità in negozio: le nostre candele di soia sono arrivate in tre profumi.", "it"),
]


@pytest.mark.parametrize(("content", "language"), _SOLD_IN_SHOP)
def test_a_launch_or_sale_in_a_shop_is_read_as_one(content: str, language: str) -> None:
    assert read_post(content, language).intent in ("product_launch", "sale")


@pytest.mark.parametrize(("content", "language"), _SOLD_IN_SHOP)
def test_a_launch_or_sale_asks_to_come_to_the_shop_or_to_pick_one(
    content: str, language: str
) -> None:
    endings = [text_of(v).split("\n")[-1] for v in captions_for(content, language=language)]
    assert any(_WHERE_OR_WHICH.search(e) for e in endings), endings


@pytest.mark.parametrize(("content", "language"), _SOLD_IN_SHOP)
def test_a_linkless_launch_never_points_to_a_link(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        assert not _LINK.search(text_of(variant)), text_of(variant)


_NO_SHOP = [
    ("New: our linen tote bags in three colours, sand, olive and rust.", "en"),
    ("Neu: unsere Leinentaschen in drei Farben, Sand, Oliv und Rost.", "de"),
]


@pytest.mark.parametrize(("content", "language"), _NO_SHOP)
def test_a_launch_that_names_no_shop_is_never_sent_to_one(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        assert not re.search(r"(?i)in store|the shop|im laden", text_of(variant).split("\n")[-1])


_INVITED_ALREADY = [
    ("Saldi: -30% su tutte le borse fino a domenica, vi aspettiamo in negozio!", "it"),
    ("Sale: 20 % auf alle Wollmützen bis Sonntag. Schaut bei uns im Laden vorbei!", "de"),
    ("Rebajas: 30% en todos los bolsos hasta el domingo. ¡Te esperamos en la tienda!", "es"),
]


@pytest.mark.parametrize(("content", "language"), _INVITED_ALREADY)
def test_a_post_that_invites_to_the_shop_is_not_invited_again(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert len(re.findall(r"(?i)vi aspettiamo|im laden vorbei|te esperamos", text)) <= 1, text
