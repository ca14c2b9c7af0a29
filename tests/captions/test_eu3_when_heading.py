"""A post that opens with its date and a colon ('Am Freitag, 6. März, 19 Uhr: Lesung
…') keeps that colon: a German ordinal's dot ('6. März') or an abbreviation's ('St.
Anna') ends no sentence, and a heading that only says when is never a sentence of its
own ('Am Freitag, 6. März, 19 Uhr.' is a fragment)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "Am Freitag, 6. März, 19 Uhr: Lesung mit Jonas Brückner in der Buchhandlung "
            "Leuchtfeuer, Husum.",
            "19 Uhr: Lesung",
        ),
        (
            "Am Samstag, 19 Uhr: Konzert mit dem Trio Feldberg in der Kirche St. Anna.",
            "19 Uhr: Konzert",
        ),
        ("Freitag, 14. Juni: Sommerfest im Hof der Brauerei Kessler.", "14. Juni: Sommerfest"),
        (
            "Am Donnerstag, 12. Juni, ab 18 Uhr: Sommerfest im Innenhof der Buchbinderei "
            "Reisacher mit Livemusik, Grillstand und einer Lesung aus dem neuen Roman von Ida "
            "Kern.",
            "18 Uhr:",
        ),
        (
            "Sábado 21 de junio, 20:30 h: noche de boleros con el Cuarteto Malecón en el patio "
            "del Centro Cultural Almendares, con mojitos a 300 pesos y baile hasta tarde.",
            "20:30 h:",
        ),
    ],
)
def test_a_when_heading_keeps_its_colon(content: str, kept: str) -> None:
    for variant in captions_for(content, tone="professional"):
        text = text_of(variant)
        assert kept in text, text
