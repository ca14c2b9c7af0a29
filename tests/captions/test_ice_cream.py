"""An ice-cream shop's new flavour is food: "Gelateria … da oggi c'è il gusto fico e
mandorla! 2,50 € il cono" was read as an everyday moment ('oggi') and asked "Cosa vi ha
fatto sorridere oggi?": the shop's name is not read for the intent, and no word of the
rest (a flavour, a cone, a scoop) was a food word. Invented posts, six languages."""

from __future__ import annotations

import pytest

from captions import read_post

POSTS = [
    (
        "it",
        "Gelateria La Lontra a Pesaro: da oggi il nuovo gusto pistacchio e limone, 3 € il cono.",
    ),
    ("pt", "Sorveteria Tucano em Maringá: sabor novo de açaí com banana, R$ 12 a casquinha."),
    ("de", "Eisdiele Möwe in Husum: neue Sorte Sanddorn-Joghurt, die Kugel für 1,80 €."),
    ("fr", "Glacier Le Phoque à Vannes : nouveau parfum caramel beurre salé, 3 € le cornet."),
    ("es", "Heladería El Tatú en Salta: sabor nuevo de dulce de cayote, el cucurucho a $3.500."),
    ("en", "Otter's Scoop Shop in Whitby: new flavour today, honeycomb and sea salt, £3 a scoop."),
]


@pytest.mark.parametrize(("language", "content"), POSTS)
def test_a_new_flavour_is_food_or_a_launch(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent in ("food", "product_launch"), post.intent_scores
