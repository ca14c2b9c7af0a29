"""A street's name after its kind in an address, where no article says "the street" (a
comma or a house number before the kind: "…, rue basse à liège", "12 rue blanche"), is
a name even when it is an everyday word ("rue Basse", "calle Ancha", "rua Direita"); the
street word keeps its lower case. "artiste de rue gratuit", "dans la rue principale",
"…, corso base a 50 €" stay as typed."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "language", "written", "wrong"),
    [
        ("dégustation chez nous, rue basse à liège", "fr", "rue Basse à", "rue basse"),
        ("on vous attend au 12 rue blanche, dès 10 h", "fr", "12 rue Blanche,", "rue blanche"),
        ("nueva tienda, calle ancha, en la esquina", "es", "calle Ancha,", "calle ancha"),
        ("estamos na loja nova, rua direita em viseu", "pt", "rua Direita em", "rua direita"),
    ],
)  # fmt: skip
def test_an_addressed_street_is_named(typed: str, language: str, written: str, wrong: str) -> None:
    out = proper_capitals(typed, language)
    assert written in out
    assert wrong not in out


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("un artiste de rue gratuit ce soir", "fr"),
        ("vente en rue piétonne dimanche", "fr"),
        ("on se retrouve dans la rue principale", "fr"),
        ("ouvert, rue principale à côté", "fr"),
        ("iscrizioni aperte, corso base a 50 €", "it"),
        ("pasen por la calle ancha", "es"),
    ],
)  # fmt: skip
def test_a_street_word_in_a_phrase_stays(typed: str, language: str) -> None:
    assert proper_capitals(typed, language) == typed
