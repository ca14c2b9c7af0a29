"""A rescue dog of mixed breed is still a dog ("a collie cross", "mestizo", "meticcio",
"Mischling", "vira-lata"): the post gets the language's dog tags and, in English, the
breed; a hiking trip is a trip in French too; a kitchen tip about herbs is cooking."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wanted"),
    [
        (
            "Meet Biscuit, a shy collie cross who needs a patient home. Adopt from "
            "Larkfield Rescue.",
            "en",
            {"#collie"},
        ),
        (
            "Lola busca familia: una mestiza de 5 años, tranquila y cariñosa. "
            "Adopta en Patas Unidas.",
            "es",
            {"#perros"},
        ),
        (
            "Rocco cerca casa: un meticcio di 3 anni, buonissimo con tutti. "
            "Adottalo al Rifugio Stella.",
            "it",
            {"#cani"},
        ),
        (
            "Bruno sucht ein Zuhause: ein verspielter Mischling, 4 Jahre alt. "
            "Meldet euch beim Tierschutzverein Aue.",
            "de",
            {"#hundeliebe"},
        ),
        (
            "Adote o Tigrão! Um vira-lata de 2 anos, dócil e castrado. Fale com a "
            "ONG Quatro Lares.",
            "pt",
            {"#cachorro", "#viralata"},
        ),
    ],
)
def test_a_dog_of_mixed_breed_gets_the_dog_tags(
    content: str, language: str, wanted: set[str]
) -> None:
    tags = {t.lower() for t in post_tags(content, language, 5)}
    assert wanted <= tags, tags


def test_a_hiking_trip_is_a_trip_in_french() -> None:
    tags = {
        t.lower()
        for t in post_tags(
            "Quatre jours de randonnée dans le Jura : lacs, sapins et comté.", "fr", 5
        )
    }
    assert "#randonnée" in tags, tags
    assert "#voyage" in tags, tags


def test_an_herb_kept_in_the_kitchen_is_cooking() -> None:
    tags = {
        t.lower()
        for t in post_tags("Due consigli per conservare il prezzemolo fresco più a lungo.", "it", 5)
    }
    assert "#cucina" in tags, tags


def test_an_herb_is_searched_by_its_name() -> None:
    content = "Tre consigli per tenere il basilico bello verde sul davanzale."
    tags = {t.lower() for t in post_tags(content, "it", 5)}
    assert "#basilico" in tags, tags
