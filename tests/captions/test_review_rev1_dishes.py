"""A dish named after the words that give a name ("il piatto si chiama cacio e pepe") is
the dish's common name, in lower case as the Romance languages write it; a pet's name
after the same words ("si chiama biscotto") still takes its capital."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

DISHES = [
    ("it", "il piatto si chiama cacio e pepe, da provare", "cacio"),
    ("pt", "o bolo se chama bolo de rolo, receita da minha avó", "bolo de rolo"),
    ("es", "el plato del día se llama pepitoria, receta de la abuela", "pepitoria"),
    ("fr", "le dessert s'appelle forêt noire, à goûter ce week-end", "forêt"),
]


@pytest.mark.parametrize(("language", "content", "word"), DISHES)
def test_a_dish_after_naming_words_stays_in_lower_case(
    language: str, content: str, word: str
) -> None:
    for variant in captions_for(content, language=language, length="long"):
        text = text_of(variant)
        assert f" {word}" in text, text
        assert f" {word.capitalize()}" not in text, text


def test_a_pet_after_naming_words_keeps_its_capital() -> None:
    content = "il nostro nuovo cucciolo si chiama biscotto e ha già rotto un cuscino"
    for variant in captions_for(content, language="it", length="long"):
        assert " Biscotto" in text_of(variant), text_of(variant)
