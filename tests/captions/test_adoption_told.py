"""An adoption appeal asks someone to adopt; a pet the writer adopted long ago is a pet's
story, and a thing a pet has "adopted" is furniture: neither gets an appeal's tags, the
adoption flag or (the furniture) a pet post. A pet's name set beside its animal ("Meet
Pickle, the tabby") is never a tag, whatever else the word means."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags

_APPEAL_TAGS = {
    "#adopta",
    "#noalcompra",
    "#adoptanocompres",
    "#adoptdontshop",
    "#adoption",
    "#adopteznachetezpas",
    "#adozione",
    "#adottanoncomprare",
    "#adotenãocompre",
    "#adoptierenstattkaufen",
}


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Os presento a Churro, el perro blanco que adoptamos en la protectora Patitas "
            "de Mendoza hace dos años. Hoy cumple 5.",
            "es",
        ),
        (
            "Meet Pickle, the tabby we adopted from Harbour Paws in Hull last spring. She "
            "now rules the windowsill.",
            "en",
        ),
        (
            "Ecco Tortellino, il gatto rosso che abbiamo adottato al gattile di Bari due anni fa.",
            "it",
        ),
        (
            "Apresento-vos o Pastel, o gato que adotámos na associação Patinhas de Braga "
            "há um ano.",
            "pt",
        ),
    ],
)
def test_a_pet_adopted_long_ago_is_no_appeal(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "pets"
    assert "adoption" not in post.flags
    assert not set(post_tags(content, language, 8, lower=True)) & _APPEAL_TAGS


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("nouveau canapé en lin écru dans le séjour, la chatte l'a tout de suite adopté.", "fr"),
        (
            "New rug in the hallway from Loom & Wool in York, and the cat has already adopted it.",
            "en",
        ),
        ("Neues Sofa in Salbeigrün im Wohnzimmer, die Katze hat es sofort adoptiert.", "de"),
    ],
)
def test_a_thing_a_pet_adopted_is_furniture(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "home"
    assert "adoption" not in post.flags
    assert not set(post_tags(content, language, 8, lower=True)) & _APPEAL_TAGS


def test_a_pet_named_after_a_sweet_is_no_tag() -> None:
    content = (
        "les presento a turrón, el perro blanco de la casa. le encanta dormir al sol en el patio."
    )
    assert "#turrón" not in post_tags(content, "es", 8, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "present"),
    [
        (
            "Luna, 2 años, busca hogar. Está esterilizada y vacunada, en adopción en la "
            "protectora Huellitas de Salta.",
            "es",
            "#adopta",
        ),
        (
            "Adopt Luna! 2 years old, spayed, needs a home. Contact Harbour Paws in Hull.",
            "en",
            "#adoptdontshop",
        ),
    ],
)
def test_an_appeal_keeps_its_tags(content: str, language: str, present: str) -> None:
    assert "adoption" in read_post(content, language).flags
    assert present in post_tags(content, language, 8, lower=True)
