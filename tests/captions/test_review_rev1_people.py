"""Counter-examples to the day's rules of people's and pets' names: a common word after
the words that give a name, a pet's role before its apposition, 'miss' the verb."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

KEPT = [
    # 0b19f03: a thing named by a demonstrative, a role or a describing word after "him/her"
    ("es", "esto se llama paciencia, tres días de masa madre", "paciencia"),
    ("it", "questo si chiama pazienza, tre giorni di lievitazione", "pazienza"),
    ("en", "we named her employee of the month! so proud of you sam", "employee"),
    ("en", "the coach named him captain for the new season", "captain"),
    ("en", "the vet called her healthy and happy after the checkup", "healthy"),
    # c4f50fa: the pet's role in the shop, after an article or a possessive
    ("en", "say hello to our new receptionist, a ginger cat called biscuit", "receptionist"),
    ("en", "meet our shop mascot, a rescue dog from the local shelter", "mascot"),
    ("fr", "voici notre nouvelle recrue, une chatte tigrée très câline", "recrue"),
    # 7b8a00c: "miss" the verb
    ("en", "don't miss bingo night this friday at the hall", "miss"),
]


@pytest.mark.parametrize(("language", "content", "word"), KEPT)
def test_a_common_word_stays_in_lower_case(language: str, content: str, word: str) -> None:
    for variant in captions_for(content, language=language, length="long"):
        text = text_of(variant)
        assert f" {word} " in text or f" {word}," in text or f" {word}." in text, text
        assert f" {word.capitalize()}" not in text, text


NAMED = [
    # the names the rules were made for still take their capital
    (
        "en",
        "built a snowman in the yard with my niece and named him barry, he lasted two days",
        "Barry",
    ),
    ("en", "meet our boy pemberton, a 9 year old lurcher", "Pemberton"),
]


@pytest.mark.parametrize(("language", "content", "name"), NAMED)
def test_the_name_keeps_its_capital(language: str, content: str, name: str) -> None:
    for variant in captions_for(content, language=language, length="long"):
        assert name in text_of(variant), text_of(variant)
