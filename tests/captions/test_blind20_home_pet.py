"""A pet that came home long ago is asked for no home (blind round 20, es-01: 'hace un año
que Medialuna llegó a casa' got '¿Podrías darle un hogar a Medialuna? Escríbenos.')."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_HOME_ASK = ("hogar", "a home", "adopt", "adopta", "adottare", "adotar", "casa a")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Hoy hace dos años que Canela llegó a casa 🐾 La encontramos en una caja en la "
            "plaza de Rosario, bajo la lluvia. Ahora duerme en la cama y se roba las "
            "galletitas si te descuidás. ¡Feliz aniversario, flaca!",
            "es",
        ),
        (
            "Three years ago today Biscuit came home 🐾 We found him shivering behind the "
            "chip shop in Hove. Now he snores on the sofa and steals socks. Happy "
            "anniversary, little man!",
            "en",
        ),
    ],
)
def test_a_pet_at_home_is_asked_no_home(content: str, language: str) -> None:
    for tone in ("casual", "playful"):
        for variant in captions_for(content, language=language, tone=tone):
            ask = text_of(variant).split("\n\n")[-1].lower()
            assert not any(a in ask for a in _HOME_ASK), variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        # a foster home, and a home still sought: the appeal stands
        (
            "Lola busca hogar: llegó a casa de acogida hace un mes, tiene dos años y se "
            "lleva bien con gatos.",
            "es",
        ),
        (
            "Biscuit arrived at our rescue centre last week and is looking for a home: "
            "he is two, loves walks and gets on with cats.",
            "en",
        ),
    ],
)
def test_an_appeal_still_asks_for_a_home(content: str, language: str) -> None:
    assert "adoption" in read_post(content, language).flags
