"""A place whose name opens with a small word written with its capital mid-sentence
("into To Sua trench") is the whole name, never its second half: a question frame that
fills the place said "Been to Sua?" (blind round 19, en-08)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

POSTS = [
    (
        "A week on Tanna and Efate, Vanuatu 🌋 What we loved: snorkelling off To Lani reef, "
        "a kava night with Joel's cousins in Port Resolution, and the ash plain at Yasur. "
        "Slow trucks, fresh papaya. We'll be back.",
        "To Lani",
    ),
    (
        "Five days around Kauai 🌺 Best bits: paddling up to In Nalu falls, poke from a "
        "gas station, and the red dirt at Waimea. Sore arms, happy hearts.",
        "In Nalu",
    ),
]


@pytest.mark.parametrize(("content", "name"), POSTS)
def test_a_place_keeps_its_opening_small_word(content: str, name: str) -> None:
    half = name.split()[1]
    for tone in ("inspirational", "casual"):
        variants = captions_for(content, language="en", tone=tone, length="short")
        for variant in variants:
            assert f"to {half}?" not in variant.caption, variant.caption
        assert f"#{half}" not in tags_of(variants)
    assert read_post(content, "en").place != half


def test_a_small_word_after_a_stop_is_no_name() -> None:
    # a sentence's first word, and a title-cased line, are read as before
    post = read_post("Back from Lisbon. In Alfama we ate sardines every night.", "en")
    assert post.place in ("Lisbon", "Alfama")
    post = read_post("A Weekend In Porto With The Whole Family", "en")
    assert post.place != "In Porto"
