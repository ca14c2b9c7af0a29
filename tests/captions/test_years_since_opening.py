"""The years since the account opened, said first, are a milestone: "Dix ans aujourd'hui
que la boutique a ouvert. Merci à vous tous" counts its years, and the thanks after them
are its manner. Thanks said first for something else stay a thank-you."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Dix ans aujourd'hui que l'atelier a ouvert. Merci à vous tous, fidèles clients 🙏", "fr"),
        ("Hoy hace doce años que abrimos la librería. Gracias a todos, lectores de siempre 🙏",
         "es"),
        ("Seven years ago today we opened the bike shop. Thank you all 🙏", "en"),
    ],
)  # fmt: skip
def test_the_years_since_the_opening_are_a_milestone(content: str, language: str) -> None:
    assert read_post(content, language).intent == "milestone"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Merci à tous ceux qui sont venus au marché de Noël samedi, on a tout vendu !", "fr"),
        ("Thank you to everyone who came to the open studio on Saturday, what a day!", "en"),
    ],
)
def test_thanks_said_first_stay_a_thank_you(content: str, language: str) -> None:
    assert read_post(content, language).intent == "thank_you"
