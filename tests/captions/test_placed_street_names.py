"""A street's name the address shows is a name, though its words are everyday ones or a
surname the vocabulary knows (blind rounds 18 and 19: "in via cavour,", "la calle
colegio de la orotava", "avenue habib bourguiba à sfax", "place jourdan à limoges", "rua
marquês d'ávila, na covilhã" stayed in lower case).

The address shows where a town follows the name, where a house number does, or where a
place's preposition stands before the street's kind and the sentence's punctuation or a
new phrase after the name. "via" as away, "en place", "sur place", "in corso" as going on,
a street's description ("una calle estrecha", "in via provvisoria") stay as typed.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "language", "written"),
    [
        ("ritiro in negozio in via mazzini, dal lunedì", "it", "in via Mazzini, dal"),
        ("vi aspettiamo in via garibaldi dal giovedì", "it", "in via Garibaldi dal"),
        ("rebajas en la calle pelayo de oviedo: todo", "es", "calle Pelayo de Oviedo"),
        ("nos vemos en la calle cervantes, a las 9", "es", "calle Cervantes,"),
        ("troca de livros na rua visconde de valmor, em lisboa", "pt",
         "rua Visconde de Valmor, em Lisboa"),
        ("a loja da rua conde d'alvito, em braga", "pt", "rua Conde d'Alvito, em Braga"),
        ("brocante place carnot à lyon, dimanche", "fr", "place Carnot à Lyon"),
        ("le salon, avenue aristide briand à nantes", "fr", "avenue Aristide Briand à Nantes"),
    ],
)  # fmt: skip
def test_a_street_the_address_shows_is_named(typed: str, language: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("andiamo via presto, e così via", "it"),
        ("spedizione via email, via libera", "it"),
        ("lavori in corso, scusate il disagio", "it"),
        ("in via provvisoria, il negozio apre alle 9", "it"),
        ("in via eccezionale.", "it"),
        ("un corso di cucina a bari", "it"),
        ("en la calle con mi perro", "es"),
        ("vivimos en una calle estrecha de cádiz", "es"),
        ("los niños en la calle jugando.", "es"),
        ("quedan 3 plazas en la plaza de toros de ronda", "es"),
        ("na rua com o cão", "pt"),
        ("a rua nova de viseu", "pt"),
        ("il reste 3 places, sur place ou à emporter", "fr"),
        ("la mise en place à lyon", "fr"),
        ("à la place du beurre à lyon", "fr"),
        ("une grande place ensoleillée à lyon", "fr"),
        ("sur place uniquement.", "fr"),
    ],
)
def test_an_everyday_street_word_stays(typed: str, language: str) -> None:
    out = proper_capitals(typed, language)
    # (a town may take its capital; no other word does)
    assert [w for w in out.split() if w[:1].isupper() and w.lower() not in typed.split()] == []
    towns = {"Bari", "Cádiz", "Ronda", "Viseu", "Lyon"}
    assert all(w.strip(",.") in towns for w in out.split() if w[:1].isupper())


def test_a_function_word_ends_a_numbered_name() -> None:
    """A figure after "alle" is an hour: "piazza garibaldi alle 18" gets no "Alle"."""
    assert "Alle" not in proper_capitals("ci vediamo in piazza garibaldi alle 18", "it")
