"""English posts read by a strict reviewer (reader-en, issue 12), second slice.

A place that "opens its doors again" is a reopening, as "we reopen Friday" was: "The
Otter opens its doors again on Friday" was an everyday moment ("Share your little joy of
the day below", ☀️).

A word that names a job's field is no thing of its own: "part time sales assistant" got
🏷️ (a sale's price tag) on a job ad.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._emoji import post_emoji
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    "content",
    [
        "The Kestrel opens its doors again on Saturday",
        "the corner deli is opening its doors again next week after the refit",
        "Good news: Maple & Moss opens again on the 3rd",
    ],
)
def test_doors_opening_again_is_a_reopening(content: str) -> None:
    assert read_post(content, "en").intent == "event"


def test_a_reopening_gets_no_everyday_lines() -> None:
    for variant in captions_for(
        "The Kestrel opens its doors again on Saturday",
        tone="inspirational",
        length="short",
        hashtags=5,
        emoji=True,
        cta=True,
    ):
        text = text_of(variant).lower()
        assert "little joy" not in text, text
        assert "made you smile" not in text, text


@pytest.mark.parametrize(
    "content",
    [
        "we're hiring a sales assistant for saturdays, apply in store",
        "now hiring: sales manager for our leeds showroom, send your cv",
        "Job opening: part-time bakery assistant, early shifts, apply by email",
    ],
)
def test_a_job_fields_word_gives_no_emoji(content: str) -> None:
    icons = post_emoji(read_post(content, "en"))
    assert "🏷️" not in icons, icons
    assert "🍞" not in icons, icons


def test_a_sale_keeps_its_tag() -> None:
    assert "🏷️" in post_emoji(read_post("sale on now: 30% off all sales rails", "en"))
