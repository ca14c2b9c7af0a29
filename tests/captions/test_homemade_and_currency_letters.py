"""French "maison" after a dish is homemade, and a currency's letters after a figure
are no name: "notre harira maison … Le bol 25 DH" was read as a home post whose subject
was "DH" ("Montrez votre coin préféré", #DH #déco #bols)."""

from __future__ import annotations

from captions import read_post
from tests.captions.helpers import captions_for

POST = (
    "Cet hiver à la Cantine Atlas, à Fès : notre bissara maison, fèves, cumin et huile "
    "d'olive, servie avec du pain khobz 🍲 Le bol 20 DH, la formule avec thé à la menthe "
    "35 DH. Tous les midis de 12 h à 15 h, jusqu'au samedi 27 février."
)


def test_a_homemade_dish_is_food_and_its_currency_no_name() -> None:
    post = read_post(POST, "fr")
    assert post.intent == "food"
    assert post.subject.text != "DH"
    assert "DH" not in [n.text for n in post.names]
    for variant in captions_for(POST, language="fr"):
        tags = [t.lower() for t in variant.hashtags]
        assert "#dh" not in tags, tags
        assert "#déco" not in tags, tags


def test_a_home_is_still_a_home() -> None:
    content = "Notre maison est enfin rénovée : cuisine ouverte, parquet ciré et une véranda."
    assert read_post(content, "fr").intent == "home"
