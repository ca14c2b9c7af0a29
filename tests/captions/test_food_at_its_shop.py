"""A food sold at its shop (a butcher's, a delicatessen's) is food, whatever day it is
sold on: "ce week-end", "this weekend", "am Wochenende" are no trip; a weekend spent in a
town stays a trip."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Boudin blanc maison ce week-end à la boucherie Kerjean, 22 € le kilo.", "fr"),
        ("Pâté en croûte ce week-end à la charcuterie Lebrun, Dinan. 24 € le kilo.", "fr"),
        ("Black pudding this weekend at Mossop's butcher, Kendal. £9 a kilo.", "en"),
        ("Morcilla casera este fin de semana en la carnicería Ruiz, 12 € el kilo.", "es"),
        ("Hausgemachte Leberwurst am Wochenende in der Metzgerei Huber, 14 € das Kilo.", "de"),
        (
            "Salsiccia fatta in casa questo fine settimana alla macelleria Bruni, 15 € al chilo.",
            "it",
        ),
        ("Chouriço caseiro este fim de semana no talho Silva, 11 € o quilo.", "pt"),
    ],
)
def test_a_food_at_its_shop_is_food(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "food", post.intent_scores


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "A weekend in Porto: azulejos, the Douro at sunset and far too many pastéis de nata.",
            "en",
        ),
        ("Un week-end à Porto : les azulejos, le Douro au coucher du soleil.", "fr"),
    ],
)
def test_a_weekend_away_stays_a_trip(content: str, language: str) -> None:
    assert read_post(content, language).intent == "travel"
