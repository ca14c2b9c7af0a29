"""Orders taken by phone are no orders being packed: "da oggi in rosticceria … arancino
al ragù 2,50 € … ordini al 095 …" was read as behind the scenes and tagged
#dietrolequinte (blind round 13); a rosticceria and its arancini are food. Packing the
orders is still behind the scenes.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("language", "content"),
    [
        (
            "it",
            "da oggi in rosticceria il barbagianni 😋 arancino al burro 2,50 €, cartocciata "
            "2 €. dalle 10 alle 14, via roma. ordini al 095 555 1111",
        ),
        ("es", "hoy en la cocina de doña rosa: tamales $30, atole $20. pedidos al 246 555 0192"),
        ("fr", "ce midi au bistrot : blanquette 15 €, tarte tatin 6 €. commandes au 04 55 12 34"),
    ],
)
def test_orders_by_phone_leave_a_menu_a_food_post(language: str, content: str) -> None:
    assert read_post(content, language).intent == "food"


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("it", "oggi in laboratorio stiamo preparando gli ordini di natale, 300 panettoni"),
        ("fr", "on prépare vos commandes de Noël : 200 boîtes de chocolats à emballer"),
    ],
)
def test_packing_orders_stays_behind_the_scenes(language: str, content: str) -> None:
    assert read_post(content, language).intent == "behind_the_scenes"
