"""A noun after a preposition with no article: a noun, though also a verb's form.

A German brief typed in lower case says "quiche mit zwiebeln" or "kuchen mit
streuseln": "zwiebeln", "streuseln" are also verbs' forms, and were written as nouns
only after an article or a figure, so the caption kept "mit zwiebeln". After a
preposition with no article a verb's form is a noun ("vor Lachen", "mit Zwiebeln"); an
adverb ("bis morgen", "in bar", "bei minus 5 grad") or an adjective ("für gut", "seit
langem", "mit guten …") stays as typed, and "zu", "um" come before an infinitive.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("quiche mit zwiebeln und speck", "Quiche mit Zwiebeln und Speck"),
        ("blechkuchen mit streuseln, dazu salat aus gurken",
         "Blechkuchen mit Streuseln, dazu Salat aus Gurken"),
        ("saft von äpfeln aus dem garten", "Saft von Äpfeln aus dem Garten"),
    ],
)  # fmt: skip
def test_a_noun_after_a_bare_preposition_is_a_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


@pytest.mark.parametrize(
    "typed",
    [
        "bis morgen, wir zahlen in bar",
        "bei minus 5 Grad draußen",
        "das halten wir für gut, seit langem",
        "es gibt was zu essen, um zu laden",
    ],
)
def test_an_adverb_an_adjective_or_an_infinitive_after_a_preposition_stays(typed: str) -> None:
    assert proper_capitals(typed, "de") == typed


def test_a_brief_keeps_its_noun_after_a_preposition() -> None:
    for variant in captions_for("neu im hofladen: quiche mit zwiebeln und speck, 4,50 €"):
        assert "mit Zwiebeln" in text_of(variant)
