"""A product's name typed in lower case at a launch: right before the product's kind
after "launching the", "the new" ("launching the wekiu lantern" is "the Wekiu lantern"),
and in Romance right after the kind after "lanzamos", "lançamos", "lanciamo", "voici"
("lanzamos la mochila Quelva"), where the word is one the vocabulary lacks. A dish's
word, a material, a colour and an adjective stay as typed ("the yuzu tart", "the boucle
chair", "la mochila reciclada")."""

from __future__ import annotations

import pytest

from captions._names_en import english_names
from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Launching the wekiu lantern this Saturday.", "the Wekiu lantern"),
        ("The new brolt speaker is here.", "The new Brolt speaker"),
        ("Introducing our quorra backpack, 30 litres.", "our Quorra backpack"),
    ],
)  # fmt: skip
def test_an_english_product_name_at_a_launch_is_written_with_its_capital(
    typed: str, written: str
) -> None:
    assert written in english_names(typed, typed.lower())


def test_a_dish_a_material_or_a_colour_at_a_launch_stays_as_typed() -> None:
    for typed in (
        "Introducing the yuzu tart.",
        "Launching the boucle chair and the new ecru tote.",
        "The new sourdough loaf is here.",
    ):
        assert english_names(typed, typed.lower()) == typed


@pytest.mark.parametrize(
    ("typed", "language", "written"),
    [
        ("Lanzamos la mochila quelva, hecha con lona.", "es", "mochila Quelva,"),
        ("Lanciamo la borraccia zefiro, in acciaio.", "it", "borraccia Zefiro,"),
        ("Apresentamos o caderno tordilho, capa de cortiça.", "pt", "caderno Tordilho,"),
        ("Voici la lampe korrigan, en laiton.", "fr", "lampe Korrigan,"),
    ],
)  # fmt: skip
def test_a_romance_product_name_at_a_launch_is_written_with_its_capital(
    typed: str, language: str, written: str
) -> None:
    assert written in proper_capitals(typed, language)


def test_a_romance_describing_word_at_a_launch_stays_as_typed() -> None:
    for typed, language in (
        ("Lanzamos la mochila reciclada. Lanzamos la tarta matcha.", "es"),
        ("Ecco la nuova torta pistacchiosa.", "it"),
    ):
        assert proper_capitals(typed, language) == typed


def test_a_launch_post_names_its_product() -> None:
    content = "launching the wekiu lantern this friday, 40 made. order at the studio"
    for variant in captions_for(content, language="en"):
        assert "Wekiu lantern" in text_of(variant), text_of(variant)
