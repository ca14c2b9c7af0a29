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


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Rinnova il tuo armadio con i nuovi maglioni di lana.", "it"),
        ("Renueva tu armario con los nuevos jerséis de lana.", "es"),
        ("Renove o seu guarda-roupa com as novas camisolas de lã.", "pt"),
    ],
)
def test_a_wardrobe_renewed_with_clothes_is_fashion(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "fashion_beauty", post.intent_scores


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Refresh your wardrobe with our new wool jumpers.", "en"),
        ("Erneuere deinen Kleiderschrank mit unseren neuen Wollpullovern.", "de"),
    ],
)
def test_new_clothes_for_a_wardrobe_are_no_furniture(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent not in ("home", "tip"), post.intent_scores
