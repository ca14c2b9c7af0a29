"""An Irish or Scottish surname typed in lower case gets its capitals (blind round: a
retirement post's "… mckenna, who opened …" came back "Gord mckenna").

The rule: a word "mc" and three letters or more is a surname ("McKenna", "McDonald's");
a word "mac" and a consonant such a name takes is one where it is no common word
("MacLeod", "MacPhail"; "machine", "macaroni", "mackerel" stay), and the first name typed
right before it is written with its capital too, unless it is a function word, a verb's
form or among the commonest words.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._names_en import english_names
from captions._propercase import proper_capitals


def _written(text: str, language: str = "en") -> str:
    if language == "en":
        text = english_names(text, text)
    return proper_capitals(text, language)


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("en", "sad news: rory mcbride, who built our first oven, retired", "Rory McBride,"),
        ("en", "ask for fenella macphail at the till", "Fenella MacPhail"),
        ("en", "thanks to the team at mcginty's for the loan", "McGinty's"),
        ("fr", "merci à sorcha mcnulty pour les photos", "Sorcha McNulty"),
    ],
)
def test_a_gaelic_surname_gets_its_capitals(language: str, text: str, written: str) -> None:
    assert written in _written(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "the new coffee machine is here",
        "macaroni cheese and smoked mackerel on friday",
        "bring your macbook charger",
        "call us about the macro lens",
    ],
)
def test_a_mac_word_stays(text: str) -> None:
    assert _written(text) == text


def test_the_word_before_a_surname_that_is_no_first_name_stays() -> None:
    assert "ask McBride" in _written("just ask mcbride at the counter")
