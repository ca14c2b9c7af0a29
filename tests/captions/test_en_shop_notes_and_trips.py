"""English posts a social-media manager reads at once, but the engine misread (invented
posts): a late opening for the season's shopping is a date to come in, not an everyday
moment; a dessert of the day sold by the slice and a week's veg box are food; days
counted on or along a named route are a trip; the early hour at a workplace with the
batch being made is behind the scenes."""

from __future__ import annotations

import re

from captions import read_post

from .helpers import captions_for, text_of

_EVERYDAY_ASK = re.compile(r"(?i)smile today|joy of the day|a day like this|how's your day")


def test_late_opening_is_a_date_to_come_in() -> None:
    for content in (
        "late opening friday until 8pm for gift shopping at hartwell books",
        "open late tues till 8 for xmas shopping",
        "We're open late every Thursday in December, till 9pm, for your Christmas shopping.",
    ):
        assert read_post(content, "en").intent == "event", content
        for variant in captions_for(content, tone="professional"):
            assert not _EVERYDAY_ASK.search(text_of(variant)), text_of(variant)


def test_dessert_by_the_slice_and_veg_box_are_food() -> None:
    for content in (
        "Tarte Tatin Sunday at Brambly Kitchen: caramelised apples, puff pastry and a "
        "scoop of vanilla. £6 a slice while it lasts.",
        "this week's veggie box: beetroot, kale, parsnips, red onions and a bag of "
        "spinach. $25, delivered wednesdays",
        "Trifle is on at the Wren & Kettle today: sponge, custard, raspberries and cream.",
    ):
        assert read_post(content, "en").intent == "food", content
        for variant in captions_for(content, tone="playful"):
            assert not _EVERYDAY_ASK.search(text_of(variant)), text_of(variant)


def test_days_along_a_named_route_are_a_trip() -> None:
    for content in (
        "Five days along the Wild Atlantic Way: Doolin, Kilkee, Dingle. Fog every "
        "morning, fiddles every night and far too much soda bread.",
        "two weeks on the Camino Portugués, 240 km, one blister and the best bread of "
        "my life in Ponte de Lima",
    ):
        assert read_post(content, "en").intent == "travel", content


def test_early_batch_at_the_workplace_is_behind_the_scenes() -> None:
    for content in (
        "5am at the brewery, 40 kegs of pale ale getting filled for the festival",
        "4am at the bakery, 250 sausage rolls going in the oven for the match",
    ):
        assert read_post(content, "en").intent == "behind_the_scenes", content


def test_a_drink_or_a_dessert_is_no_dinner() -> None:
    for content, mark in (
        ("Hazelnut flat white now on at Kowhai Roasters", "☕"),
        ("Lemon pavlova at Sorrel & Thyme this Saturday, $8 a slice.", "🍰"),
        ("This week's veggie box: kale, carrots, leeks and beetroot. £16, on Fridays.", "🥕"),
    ):
        variants = captions_for(content, tone="casual")
        for variant in variants:
            text = text_of(variant)
            assert "dinner" not in text.lower(), text
            assert "🍽" not in text, text
        assert any(mark in text_of(v) for v in variants), [text_of(v) for v in variants]
