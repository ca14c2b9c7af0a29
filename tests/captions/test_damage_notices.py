"""Weather, water or fire that damaged the account's place is a notice to its customers:
"the storm last night took the roof off our polytunnel. no veg box this week" was an
everyday moment ("Here it is: polytunnel.", "Share your little joy of the day below"),
"la grandinata di ieri ha distrutto le serre" a thank-you. A storm watched from a cliff,
a new fire pit and thanks for clearing a flooded hall are no such notice.

A letter's salutation typed in lower case opens the caption with a capital
("cari clienti," → "Cari clienti,").
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

DAMAGE = [
    (
        "en",
        "the storm last night took the roof off our polytunnel. no veg box this week, "
        "refunds going out today",
    ),
    ("de", "der Hagel hat gestern unsere Erdbeeren zerstört, der Hofladen bleibt bis Freitag zu"),
    ("fr", "la tempête a arraché l'auvent de la terrasse, on rouvre jeudi"),
    ("es", "el granizo de ayer destrozó los invernaderos, no habrá mercado este sábado"),
    ("pt", "a tempestade de ontem destruiu a estufa, esta semana não há cabazes"),
    (
        "it",
        "cari clienti, la grandinata di ieri ha distrutto le serre. la vendita di piantine "
        "riprende a marzo. grazie per i messaggi",
    ),
]


@pytest.mark.parametrize(("language", "content"), DAMAGE)
def test_damage_to_the_place_is_a_notice(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice_kind == "notice"


@pytest.mark.parametrize(
    "content",
    [
        "storm watching from the cliff path today, the waves were wild 🌊",
        "our new fire pit is ready for the winter evenings, marshmallows on us",
        "huge thank you to the 40 neighbours who helped clear the flooded community hall "
        "on tuesday. we reopen monday",
    ],
)
def test_weather_or_fire_without_damage_is_no_notice(content: str) -> None:
    assert confidence(read_post(content, "en")).notice_kind is None


_EVERYDAY = ("little joy", "made you smile", "here it is", "ordinary days", "little things")


def test_damage_gets_no_everyday_lines() -> None:
    for variant in captions_for(DAMAGE[0][1], language="en", cta=True):
        text = text_of(variant).lower()
        assert not any(line in text for line in _EVERYDAY), text


def test_a_lower_case_salutation_opens_with_a_capital() -> None:
    for variant in captions_for(DAMAGE[-1][1], language="it", cta=True):
        assert text_of(variant).startswith("Cari clienti,\n"), variant.caption
