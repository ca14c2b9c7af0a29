"""A town the gazetteer knows, typed in lower case right after a business's name, is a
town (lead round: "kudu bakery bulawayo is hiring" kept "bulawayo" in lower case: a town
had its capital only after a preposition or a comma). After a venue's kind with a name
before it ("… bakery", "… pizzeria") the town stands where a place does; a kind alone or
after a describing word is the everyday word ("kitchen reno is done"). A town of several
words typed with hyphens ("rose-hill", "beau-bassin") is written with its capitals and
its hyphens.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals

NAMED = [
    ("en", "mopane bakery bulawayo needs a delivery driver", "bakery Bulawayo"),
    ("en", "zanzi barbershop mombasa opens at 8", "barbershop Mombasa"),
    ("fr", "atelier sable, rose-hill : coussins brodés", "Rose-Hill"),
    ("fr", "le marché nocturne de beau-bassin revient", "de Beau-Bassin"),
]


@pytest.mark.parametrize(("language", "typed", "written"), NAMED)
def test_the_town_has_its_capital(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


KEPT = [
    ("en", "kitchen reno is done, finally"),
    ("en", "our kitchen reno took six weeks"),
    ("en", "a tiny bakery reading the room"),
]


@pytest.mark.parametrize(("language", "typed"), KEPT)
def test_a_kind_alone_is_the_everyday_word(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed
