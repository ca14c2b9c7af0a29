"""A pet's name is no search term of the thing it also names (blind review: tags).

Seen: "Das ist Brezel" (a dog) got #brezeln. The rule: a capitalised word with its
animal apposed after "our" ("Brezel, unser neuer Bürohund", "Pickle, our shop cat") is
the pet's name: no tag of the thing the word names; a German compound counts as its
animal by its last part ("Bürohund", "Hofkatze"). The same word without an apposed
animal ("Frische Brezel, unser Klassiker") keeps its tag.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("Das ist Brezel, unser neuer Bürohund, er liebt Kekse.", "de", "#brezeln"),
        ("Das ist Krapfen, unser Hofhund, er bewacht die Einfahrt.", "de", "#krapfen"),
        ("Das ist Strudel, unsere Hofkatze, sie schläft nur in der Kiste.", "de", "#strudel"),
    ],
)
def test_a_pets_name_is_no_term(content: str, language: str, wrong: str) -> None:
    assert wrong not in post_tags(content, language, 5, lower=True)


def test_the_thing_itself_keeps_its_tag() -> None:
    tags = post_tags("Frische Brezel, unser Klassiker, jeden Morgen ab 6 Uhr.", "de", 5, lower=True)
    assert "#brezeln" in tags
