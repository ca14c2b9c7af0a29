"""A sentence whose commas part a name, its address and what it does is no list of like
things: never cut into bullets (blind round 19, fr-05: "La pâtisserie …, avenue … à Sfax,
cherche un·e pâtissier·e pour les baklawas, makrouds et …" came out as five bullets,
"• Avenue … à Sfax • Cherche un·e pâtissier·e pour les baklawas • Makrouds …")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for

HIRING = [
    (
        "fr",
        "on embauche 🥖 la boulangerie le moulin vert, rue des tanneurs à colmar, cherche "
        "un·e boulanger·e pour les baguettes, croissants et le pain de seigle. 5 h-12 h, du "
        "mardi au samedi, 1 900 euros par mois. début lundi 4 mars. cv à "
        "moulinvert@mail.example",
        "cherche un·e boulanger·e pour les baguettes, croissants et le pain de seigle",
    ),
    (
        "es",
        "buscamos personal 🍞 la panadería el trigal, calle mayor de tudela, busca un "
        "panadero para las barras, magdalenas y el pan de centeno. de 5 a 12 h, de martes a "
        "sábado, 1.300 euros al mes. empieza el lunes 4 de marzo. cv a eltrigal@mail.example",
        "busca un panadero para las barras, magdalenas y el pan de centeno",
    ),
]


@pytest.mark.parametrize(("language", "content", "kept"), HIRING)
def test_a_name_its_address_and_its_verb_are_no_list(
    language: str, content: str, kept: str
) -> None:
    for variant in captions_for(content, language=language, tone="professional", length="long"):
        assert "•" not in variant.caption, variant.caption
        assert kept in variant.caption, variant.caption


def test_a_list_of_like_things_is_still_bulleted() -> None:
    content = (
        "on recrute 🥐 la boulangerie du port, rue du quai à vannes, cherche un·e vendeur·se "
        "pour la boutique. baguettes, croissants, pains au chocolat et chaussons. 6 h-13 h, "
        "du lundi au samedi. cv à port@mail.example"
    )
    captions = captions_for(content, language="fr", tone="professional", length="long")
    print(captions[2].caption)
    assert "•" in captions[2].caption
