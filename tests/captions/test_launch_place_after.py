"""A launch is about its product even when the post names where it is sold.

Seen: "new at the copper kettle café on mill street: spiced pear cake 🍐 £3.80 a slice"
was about "a slice" (the colon that presents the cake came after more than four words,
so the cake was never read); "Meet our new sourdough rye, baked every morning at our
Stroud bakery" was about "Stroud", and "Ecco il nostro nuovo panettone al pistacchio,
sfornato … nel Forno Rossi di Lucca" about the bakery, so neither tagged its product.

The rule: "new at/from/in <where>: <thing>" presents the thing after the colon, however
long the where; a business named after the product, in a later clause (where it is
baked or sold), is no subject of the launch (named before the product, it presents it
and stays: "Nuovo al Panificio Gatti: pane di segale").
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language", "thing"),
    [
        ("new at the copper kettle café on mill street: spiced pear cake 🍐 £3.80 a slice, "
         "only this weekend", "en", "pear cake"),
        ("new in at our little shop by the harbour wall: hand-thrown oat mugs, £18 each.",
         "en", "mugs"),
        ("Meet our new sourdough rye, baked every morning at our Stroud bakery. £4.50 a loaf.",
         "en", "sourdough rye"),
        ("Ecco il nostro nuovo panettone al pistacchio, sfornato ogni mattina nel Forno "
         "Rossi di Lucca.", "it", "panettone"),
        ("Presentamos nuestra nueva tarta de queso con arándanos, horneada cada día en la "
         "Pastelería Sol de Logroño.", "es", "tarta de queso"),
    ],
)  # fmt: skip
def test_the_launch_is_about_its_product(content: str, language: str, thing: str) -> None:
    subject = read_post(content, language).subject.text
    assert thing in subject, subject
