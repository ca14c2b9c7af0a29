"""A thing made by hand is searched as handmade in every language, whatever the verb
("hand-stitched", "fabriqué à la main", "cosida a mano", "cucita a mano", "handgenäht");
a tip is filed under what it is about: bread and sourdough under baking, herbs under
cooking, a balcony's vegetables under gardening (#garten)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wanted"),
    [
        (
            "New in: the Marsh belt, hand-stitched from bridle leather in our Totnes studio.",
            "en",
            "#handmade",
        ),
        (
            "Voici notre nouvelle bougie Figue Noire, fabriquée à la main à Uzès.",
            "fr",
            "#faitmain",
        ),
        (
            "Os presentamos nuestra nueva cartera de piel, cosida a mano en Ubrique.",
            "es",
            "#hechoamano",
        ),
        (
            "Ecco il nostro nuovo grembiule in lino, cucito a mano nel nostro laboratorio.",
            "it",
            "#fattoamano",
        ),
        (
            "Apresentamos a nossa nova carteira de couro, costurada à mão em Guimarães.",
            "pt",
            "#feitoamão",
        ),
        (
            "Neu im Shop: unsere Schürze Ahorn, handgenäht in Bamberg.",
            "de",
            "#handgemacht",
        ),
    ],
)
def test_a_thing_made_by_hand_is_tagged_handmade(content: str, language: str, wanted: str) -> None:
    tags = [t.lower() for t in post_tags(content, language, 5)]
    assert wanted in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "wanted"),
    [
        (
            "Four tips for a crustier sourdough loaf: a hot Dutch oven, steam, patience.",
            "en",
            "#baking",
        ),
        (
            "Two tips for bread that stays fresh: wrap it in linen, never in the fridge.",
            "en",
            "#baking",
        ),
        (
            "Quattro consigli per coltivare il rosmarino in vaso sul balcone.",
            "it",
            "#orto",
        ),
        (
            "Tre consigli per conservare la salvia e le erbe aromatiche in cucina.",
            "it",
            "#cucina",
        ),
        (
            "Vier Tipps für Paprika auf dem Balkon: warm stellen, wenig düngen, früh ernten.",
            "de",
            "#garten",
        ),
    ],
)
def test_a_tip_is_filed_under_what_it_is_about(content: str, language: str, wanted: str) -> None:
    tags = [t.lower() for t in post_tags(content, language, 5)]
    assert wanted in tags, tags


def test_a_handwritten_card_is_no_handmade_product() -> None:
    tags = [t.lower() for t in post_tags("Merci pour vos mots écrits à la main !", "fr", 5)]
    assert "#faitmain" not in tags, tags
