"""The obvious words a post is searched by, on invented posts:

- a new collection's garments ("blusas", "guanti", "chemisiers") and how they are made
  ("tejidas a mano", "cuciti a mano", "cousus main", "feitas à mão") are tagged
  (#blusas, #hechoamano), not only #nuevacolección;
- a model's name in quotes right after its kind ("i guanti «Toledo»", "le borse
  «Posillipo»") is no tag and no place, whatever town it borrows: the kind leads.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content", "wanted"),
    [
        (
            "es",
            "nueva colección de blusas bordadas, hechas a mano en Carapeguá",
            {"#blusas", "#hechoamano"},
        ),
        ("es", "nueva colección de camisas de lino, tejidas a mano", {"#camisas", "#hechoamano"}),
        ("it", "nuova collezione di guanti in pelle, cuciti a mano", {"#guanti", "#fattoamano"}),
        (
            "fr",
            "nouvelle collection de chemisiers en lin, cousus main",
            {"#chemisiers", "#faitmain"},
        ),
        ("pt", "nova coleção de blusas de linho, feitas à mão", {"#blusas", "#feitoamão"}),
    ],
)
def test_a_collection_is_tagged_with_its_things(
    language: str, content: str, wanted: set[str]
) -> None:
    tags = post_tags(content, language, 6, lower=True)
    assert wanted <= set(tags), tags


@pytest.mark.parametrize(
    ("language", "content", "model", "kind"),
    [
        (
            "it",
            "nuovi guanti «Toledo» della Guanteria Esposito, cuciti a mano",
            "#toledo",
            "#guanti",
        ),
        (
            "it",
            "nuove borse «Posillipo» della Pelletteria Rinaldi, cucite a mano",
            "#posillipo",
            "#borse",
        ),
    ],
)
def test_a_quoted_model_name_is_no_tag(language: str, content: str, model: str, kind: str) -> None:
    tags = post_tags(content, language, 6, lower=True)
    assert model not in tags
    assert tags[0] == kind
