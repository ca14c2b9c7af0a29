"""A word of a name is never tagged alone in its common sense (a Portuguese business
"A Coruja" is no owl; a scarf called "Brina" is no frost), and a launch with no price cut
gets no sale tags: free shipping and "100% wool" lower no price."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import post_tags

_SALE_TAGS = {
    "#sale",
    "#angebot",
    "#saldi",
    "#offerte",
    "#rebajas",
    "#ofertas",
    "#promoção",
    "#soldes",
    "#promo",
}


@pytest.mark.parametrize(
    ("content", "name", "alone"),
    [
        (
            "Cada tapete leva 3 meses de ponto na Loja A Coruja, em Évora.",
            "Loja A Coruja",
            "#coruja",
        ),
        (
            "Pão de centeio acabado de sair do forno na Padaria A Formiga, em Tavira. Até às 13h!",
            "Padaria A Formiga",
            "#formiga",
        ),
    ],
)
def test_a_portuguese_name_keeps_its_article(content: str, name: str, alone: str) -> None:
    assert name in [n.text for n in read_post(content, "pt").names]
    assert alone not in post_tags(content, "pt", 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "alone"),
    [
        (
            "Dal Lanificio Il Gufo di Biella arriva la sciarpa Brina 🧣 100% cashmere, 180 x 30 "
            "cm, 4 colori. 139 €. lanificiogufo.it",
            "it",
            "#brina",
        ),
        ("Nueva en Cerámica El Búho: la taza Marea, hecha a mano en Toledo. 28 €.", "es", "#marea"),
        (
            "Chegou a nova mochila Lontra: 20 litros, impermeável, 69 €. lojadomar.pt",
            "pt",
            "#lontra",
        ),
        ("Voici notre nouveau plaid Givre : 100 % laine, 140 x 200 cm, 119 €.", "fr", "#givre"),
        # a town's name given to a thing: no place tag either
        ("Ecco la nostra nuova tazza smaltata Lucca, 350 ml, 14 €.", "it", "#lucca"),
    ],
)
def test_a_one_word_name_after_its_kind_is_not_tagged_alone(
    content: str, language: str, alone: str
) -> None:
    assert alone not in post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Dalla Tessitura Il Gufo di Prato arriva il plaid Brina 🧶 100% lana merino, 140 x 200 "
            "cm, 4 colori. 129 €. Spedizione gratuita fino al 15 dicembre. tessituragufo.it",
            "it",
        ),
        (
            "Neu von der Weberei Eule: die Decke Nebel, 100 % Merino, 140 x 200 cm. 129 €. "
            "Versandkostenfrei bis 20. Dezember. weberei-eule.de",
            "de",
        ),
        (
            "Llega la camiseta Brisa de Taller Gaviota: 100% algodón orgánico, 5 colores, 32 €. "
            "Envío gratis hasta el domingo.",
            "es",
        ),
        (
            "Chegou a manta Geada da Tecelagem Coruja: 100% lã, 140 x 200 cm, 99 €. Portes grátis "
            "até 20 de dezembro.",
            "pt",
        ),
    ],
)
def test_a_launch_with_no_price_cut_is_no_sale(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "product_launch"
    assert post.percent is None
    assert not set(post_tags(content, language, 5, lower=True)) & _SALE_TAGS


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("20% di sconto su tutte le sciarpe fino a domenica. lanificiogufo.it", "it"),
        ("-30 % auf alle Decken, nur bis Sonntag!", "de"),
    ],
)
def test_a_price_cut_is_still_a_sale(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "sale"
    assert post.percent is not None
