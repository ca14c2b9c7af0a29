"""A dog's breed is a pet, and the speakers' own adopted pet is the post: "Pipirrana,
nuestra galga adoptada, cumple hoy un año en casa en Jaén." got everyday ("¿Qué te ha
hecho sonreír hoy?"). Breeds (galgo/galga, podenco/podenca, mastín, levriera, lurcher) are
pet cues in each language, and "our adopted <pet>" reads as pets whatever word the pet's
name is ("Pipoca", popcorn) or the day it counts.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("es", "Canela, nuestra podenca adoptada, cumple hoy dos años en casa en Toledo."),
        ("es", "Rayo, nuestro mastín adoptado, hoy hace un año que llegó a casa, en León."),
        ("pt", "Pipoca, nossa galga adotada, faz hoje um ano em casa em Évora."),
        ("it", "Nebbia, la nostra levriera adottata, oggi compie un anno a casa con noi."),
        ("en", "Bramble, our lurcher, has been home with us a year today."),
    ],
)
def test_a_breed_is_a_pet(language: str, content: str) -> None:
    assert read_post(content, language).intent == "pets"
