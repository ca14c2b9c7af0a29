"""A name a lower-case brief gives right after the words that give a name ("named him
barry", "se llama canela", "si chiama biscotto", "s'appelle caramel", "heißt bruno",
"se chama pipoca") is written with its capital; the commonest words after the same verbs
("esto se llama amor", "das heißt nicht viel", "come si chiama questo piatto") stay."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

NAMED = [
    (
        "en",
        "built a snowman in the yard with my niece and named him barry, he lasted two days",
        "Barry",
    ),
    ("en", "new foster pup is here and we called her luna, she is already on the sofa", "Luna"),
    ("es", "la perrita nueva se llama canela y ya muerde todas las zapatillas de casa", "Canela"),
    ("pt", "a nova gatinha da loja se chama pipoca e já manda no balcão inteiro", "Pipoca"),
    ("it", "il nostro nuovo cucciolo si chiama biscotto e ha già rotto un cuscino", "Biscotto"),
    (
        "fr",
        "le chaton du salon s'appelle caramel, il a 10 semaines et dort dans la vitrine",
        "Caramel",
    ),
    ("de", "der neue ladenhund heißt bruno und ist erst 12 wochen alt", "Bruno"),
]


@pytest.mark.parametrize(("language", "content", "name"), NAMED)
def test_a_name_after_naming_words_takes_its_capital(
    language: str, content: str, name: str
) -> None:
    for variant in captions_for(content, language=language, length="long"):
        text = text_of(variant)
        assert name in text, text
        assert f" {name.lower()}" not in text, text


COMMON = [
    ("es", "esto se llama amor por el pan: masa madre, 48 horas y horno de leña", "amor"),
    ("de", "neuer ofen in der backstube, das heißt nicht viel, aber wir freuen uns", "nicht"),
    (
        "it",
        "ci chiedete sempre come si chiama questo piatto: pasta e fagioli della nonna",
        "questo",
    ),
    (
        "en",
        "after ten years of markets we called it quits on saturdays, weekdays only now",
        "quits",
    ),
]


@pytest.mark.parametrize(("language", "content", "word"), COMMON)
def test_a_common_word_after_the_same_verbs_stays(language: str, content: str, word: str) -> None:
    for variant in captions_for(content, language=language, length="long"):
        text = text_of(variant)
        assert f" {word}" in text, text
        assert f" {word.capitalize()}" not in text, text
