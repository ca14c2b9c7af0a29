"""A pet's name a lower-case brief gives before its apposition ("adopté luna, une chatte
tigrée", "say hi to pemberton, a 9 year old lurcher", "vi presentiamo briciola, una
gattina") is written with its capital, also where the caption splits the apposition into
a sentence of its own; a pet's kind before the same apposition stays ("we picked up the
kitten, a tiny tabby")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

NAMED = [
    ("fr", "on a adopté praline, une chatte tigrée de 4 ans, au refuge de lannion", "Praline"),
    ("en", "say hi to pemberton, a 9 year old lurcher who needs a quiet sofa", "Pemberton"),
    ("it", "vi presentiamo zuccherina, una gattina di 2 mesi trovata in cantina", "Zuccherina"),
    ("pt", "essa é a jabuticaba, uma gatinha de rua que adotamos em maio", "Jabuticaba"),
]


@pytest.mark.parametrize(("language", "content", "name"), NAMED)
def test_the_name_before_its_apposition(language: str, content: str, name: str) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert name in text, text
        assert name.lower() not in text, text


def test_a_kind_before_the_apposition_stays() -> None:
    content = "we picked up the kitten, a tiny tabby, from the shelter on friday"
    for variant in captions_for(content, language="en"):
        assert "the kitten" in text_of(variant), variant.caption
