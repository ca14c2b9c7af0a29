"""A Romance venue named by its kind, a linking contraction and an everyday word ("la
brasserie du renard", "l'auberge du vieux moulin") is a name where its town follows
after a comma, as an address signs a business ("à la Brasserie du Renard, Annecy");
without the town the words may say what it is ("le bar du coin", "la tienda del
barrio") and stay as typed."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "language", "written", "wrong"),
    [
        ("tartiflette ce soir à la brasserie du renard, annecy, 16 euros.", "fr",
         "Brasserie du Renard, Annecy", "du renard"),
        ("dîner à l'auberge du vieux moulin, colmar.", "fr", "Auberge du Vieux Moulin, Colmar",
         "vieux moulin"),
        ("pranzo alla trattoria del ponte, verona.", "it", "Trattoria del Ponte, Verona",
         "del ponte"),
    ],
)  # fmt: skip
def test_a_linked_venue_before_its_town_is_named(
    typed: str, language: str, written: str, wrong: str
) -> None:
    out = proper_capitals(typed, language)
    assert written in out
    assert wrong not in out


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("un verre au bar du coin après le travail.", "fr"),
        ("la brasserie du quartier ferme tôt.", "fr"),
        ("compramos en la tienda del barrio, siempre.", "es"),
        ("achetez à la boutique du musée, Nantes.", "fr"),
    ],
)  # fmt: skip
def test_a_linked_venue_without_its_town_stays(typed: str, language: str) -> None:
    out = proper_capitals(typed, language)
    assert out.replace("Nantes", "nantes") == typed.replace("Nantes", "nantes")
