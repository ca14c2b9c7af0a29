"""Snow fallen where one lives is the day's weather at home, an everyday post: the village
it covers ("il paese", "el pueblo", "das Dorf") is home, no trip, and the coffee after it
no food post; a trip to the snow stays a trip."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Stanotte la neve ha imbiancato tutto il paese. Stamattina caffè e coperte.", "it"),
        ("Esta noche ha nevado en todo el pueblo. Café caliente y ventanas empañadas.", "es"),
        ("Cette nuit la neige a tout recouvert au village. Café chaud et fenêtres embuées.", "fr"),
        (
            "It snowed all night and the whole village is white. Hot coffee and fogged windows.",
            "en",
        ),
        (
            "Heute Nacht hat es im ganzen Dorf geschneit. Heißer Kaffee und beschlagene Fenster.",
            "de",
        ),
        ("Nevou esta noite na aldeia toda. Café quente e janelas embaciadas.", "pt"),
    ],
)
def test_snow_at_home_is_everyday(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "everyday", post.intent_scores


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Tre giorni in un paese delle Dolomiti: sentieri, rifugi e polenta.", "it"),
        ("Five days in Chamonix: fresh snow every morning and fondue every night.", "en"),
    ],
)
def test_a_trip_stays_a_trip(content: str, language: str) -> None:
    assert read_post(content, language).intent == "travel"
