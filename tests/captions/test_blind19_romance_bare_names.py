"""A Spanish or Portuguese business named by a noun right after its kind, and a kind of
a neighbouring language with that language's article.

Seen (blind rounds 14, 15, 16, lower-case briefs): "fundador de zapatería borrego, a los
84 años" and "bastidores da cervejaria urubu, ribeirão preto" kept "borrego" and
"urubu" in lower case (both are words the language knows: a lamb, a vulture), and "una
cata en la adega a curuxa" in a Spanish caption wrote "adega a Curuxa".

The rules: after a kind of business whose word is feminine ("-ería", "-aria", "tasca"),
with no article, a noun the vocabulary knows but seldom uses that can be no adjective of
the kind (a masculine ending: "-o", "-ón", "-u", "-ão") and that ends the name (a
punctuation mark, the end, "en" or "em") is the business's name ("ferretería Halcón,",
"padaria Tatu em …"). Describing words, complements and everyday nouns stay
("zapatería infantil", "cervejaria artesanal", "zapatería de barrio", "panadería centro",
"pizzería horno a leña"). A kind the caption's language lacks but a neighbour's knows
("adega" in Spanish, "trattoria" in French) takes that language's article before its
name, both written with capitals ("adega O Souto", "trattoria Il Gufo"); the caption's
own words after it stay ("una adega a las afueras", "adega o dos").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("es", "se jubila el dueño de ferretería halcón, en jaén desde 1971", "ferretería Halcón,"),
        ("es", "cerramos la sombrerería lagarto.", "sombrerería Lagarto."),
        ("es", "cata en bodega carnero en el valle", "bodega Carnero en"),
        ("pt", "dia de provas na padaria tatu em olinda", "padaria Tatu em"),
        ("pt", "bastidores da sorveteria gavião, recife", "sorveteria Gavião,"),
    ],
)
def test_a_noun_after_a_feminine_kind_is_its_name(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("es", "abrimos zapatería infantil, en el centro"),
        ("pt", "nova cervejaria artesanal, em curitiba"),
        ("es", "la zapatería de barrio, en huesca"),
        ("es", "nueva panadería centro, en la calle ancha"),
        ("es", "pizzería horno a leña, abierta"),
        ("pt", "padaria bairro, em lisboa"),
        ("es", "visitamos una adega a las afueras"),
        ("es", "probamos en una adega o dos, qué vinos"),
    ],
)
def test_describing_words_and_complements_stay(language: str, typed: str) -> None:
    written = proper_capitals(typed, language)
    assert written.split(",")[0].split(" en ")[0] == typed.split(",")[0].split(" en ")[0]


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("es", "una cata en la adega o souto, que nos encantó", "adega O Souto,"),
        # a name a town's rule wrote after "a" is the business's still
        ("es", "una cata en la adega a cortiña, que nos encantó", "adega A Cortiña,"),
        ("fr", "dîner à la trattoria il gufo, près du port", "trattoria Il Gufo,"),
    ],
)
def test_a_neighbours_kind_takes_its_article(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)
