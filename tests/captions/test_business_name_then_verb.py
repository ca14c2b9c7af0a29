"""A business's name after its kind and an article ends at the verb that follows it.

Seen (invented posts in Spanish, Portuguese, Italian and French): "a padaria o trigo
reabre segunda-feira" wrote "A padaria O Trigo Reabre", "la taberna el búho estrena
carta" wrote "El Búho Estrena Carta": a verb the lists of common verbs lack ran on into
the name, and its object with it.

The rule: after the name's first word, a verb's present for one person ("reabre",
"estrena", "inaugura", "riapre", "rouvre") of an infinitive the vocabulary knows ends the
name, when the word is no more common than its infinitive (a noun or an adjective that
looks like a form is far more common than the verb it would come from: "paloma",
"luna", "vela", "stella" stay in the name), and unless a common verb follows it ("la
taberna la paloma pinta abre hoy": "Pinta" is the name's).
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("pt", "a padaria o trigo reabre segunda-feira", "O Trigo reabre segunda-feira"),
        ("pt", "a livraria o mocho recebe autores sábado", "O Mocho recebe autores"),
        ("pt", "a pastelaria a gaivota aceita encomendas", "A Gaivota aceita encomendas"),
        ("es", "la taberna el búho estrena carta", "El Búho estrena carta"),
        ("es", "la librería el tecolote organiza lecturas", "El Tecolote organiza lecturas"),
        ("it", "la trattoria il gufo riapre lunedì", "Il Gufo riapre lunedì"),
        ("fr", "la brasserie le hibou rouvre lundi", "Le Hibou rouvre lundi"),
        ("fr", "la crêperie le goéland inaugure sa terrasse", "Le Goéland inaugure sa"),
    ],
)  # fmt: skip
def test_a_verb_after_a_business_name_ends_it(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("es", "la taberna la paloma blanca abre hoy", "La Paloma Blanca"),
        ("es", "la taberna la paloma pinta abre hoy", "La Paloma Pinta abre"),
        ("pt", "jantar na tasca o velho farol, no centro", "O Velho Farol"),
        ("it", "cena alla trattoria il gufo", "Il Gufo"),
        ("pt", "a tasca o galo estreia menu novo", "O Galo estreia"),
    ],
)  # fmt: skip
def test_a_name_word_that_looks_like_a_verb_stays_in_the_name(
    language: str, typed: str, written: str
) -> None:
    assert written in proper_capitals(typed, language)
