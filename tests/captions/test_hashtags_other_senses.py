"""A word's other sense gives no tag, on invented posts: a holiday named "Boxing Day" is
no sport, a steak's crust is no baking, make-up is no skin care. The right tags stay:
#boxing on a boxing club, #baking on a loaf, #skincare on a serum."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        (
            "Boxing Day deals at Larkspur Home: every lamp and rug 30% off, today only.",
            "en",
            "#boxing",
        ),
        (
            "Our Boxing Week sale starts now: all knitwear half price at Tolley & Finch.",
            "en",
            "#boxing",
        ),
        ("Quick tip: pat your lamb chops dry before searing for a deep crust.", "en", "#baking"),
        (
            "Evening makeup for Ayesha's graduation: bronze eyes, nude lip, lashes.",
            "en",
            "#skincare",
        ),
        (
            "Maquilhagem de noiva para a Inês hoje de manhã: pele luminosa e batom nude.",
            "pt",
            "#skincare",
        ),
        (
            "Braut-Make-up für Leonie heute früh: sanfter Lidstrich und Wimpern.",
            "de",
            "#hautpflege",
        ),
    ],
)
def test_another_sense_gives_no_tag(content: str, language: str, wrong: str) -> None:
    tags = tags_of(content, language)
    assert wrong not in tags, tags
    assert tags


@pytest.mark.parametrize(
    ("content", "language", "right"),
    [
        (
            "Boxing classes for beginners every Tuesday at Ironbark Gym, first session free.",
            "en",
            "#boxing",
        ),
        ("Tip: let your sourdough loaf cool for an hour before you slice it.", "en", "#baking"),
        ("Our new vitamin C serum is here: brighter skin in four weeks.", "en", "#beauty"),
        (
            "Tip: a gentle cleanser and a light serum every evening keep skin calm.",
            "en",
            "#skincare",
        ),
    ],
)
def test_the_right_sense_keeps_its_tag(content: str, language: str, right: str) -> None:
    tags = tags_of(content, language)
    assert right in tags, tags
