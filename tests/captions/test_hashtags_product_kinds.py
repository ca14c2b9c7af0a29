"""Issue 12's hashtag sets: the kind of thing a post is about is a category tag when
people search by it (a wallet, berets, an air conditioner, a beard), in every language
through its curated terms; a business that counts its years is tagged as an anniversary
in English too; and a French food post claims "fait maison" only when the post does."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

_KINDS = [
    (
        "en",
        "Our new wallet is here: vegetable-tanned leather, hand-stitched in Falmouth, "
        "six card slots.",
        "#wallet",
    ),
    ("en", "New in: wool berets in five colours, knitted in Hawick.", "#berets"),
    (
        "en",
        "Two tips for your air conditioner before the heatwave: rinse the filter and "
        "keep the vents clear.",
        "#aircon",
    ),
    ("es", "Nuevas boinas de paño en la Sombrerería Ulloa, hechas en Azpeitia.", "#boinas"),
    (
        "pt",
        "Chegou a nova carteira Ribeira: pele de vaca curtida, seis cartões, feita em Braga.",
        "#carteira",
    ),
    (
        "pt",
        "Dicas para gastar menos com o ar condicionado: limpe os filtros todos os meses.",
        "#arcondicionado",
    ),
    (
        "it",
        "Tre consigli per una barba morbida: olio ogni sera, pettine di legno e acqua tiepida.",
        "#barba",
    ),
    (
        "de",
        "Drei Tipps für eure Klimaanlage im Sommer: Filter reinigen, Rollos runter, "
        "nicht unter 24 Grad.",
        "#klimaanlage",
    ),
    (
        "fr",
        "Trois conseils pour votre climatisation cet été : nettoyez les filtres et "
        "fermez les volets.",
        "#climatisation",
    ),
]


@pytest.mark.parametrize(("language", "content", "tag"), _KINDS)
def test_the_kind_of_thing_is_a_tag(language: str, content: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)


def test_an_english_business_that_counts_its_years_has_an_anniversary() -> None:
    content = (
        "Quillfeather Stationers is 15 years old today! Thank you to every customer in Hexham."
    )
    tags = post_tags(content, "en", 5, lower=True)
    assert "#anniversary" in tags
    assert "#birthday" not in tags


def test_a_grandfathers_years_are_his_birthday_not_an_anniversary() -> None:
    content = "Grandpa Walt is 90 years old today! Happy birthday from all of us."
    tags = post_tags(content, "en", 5, lower=True)
    assert "#birthday" in tags
    assert "#anniversary" not in tags


def test_a_friterie_menu_claims_no_homemade() -> None:
    content = (
        "Nouvelle carte à la Friterie du Beffroi à Arras : frites, mitraillettes et sauce samouraï."
    )
    assert "#faitmaison" not in post_tags(content, "fr", 5, lower=True)


def test_a_menu_that_says_fait_maison_is_tagged_so() -> None:
    content = (
        "Nouvelle carte à la Friterie du Beffroi à Arras : frites fait maison, "
        "mitraillettes et sauce samouraï."
    )
    assert "#faitmaison" in post_tags(content, "fr", 5, lower=True)
