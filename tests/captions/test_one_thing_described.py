""" "Which one will you pick?" needs several things to pick from: a list with a measure or a
part the thing comes with ("Wasserdicht, 22 Liter, mit Laptopfach und Brustgurt")
describes one product, and its launch is never asked which one. Colours, flavours or
scents to choose from keep the ask."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

_WHICH = r"Welches wird es|Which one would you pick|Cuál te llev|Lequel vous tente|Quale scegl"


def _asks(content: str, language: str) -> int:
    return sum(
        bool(re.search(_WHICH, text_of(variant)))
        for tone in ("casual", "professional", "playful")
        for seed in ("a", "b", "c", "d")
        for variant in captions_for(content, language=language, tone=tone, user_id=seed)
    )


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Neu: unser Rucksack Flint. Wasserdicht, 22 Liter, mit Laptopfach und Brustgurt. "
         "Ab Freitag im Shop für 89 €.", "de"),
        ("Just launched: the Tern lamp. Dimmable, USB-C, walnut base, 3 brightness settings. "
         "£65 on our site.", "en"),
        ("Neu im Sortiment: unser Leinenkissen in Salbeigrün, 50 x 50 cm, mit "
         "Reißverschluss. Ab Montag im Laden.", "de"),
    ],
)  # fmt: skip
def test_one_thing_described_is_never_asked_which_one(content: str, language: str) -> None:
    assert _asks(content, language) == 0


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Neu: unsere Tassen in Salbei, Ocker und Rauchblau. Ab Freitag im Laden.", "de"),
        ("New in: our mugs in sage, ochre and smoke blue. In the shop from Friday.", "en"),
    ],
)
def test_colours_to_choose_from_keep_the_ask(content: str, language: str) -> None:
    assert _asks(content, language) > 0


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("New: our Lina mug in sage, sand and rust, 300 ml.", "en"),
        ("Nouveau : notre bougie Lina en figue, cèdre ou ambre, 200 g.", "fr"),
        ("Neu: unsere Tasse Lina in Salbei, Sand und Rost, 300 ml.", "de"),
    ],
)
def test_a_size_after_the_colours_keeps_the_ask(content: str, language: str) -> None:
    assert _asks(content, language) > 0
