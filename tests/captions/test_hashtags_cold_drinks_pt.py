"""A cold drink is no ice cream: "Sextou 🍻 chopp gelado, petisco e os amigos de sempre"
was tagged #gelado, the Portuguese word for ice cream, where it says the beer is cold.
Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    "content",
    [
        "Sextou 🍻 chopp gelado, petisco e os amigos de sempre. Melhor parte da semana.",
        "Calor de 35 graus e uma cerveja bem gelada na esplanada. Ninguém me tira daqui.",
    ],
)
def test_a_cold_drink_is_no_ice_cream(content: str) -> None:
    tags = post_tags(content, "pt", 6, lower=True)
    assert "#gelado" not in tags, tags
    assert "#gelada" not in tags, tags


def test_ice_cream_is_still_ice_cream() -> None:
    tags = post_tags(
        "Novo sabor de gelado: pistácio e framboesa, só este verão.", "pt", 6, lower=True
    )
    assert any("gelado" in t for t in tags), tags
