"""A capitalised phrase is tagged whole or not at all, never by one of its words, on
invented posts: "la Fête du cinéma" is no #Fête, "el Día del Libro" no #Libro, "la Festa
della mamma" no #Festa; a town before "di notte" stays the town.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content", "piece"),
    [
        ("fr", "la Fête du cinéma revient dimanche, places à 5 €", "#fête"),
        ("es", "el Día del Libro en la librería, con firmas de autores", "#libro"),
        ("it", "la Festa della mamma si avvicina: mazzi di peonie in negozio", "#festa"),
    ],
)
def test_a_phrase_is_not_tagged_by_one_word(language: str, content: str, piece: str) -> None:
    assert piece not in post_tags(content, language, 6, lower=True)


def test_a_town_before_a_lower_case_phrase_stays() -> None:
    assert "#roma" in post_tags("Roma di notte, dal Gianicolo", "it", 6, lower=True)
