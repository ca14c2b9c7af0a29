"""A word inside a dish's name is not meant in its everyday sense: "tapioca de carne de
sol … hoje" got ☀️ and #sol and was read as an everyday post ("Conte a sua pequena alegria
do dia"), though carne de sol is a salted dried beef. A dish the lexicon or the taxonomy
knows ("carne de sol", "sol y sombra", "lingue di gatto", "hot dogs", "Kalter Hund"), or
"<food> de/di <word>", claims its words: they give no emoji, no tag and no cue of another
intent; the dish is the food cue.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from captions._emoji import post_emoji
from tests.captions.helpers import captions_for, tags_of

# (language, post, emoji and tags its dish's words must not give)
POSTS = [
    ("pt", "baião de dois com carne de sol, almoço de hoje em natal", {"☀️", "#sol"}),
    ("pt", "cuscuz com carne de sol e manteiga de garrafa hoje em caruaru", {"☀️", "#sol"}),
    ("es", "un sol y sombra en la terraza del bar de siempre, hoy", {"☀️", "#sol"}),
    ("it", "lingue di gatto fatte in casa per la merenda di oggi", {"🐱", "#gatti", "#gatto"}),
    ("en", "hot dogs and fries on the porch for dinner tonight", {"🐶", "#dogsofinstagram"}),
    ("de", "Kalter Hund zum Kaffee bei Oma", {"🐶", "#hundeliebe", "#hunde"}),
]


@pytest.mark.parametrize(("language", "content", "banned"), POSTS)
def test_a_dish_claims_its_words(language: str, content: str, banned: set[str]) -> None:
    post = read_post(content, language)
    variants = captions_for(content, language=language)
    shown = set(post_emoji(post)) | tags_of(variants)
    shown |= {c for v in variants for c in banned if re.search(rf"{re.escape(c)}(?!\w)", v.caption)}
    assert not banned & shown, (post.intent, post_emoji(post), tags_of(variants))


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("pt", "baião de dois com carne de sol, almoço de hoje em natal"),
        ("es", "un sol y sombra en la terraza del bar de siempre, hoy"),
        ("it", "lingue di gatto fatte in casa per la merenda di oggi"),
        ("en", "hot dogs and fries on the porch for dinner tonight"),
    ],
)
def test_the_dish_is_the_food_cue(language: str, content: str) -> None:
    assert read_post(content, language).intent == "food"


def test_a_word_beside_the_dish_keeps_its_sense() -> None:
    # "tortilla de patatas y un poco de sol": the sun after the dish is the sun
    post = read_post("tortilla de patatas en la playa y un poco de sol", "es")
    assert "sol" in post.cues
