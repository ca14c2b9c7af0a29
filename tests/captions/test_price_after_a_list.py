"""A price after a list is no item of it: "Three colours: bracken, heather, flint. £135."
was retold "Three colours: bracken, heather, flint, £135.", the price read as a fourth
colour. A lone price joins the sentence before it with a comma only where that sentence
lists nothing ("Hand-thrown mugs in three glazes, £28.").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("language", "content", "listed", "price"),
    [
        (
            "en",
            "Three colours: bracken, heather, flint. £135. Pre-orders open now.",
            "flint",
            "£135",
        ),
        (
            "es",
            "Tres sabores: limón, fresa y pistacho, mango. 4,50 €. Solo este finde.",
            "mango",
            "4,50 €",
        ),
        ("fr", "Trois tailles : S, M, L. 39 €. En boutique dès samedi.", "L", "39 €"),
    ],
)
def test_a_price_after_a_list_is_its_own_sentence(
    language: str, content: str, listed: str, price: str
) -> None:
    sentences = read_post(content, language).sentences
    assert not any(f"{listed}, {price}" in s for s in sentences), sentences
    assert any(price in s for s in sentences), sentences


def test_a_price_after_a_plain_sentence_still_joins_it() -> None:
    sentences = read_post("Hand-thrown mugs in three glazes. £28. Only 12 made.", "en").sentences
    assert "Hand-thrown mugs in three glazes, £28." in sentences, sentences
