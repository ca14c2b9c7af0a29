"""A wardrobe built into a room is furniture ("built-in wardrobes", "Kleiderschrank",
"armoire", "armario", "guarda-roupa", "armadio"): a home post, never fashion; the
clothes one wears ("wardrobe staples", "a capsule wardrobe", "Kleider") stay fashion."""

from __future__ import annotations

import pytest

from captions._understand import read_post

_FURNITURE = [
    ("The attic conversion is done: skylights, oak floors and built-in wardrobes.", "en"),
    ("Fertig: das Dachgeschoss mit eingebautem Kleiderschrank und Eichenboden.", "de"),
    ("Terminado: suelo de roble y un armario empotrado enorme en el desván.", "es"),
    ("Pronto: piso de carvalho e um guarda-roupa embutido no sótão.", "pt"),
    ("Finito: parquet in rovere e un armadio a muro nella mansarda.", "it"),
]

_CLOTHES = [
    ("Five wardrobe staples for autumn: a camel coat, loafers and a good scarf.", "en"),
    ("Building a capsule wardrobe: 10 pieces, 30 outfits.", "en"),
    ("Neue Kleider im Laden: Leinen, Midi-Länge, ab 89 €.", "de"),
]


@pytest.mark.parametrize(("content", "language"), _FURNITURE)
def test_a_wardrobe_in_a_room_is_home(content: str, language: str) -> None:
    assert read_post(content, language).intent == "home"


@pytest.mark.parametrize(("content", "language"), _CLOTHES)
def test_clothes_stay_fashion(content: str, language: str) -> None:
    assert read_post(content, language).intent == "fashion_beauty"
