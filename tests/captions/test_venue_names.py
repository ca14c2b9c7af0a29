"""A business's name says what the business is, never what the post is for: the words
of "Hearth & Hob", "Salon Jardin" or "Casa Giardino" do not vote for a home post in their
common sense (a trade word, "Osteria", "Pet Shop", still may); and a dish served at a
venue is food, in every language. Invented posts."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

DISHES = [
    ("en", "Our winter stew at Hearth & Hob: slow-cooked beef and root vegetables."),
    ("en", "Braised lamb tonight at Home & Garden, with mash and gravy."),
    ("es", "Nuestro guiso de invierno vuelve a Casa Jardín: estofado de ternera y verduras."),
    ("de", "Unser Wintereintopf ist zurück im Wohnzimmer & Garten: Rindfleisch und Wurzelgemüse."),
    ("fr", "Notre ragoût d'hiver revient au Salon Jardin : bœuf mijoté et légumes racines."),
    ("it", "Il nostro stufato d'inverno torna da Casa Giardino: manzo e verdure."),
    ("pt", "O nosso guisado de inverno voltou à Casa Jardim: carne de vaca e legumes."),
]
HOME_TAGS = {
    "#homedecor",
    "#interiors",
    "#deko",
    "#déco",
    "#decoración",
    "#arredamento",
    "#decoração",
    "#cosyhome",
    "#home",
}


@pytest.mark.parametrize(("language", "content"), DISHES)
def test_a_dish_at_a_venue_with_a_home_word_in_its_name_is_food(
    language: str, content: str
) -> None:
    assert read_post(content, language).intent == "food", content
    variants = captions_for(content, language=language)
    assert not tags_of(variants) & HOME_TAGS, tags_of(variants)
    for variant in variants:
        assert "🏡" not in text_of(variant), text_of(variant)


@pytest.mark.parametrize("content", ["Find us at Hearth & Candle.", "Tonight at Garden & Sofa."])
def test_a_name_alone_votes_for_no_home_post(content: str) -> None:
    post = read_post(content, "en")
    assert post.intent != "home", post.intent_scores
