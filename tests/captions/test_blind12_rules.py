"""Blind round 12's embarrassing classes as general rules, on invented posts:

- a word read alone in another sense: "salle de bain" (a bathroom) read as the gym's
  "salle" (#musculation #fitness), "nuit en refuge" (a mountain hut) read as an animal
  shelter (🐾, adoption asks); the gym and the shelter are said whole ("à la salle",
  "refuge pour animaux"), and a night in a mountain hut is a trip, in fr, it and es;
- the one-word name of an everyday story's character ("Tortellino ha rubato un
  calzino") is a pet's or a person's, not a tag (#Tortellino files it under pasta); a
  country the post names stays a tag.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "la salle de bain est finie : carrelage vert d'eau et vieux lavabo chiné"),
        ("fr", "nouvelle salle à manger, table de ferme et six chaises dépareillées"),
    ],
)
def test_a_room_called_salle_is_no_gym(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent != "fitness", post.intent_scores
    assert not {"#fitness", "#musculation"} & set(post_tags(content, language, 5))


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "nuit en refuge au pied de la Meije, ciel immense"),
        ("it", "notte in rifugio sotto il Monviso, cielo pieno di stelle"),
        ("es", "noche en el refugio de montaña bajo el Aneto, cielo enorme"),
    ],
)
def test_a_mountain_hut_is_no_animal_shelter(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent == "travel", post.intent_scores
    assert "adoption" not in post.flags


def test_an_animal_shelter_is_still_one() -> None:
    post = read_post(
        "Le refuge pour animaux de Tulle cherche une famille pour Biscotte, 3 ans", "fr"
    )
    assert post.intent == "pets"
    assert "adoption" in post.flags


@pytest.mark.parametrize(
    ("language", "content", "name"),
    [
        ("it", "Raviolo ha preso una ciabatta e non la restituisce più", "#Raviolo"),
        ("en", "Pickle stole a sock again and will not give it back", "#Pickle"),
    ],
)
def test_an_everyday_characters_name_is_no_tag(language: str, content: str, name: str) -> None:
    assert name not in post_tags(content, language, 5)
