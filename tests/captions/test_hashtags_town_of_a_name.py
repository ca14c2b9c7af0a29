"""A venue's name that ends with the town it is in ("Taberna El Candil de Sevilla",
"Circolo Arci di Pisa", "Associação Patinhas de Coimbra") says where the post is: the
town is tagged, and the venue's tag is its name without the town. A name that is only a
trade word and a town ("Café de Paris", "Le Fournil de Lyon") is a brand's, whose town
is no place of the post."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "town", "venue"),
    [
        (
            "Concierto de boleros el jueves en la Bodega Los Arcos de Cáceres.",
            "es",
            "#cáceres",
            "#bodegalosarcos",
        ),
        (
            "Mostra di acquerelli al Circolo Velico Sant'Anna di Trapani fino a domenica.",
            "it",
            "#trapani",
            None,
        ),
        (
            "Adote a Pipoca! Fale com a Associação Quatro Patas de Aveiro.",
            "pt",
            "#aveiro",
            None,
        ),
        (
            "Lecture de contes samedi à la Librairie Les Mots Bleus de Nancy.",
            "fr",
            "#nancy",
            None,
        ),
        (
            "Gracias a todos los que vinieron al mercadillo de Navidad de Logroño.",
            "es",
            "#logroño",
            None,
        ),
    ],
)
def test_the_town_closing_a_name_is_tagged(
    content: str, language: str, town: str, venue: str | None
) -> None:
    tags = [t.lower() for t in post_tags(content, language, 5)]
    assert town in tags, tags
    if venue is not None:
        assert venue in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "town"),
    [
        ("Nuovo menù d'autunno al Caffè di Torino, da lunedì.", "it", "#torino"),
        ("Brunch du dimanche au Café de Paris, réservez vite !", "fr", "#paris"),
    ],
)
def test_a_brand_named_after_a_town_gives_no_place(content: str, language: str, town: str) -> None:
    tags = [t.lower() for t in post_tags(content, language, 5)]
    assert town not in tags, tags
