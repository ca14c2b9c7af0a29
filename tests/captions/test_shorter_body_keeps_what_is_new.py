"""The shorter body keeps what is new: "Big week at the bakery. We have a new sourdough
with olives and rosemary. Pop in and try a slice before it sells out!" had a variant
reading "Big week at the bakery. Pop in and try a slice before it sells out! Hungry
yet?", the new bread gone. A sentence saying what is new is the post's news, kept like
a date or a price.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

POSTS = [
    (
        "en",
        "Big week at the bakery. We have a new sourdough with olives and rosemary. Pop in "
        "and try a slice before it sells out!",
        "sourdough",
    ),
    (
        "en",
        "Busy Saturday at the shop. Our new beeswax candles are on the shelf by the till. "
        "Come and have a sniff!",
        "beeswax candles",
    ),
    (
        "es",
        "Semana movida en la tienda. Tenemos nuevas ensaimadas de crema. ¡Venid antes de "
        "que vuelen!",
        "ensaimadas",
    ),
    (
        "it",
        "Settimana piena in bottega. Abbiamo i nuovi taralli al finocchietto. Passate ad "
        "assaggiarli!",
        "taralli",
    ),
    (
        "de",
        "Volle Woche in der Backstube. Neu bei uns: Dinkelbrötchen mit Kürbiskernen. Kommt "
        "vorbei und probiert!",
        "Dinkelbrötchen",
    ),
]


@pytest.mark.parametrize(("language", "content", "new"), POSTS)
def test_every_variant_says_what_is_new(language: str, content: str, new: str) -> None:
    for variant in captions_for(content, language=language):
        assert new in text_of(variant), variant.caption
