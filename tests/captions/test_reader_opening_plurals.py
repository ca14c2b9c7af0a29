"""Reader round: a sentence-opening noun before "a" is no name outside French. "Peças a
partir de R$ 129,90" took "Peças" as the post's subject and tagged #Peças; "Entregas a
partir de segunda-feira" and "Piezas a mano" did the same. French "Minouche a 3 ans"
says who has something ("a" is its verb); in Portuguese, Spanish and Italian "a" is a
preposition or an article, which says nothing of the word before it."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "word"),
    [
        ("Toalhas de linho bordadas 🌿 Entregas a partir de segunda-feira.", "pt", "Entregas"),
        ("Loja nova em Viseu! Preços a partir de 5€, venham conhecer.", "pt", "Preços"),
        ("Nueva colección de cerámica 🏺 Piezas a mano, únicas, desde 18€.", "es", "Piezas"),
        ("Nuovi cesti natalizi 🎁 Consegne a domicilio in tutta Bologna.", "it", "Consegne"),
    ],
)  # fmt: skip
def test_a_noun_before_a_preposition_a_is_no_name(content: str, language: str, word: str) -> None:
    post = read_post(content, language)
    assert word not in [n.text for n in post.names], post.names
    assert post.subject.text != word
    assert f"#{word.lower()}" not in post_tags(content, language, 8, lower=True)


def test_a_french_name_before_its_verb_a_stays_a_name() -> None:
    post = read_post("Minouche a 3 ans aujourd'hui ! Joyeux anniversaire, ma belle.", "fr")
    assert "Minouche" in [n.text for n in post.names]
