"""Hashtags people search, as general rules on invented posts:

- the unit a price is given in ("$3 a bag", "2 € el kilo", "1 € le sac") is how a thing
  is sold, never the thing: no #bags on a jumble sale's price;
- a first name the post thanks in a list ("merci à l'équipe et à Martine", "gracias al
  equipo y a Lucía") is a person, never a tag;
- a Romance shop named after its dish ("Cevichería", "Arepería", "Crêperie") is tagged
  with the dish, as a "Pizzería" is with #pizza; a "Lavandería" names no lavender.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content", "unit"),
    [
        ("en", "fresh apples $3 a bag, pears too", "#bags"),
        ("en", "Jumble sale Sunday, £2 a bag for all toys and books", "#bags"),
        ("fr", "vide-grenier : 1 € le sac de livres, jouets et vêtements", "#sacs"),
    ],
)
def test_a_price_unit_is_no_product(language: str, content: str, unit: str) -> None:
    assert unit not in post_tags(content, language, 6)


@pytest.mark.parametrize(
    ("language", "content", "kept"),
    [
        ("en", "new tote bag drop: $20 a bag, five colours", "#totebag"),
        ("en", "Jumble sale Sunday, £2 a bag for all toys and books", "#toys"),
    ],
)
def test_the_product_priced_stays(language: str, content: str, kept: str) -> None:
    assert kept in post_tags(content, language, 6)


@pytest.mark.parametrize(
    ("language", "content", "name"),
    [
        ("fr", "Merci à toute l'équipe et à Martine, en salle depuis l'ouverture", "#Martine"),
        ("es", "gracias a todo el equipo y a Lucía, en cocina desde el primer día", "#Lucía"),
        ("en", "Thanks to the whole crew and to Priya, on the pass since day one", "#Priya"),
    ],
)
def test_a_first_name_thanked_in_a_list_is_no_tag(language: str, content: str, name: str) -> None:
    assert name not in post_tags(content, language, 6)


@pytest.mark.parametrize(
    ("language", "content", "dish"),
    [
        ("es", "Cevichería El Muelle abre sus puertas el viernes en Miraflores", "#ceviche"),
        ("es", "Empanadería La Esquina abre el lunes en Salta", "#empanadas"),
        ("fr", "Crêperie Ty Breizh ouvre samedi à Vannes", "#crêpes"),
    ],
)
def test_a_shop_named_after_its_dish_is_tagged_with_it(
    language: str, content: str, dish: str
) -> None:
    assert dish in post_tags(content, language, 6, lower=True)


def test_a_laundrette_names_no_lavender() -> None:
    tags = post_tags("Lavandería Burbuja abre el lunes en Sevilla", "es", 6, lower=True)
    assert not {"#lavanda", "#lavandería"} & set(tags)
