"""Reader round: a common word before a year is no name. "Agenda 2027 aberta" was read
as a product called "Agenda 2027" and tagged #Agenda2027, a tag no one searches; so were
"Calendário 2027", "Planning 2027", "Kalender 2027". The rule: a year (1900-2099) ends a
name as a model number does ("Taktwerk 1.0") only when the word before it is no word of
the language's common vocabulary; "Calendar 2027" is a calendar, for the year 2027."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "word"),
    [
        ("Calendário 2027 já disponível na loja 🗓️ ilustrado por nós, 15€.", "pt", "calendário"),
        ("Planning 2027 ouvert pour les mariages ! Écrivez-nous.", "fr", "planning"),
        ("Kalender 2027 jetzt im Laden, 18 € pro Stück.", "de", "kalender"),
        ("Calendar 2027 now in the shop, hand-drawn by us, £15.", "en", "calendar"),
        ("Agenda 2028 abierta para bodas y bautizos, escribidnos por mensaje.", "es", "agenda"),
    ],
)  # fmt: skip
def test_a_common_word_and_a_year_are_no_name(content: str, language: str, word: str) -> None:
    post = read_post(content, language)
    assert not any(n.text.lower().startswith(word) for n in post.names), post.names
    tags = post_tags(content, language, 8, lower=True)
    assert not any(t.startswith(f"#{word}20") for t in tags), tags


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        ("Taktwerk 2026 ist da: unser Metronom, ab heute im Shop.", "de", "Taktwerk 2026"),
        ("Meet the Fernhollow 2026, our lightest tent yet.", "en", "Fernhollow 2026"),
    ],
)  # fmt: skip
def test_an_unknown_word_and_a_year_stay_a_name(content: str, language: str, name: str) -> None:
    assert name in [n.text for n in read_post(content, language).names]
