"""Sentences the tenth blind review found cut or glued where a reader would not cut
them: a range of days before its month, read on invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "Frühjahrsrabatt in der Bäckerei Sonnenkorn 🥨 alle Brote \u201320 %. "
            "Nur 3.\u20139. Feber, Hauptplatz 4, Graz. Kommt vorbei!",
            "3.\u20139. Feber, Hauptplatz 4, Graz.",
        ),
        (
            "Sommerfest im Gasthof Edelweiß 🎶 Live-Musik und Grillbuffet. "
            "Vom 12.\u201314. Juli, Dorfstraße 2, Kitzbühel. Wir freuen uns!",
            "12.\u201314. Juli, Dorfstraße 2, Kitzbühel.",
        ),
        (
            "Inventurverkauf bei Schuh Maier 👟 bis zu 50 % auf Winterstiefel. "
            "Nur 20.-25. Jänner in Linz. Schnell sein!",
            "20.-25. Jänner in Linz.",
        ),
        (
            "Schiwoche für Kinder im Skiclub Alpin ⛷️ 9.\u201313. Feber, Treffpunkt Talstation, "
            "Anmeldung bis Ende Jänner.",
            "9.\u201313. Feber, Treffpunkt Talstation",
        ),
        (
            "Workshop Keramik für Anfänger 🏺 an zwei Wochenenden: 7.\u20138. März und "
            "14.\u201315. März. Anmeldung per Mail.",
            "7.\u20138. März und 14.\u201315. März.",
        ),
    ],
)
def test_a_range_of_days_stays_with_its_month(content: str, kept: str) -> None:
    """'Nur 8.-17. Jänner' (with an en dash): the second day's full stop is the date's,
    in every variant (Austria's Jänner and Feber are months too)."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        assert kept in text_of(variant), variant.caption
