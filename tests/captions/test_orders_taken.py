"""Orders taken until a day (``ORDERS``: "takes orders until", "Bestellungen bis",
"commandes jusqu'au") are a business selling what it makes, never work shown behind the
scenes, and the days to order by and collect on are no event; orders packed ("packing
orders all night", "Bestellungen verpacken") are still the work shown, and a market with
its own day stays an event."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Last orders for Eid sweet boxes! 🌙 Noor Kitchen in Bradford takes orders until "
            "Thu 26 Mar, collection Sat 28 Mar. Boxes from £16. WhatsApp 07700 900456.",
            "en",
        ),
        (
            "Bestellungen bis Freitag, 11. Dezember: Pralinen und Schokolade von der "
            "Manufaktur Kakaobohne in Leipzig, Abholung am Samstag, 19. Dezember. Ab 12 €.",
            "de",
        ),
        (
            "Galettes des rois de la boulangerie Martin à Quimper : commandes jusqu'au "
            "samedi 2 janvier, retrait le mercredi 6. À partir de 18 €.",
            "fr",
        ),
        (
            "Roscones de la panadería Santa Rita en Burgos: encargos hasta el sábado 2 de "
            "enero, recogida el martes 5. Desde 14 €.",
            "es",
        ),
        (
            "Bolo-rei da pastelaria Estrela, em Braga: encomendas até sábado, 19 de "
            "dezembro, levantamento na quinta, dia 24. Desde 12 €.",
            "pt",
        ),
        (
            "Panettone della pasticceria Dolce Vita a Cremona: ordini entro venerdì 18 "
            "dicembre, ritiro mercoledì 23. Da 28 €.",
            "it",
        ),
    ],
)
def test_food_ordered_by_a_day_is_food(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "food", post.intent_scores


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Packing orders all night 📦 the whole team in the studio till 2am. Order by "
            "Fri 18 Dec for Christmas delivery.",
            "en",
        ),
        (
            "Bestellungen verpacken bis spät in die Nacht 📦 das ganze Team in der "
            "Werkstatt, damit alles vor Weihnachten ankommt.",
            "de",
        ),
    ],
)
def test_orders_packed_are_behind_the_scenes(content: str, language: str) -> None:
    assert read_post(content, language).intent == "behind_the_scenes"


def test_a_market_with_pre_orders_stays_an_event() -> None:
    post = read_post(
        "Christmas market at the Corn Exchange this Saturday from 10am 🎄 stalls, mulled "
        "wine and carols. Pre-orders for wreaths close Fri.",
        "en",
    )
    assert post.intent == "event"
