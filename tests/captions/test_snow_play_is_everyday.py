"""A snow day's play (sledging, a snowman) is an everyday moment, not a food post for the
hot chocolate drunk after it ("Snow in …! hot chocolate from the café, then sledging …"
got food asks and #hotchocolate, blind review 17: X on all three); a café's own hot
chocolate post stays food."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "snow in tonypandy! hot chocolate from the café on the high st after, then sledging "
            "on a feed bag with my brother till we couldn't feel our toes. built a snowman too ☃️",
            "en",
        ),
        (
            "Schnee in Suhl! erst heiße Schokolade im Café am Markt, dann rodeln mit meiner "
            "Schwester bis die Zehen taub waren.",
            "de",
        ),
        ("nevou em Manteigas! chocolate quente no café e depois trenó com o meu irmão.", "pt"),
    ],
)
def test_snow_play_is_everyday(content: str, language: str) -> None:
    assert read_post(content, language).intent == "everyday"


def test_a_cafes_hot_chocolate_stays_food() -> None:
    content = "New at Ember Café: thick Spanish hot chocolate with churros, £5.50, all winter."
    assert read_post(content, "en").intent in ("food", "product_launch")
