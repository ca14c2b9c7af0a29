"""Asks about the reader's own home follow only a post about one's own home (blind
round 19 reviewers: "Show us your favourite corner at home" on a bookshop's post)."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

HOME_ASK = re.compile(
    r"(?i)favourite corner|rincón favorito|coin préféré|angolo preferito|lieblingsplatz"
    r"|canto preferido|cosy space|weekend project|proyecto de fin de semana"
)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        (
            "es",
            "¿Ya vieron la nueva terraza del Café Alameda en Cuenca? Abrimos el viernes con "
            "música en vivo y café de altura.",
        ),
        (
            "es",
            "2x1 en cuentos ilustrados en Librería La Lechuza 📚 del 3 al 8 de abril, "
            "aprovecha para los cumpleaños. también en línea: lalechuza.example",
        ),
    ],
)
def test_no_home_ask_for_a_business(language: str, content: str) -> None:
    for tone in ("casual", "promotional", "playful"):
        for variant in captions_for(content, language=language, tone=tone):
            assert not HOME_ASK.search(variant.caption), variant.caption


def test_ones_own_home_keeps_its_home_asks() -> None:
    content = (
        "Finalmente il bagno è finito 🏡 piastrelle verde bosco, un lavabo trovato al "
        "mercatino per 20 € e lo specchio della nonna. Tre weekend di lavoro."
    )
    asks = [
        text_of(v)
        for tone in ("casual", "inspirational", "playful")
        for v in captions_for(content, language="it", tone=tone)
    ]
    assert any(HOME_ASK.search(a) for a in asks), asks
