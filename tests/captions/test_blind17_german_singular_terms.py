"""A German noun in -e is its plural's search term: "Neu ab Samstag: unsere Roulade nach
Omas Rezept" got no #rouladen (the taxonomy lists the plural only); a singular in -e
whose plural in -en is a search term gets that term's tags ("Mal" is still no "malen")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "wanted"),
    [
        ("Sonntag im Garten in Bautzen 🌱 die erste Erdbeere ist reif!", "#erdbeeren"),
        ("Neu ab Samstag: unsere Roulade nach Omas Rezept 🍽️ im Gasthaus Linde in Kassel, "
         "mit Rotkohl und Klößen, 16,50 €.", "#rouladen"),
    ],
)  # fmt: skip
def test_a_singular_is_its_plural_s_term(content: str, wanted: str) -> None:
    assert wanted in [t.lower() for t in post_tags(content, "de", 5)]


def test_a_short_word_is_no_plural_s_term() -> None:
    tags = post_tags("Heute zum ersten Mal 5 km am Stück gelaufen 💪", "de", 5)
    assert "#malen" not in [t.lower() for t in tags]
