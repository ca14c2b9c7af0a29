"""A pet's name typed in lower case gets its capital even when it is a word.

Seen: "our pup pavlova saw her first moose in anchorage today" and "mi perro toby se comió
el turrón" kept "pavlova" and "toby" in lower case: a pet's name after "our pup" or "mi
perro" was written only when no vocabulary knew it, and English knows a dessert and a
jug; a Spanish caption took the English word as a possible adjective.

The rule: in English, after "our/my" and a pet's kind, a word that is no verb's form
(no -s, -ed, -ing, -ly ending, no common irregular verb or adverb), not among English's
commonest words, and that a verb, a comma or the sentence's end follows, is the pet's
name ("our dog Pepper turned 9"; "our dog loves", "our pup just turned", "our dog walker
sarah" stay); in Spanish, Portuguese, Italian and French a word the language's own
vocabulary lacks (English's may know it: "Toby", "Biscuit") and no describing word.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("our pup pavlova saw her first moose today", "en", "Pavlova"),
        ("my dog pepper turned 9 on sunday", "en", "Pepper"),
        ("our cat biscuit, 12, still rules the house", "en", "Biscuit"),
        ("mi perro toby se comió el turrón de la mesa", "es", "Toby"),
        ("il nostro cane biscuit ha compiuto 3 anni", "it", "Biscuit"),
        ("notre chat oreo dort sur le radiateur", "fr", "Oreo"),
        ("a minha cadela cookie fez 5 anos", "pt", "Cookie"),
    ],
)
def test_a_pet_s_name_gets_its_capital(text: str, language: str, name: str) -> None:
    assert name in proper_capitals(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("our dog loves the beach", "en"),
        ("our pup just turned one", "en"),
        ("our dog walker sarah is away", "en"),
        ("my cat ate the ham", "en"),
        ("our dog park opens soon", "en"),
        ("mi perro negro duerme", "es"),
        ("il nostro cane nero dorme", "it"),
    ],
)
def test_a_verb_a_noun_or_an_adjective_after_a_pet_stays(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text
