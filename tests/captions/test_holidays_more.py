"""The year-end and other holidays a lower-case brief types are written with their
capitals: "bom natal … feliz ano novo" kept "natal" (after "bom") and "ano novo", "el
día de reyes", "après le jour de l'an", "dopo l'epifania", "closed for hogmanay"."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

POSTS = [
    (
        "pt",
        "bom natal a todos os clientes e feliz ano novo, a padaria volta dia 4",
        ["Natal", "Ano Novo"],
    ),
    (
        "es",
        "cerramos el día de reyes y abrimos en año nuevo solo por la mañana",
        ["Día de Reyes", "Año Nuevo"],
    ),
    (
        "fr",
        "la boulangerie rouvre après le jour de l'an, galettes pour l'épiphanie",
        ["jour de l'An", "Épiphanie"],
    ),
    (
        "it",
        "riapriamo dopo l'epifania, chiusi anche a carnevale per ferie",
        ["Epifania", "Carnevale"],
    ),
    ("en", "the shop is shut for hogmanay, back on the 3rd with fresh bread", ["Hogmanay"]),
]


@pytest.mark.parametrize(("language", "content", "holidays"), POSTS)
def test_holidays_take_their_capitals(language: str, content: str, holidays: list[str]) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        for holiday in holidays:
            assert holiday in text, text
