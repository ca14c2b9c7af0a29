"""A blocked word takes the endings English gives it, never any ending: "spic" (a slur)
is "spics", so "spices", "spiced" and "spicing" are no forms of it and stay in the
caption (the whole opening of a spice shop's launch was cut before)."""

from __future__ import annotations

from .helpers import captions_for, text_of


def test_spice_words_are_not_the_slur() -> None:
    content = (
        "new chai blend from kitoro spices, 250g for 450 shillings. pick up at the saturday market"
    )
    for variant in captions_for(content, tone="casual"):
        text = text_of(variant)
        assert "chai blend from kitoro spices" in text.lower(), text


def test_spiced_dish_keeps_its_word() -> None:
    content = "Spiced pear crumble is back at Larchmere Pantry this weekend, £4.50 a bowl."
    for variant in captions_for(content, tone="casual"):
        assert "Spiced pear crumble" in text_of(variant), text_of(variant)


def test_blocked_words_keep_their_real_endings() -> None:
    content = (
        "Fenwick Rugs clearance: bargains on every runner, deals on the wool kilims. "
        "Thursday to Sunday only."
    )
    brand = {"banned_words": ["bargain", "deal", "damn"]}
    for variant in captions_for(content, brand=brand):
        text = text_of(variant).lower()
        assert "bargains" not in text, text
        assert "deals" not in text, text
    sworn = "Those dicks parked across our loading bay again. Shop's open as usual."
    for variant in captions_for(sworn):
        assert "dicks" not in text_of(variant).lower(), text_of(variant)
