"""A person's pet post read surely asks in a pet's words ("Show us your pet", "Markiert
andere Tierfreunde") or asks nothing, never the day's question ("What made you smile
today?", "Was hat euch heute zum Lächeln gebracht?"). A person's day with no purpose
read keeps the day's question."""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

_DAYS_ASK = (
    r"(?i)made you smile|joy of the day|a day like this|zum Lächeln|Glück des Tages"
    r"|einen Tag wie|te ha hecho sonreír|alegría del día|un día así|fait sourire aujourd"
    r"|petit bonheur|journée comme|strappato un sorriso|piccola gioia|una giornata così"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Mein Kater Moritz schläft seit drei Stunden auf meiner Jacke 🐱", "de"),
        ("Il mio cane Brio ha visto la neve per la prima volta 🐶", "it"),
        ("Mi gata Luna ha descubierto la caja de la compra 🐱", "es"),
    ],
)
def test_a_persons_pet_asks_for_pets(content: str, language: str) -> None:
    assert read_post(content, language).intent == "pets"
    for variant in captions_for(content, language=language):
        assert not re.search(_DAYS_ASK, text_of(variant)), text_of(variant)


def test_a_persons_day_keeps_the_days_question() -> None:
    texts = [text_of(v) for v in captions_for("Coffee and rain, perfect monday", language="en")]
    assert any(re.search(_DAYS_ASK, text) for text in texts), texts
