"""A sentence's subject and its verb are no name (blind round 19, it-06).

"I ragazzi tornano in pista." opens a post whose subject reads as the phrase "ragazzi
tornano": a noun and a verb in the present ("tornano" of "tornare"), never a name, so
never a tag (#RagazziTornano). A phrase with no such verb keeps its tag.
"""

from __future__ import annotations

import pytest

from captions._verbs import plural_present
from tests.captions.helpers import post_tags

SENTENCES = [
    (
        "it",
        "I ragazzi tornano in pista. Allenamento di atletica sabato alle 9 al campo "
        "comunale di Lucca. Gratis.",
        "#ragazzitornano",
    ),
    (
        "es",
        "Los niños cantan en la plaza. Coro infantil el sábado a las 11 en Teruel, gratis.",
        "#niñoscantan",
    ),
    (
        "pt",
        "As crianças cantam na praça. Coro infantil sábado às 11 em Tavira, grátis.",
        "#criançascantam",
    ),
]


@pytest.mark.parametrize(("language", "post", "wrong"), SENTENCES)
def test_a_noun_and_its_verb_give_no_tag(language: str, post: str, wrong: str) -> None:
    assert wrong not in post_tags(post, language, 5, lower=True)


@pytest.mark.parametrize(
    ("language", "post", "kept"),
    [
        ("it", "Il Caffè Centrale riapre lunedì in via Roma a Lucca, dalle 7.", "#caffècentrale"),
        ("es", "Bodega Los Olivos abre su tienda nueva en Teruel el sábado.", "#bodegalosolivos"),
    ],
)
def test_a_name_keeps_its_tag(language: str, post: str, kept: str) -> None:
    assert kept in post_tags(post, language, 5, lower=True)


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("tornano", "it"),
        ("ripartono", "it"),
        ("conoscono", "it"),
        ("finiscono", "it"),
        ("cantan", "es"),
        ("corren", "es"),
        ("cantam", "pt"),
        ("correm", "pt"),
    ],
)
def test_plural_present_forms(word: str, language: str) -> None:
    assert plural_present(word, language)


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("mano", "it"),
        ("piano", "it"),
        ("veterano", "it"),
        ("telefono", "it"),
        ("suono", "it"),
        ("Milano", "it"),
        ("plan", "es"),
        ("examen", "es"),
        ("orden", "es"),
        ("viagem", "pt"),
        ("homem", "pt"),
        ("tornano", "en"),
    ],
)
def test_nouns_are_no_plural_present(word: str, language: str) -> None:
    assert not plural_present(word, language)
