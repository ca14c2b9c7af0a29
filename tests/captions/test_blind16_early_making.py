"""A business's early start at the making is behind the scenes: "Madrugamos para cuajar la
Torta del Casar de esta semana." was an everyday moment asked "¿Qué te ha hecho sonreír
hoy?"; an early hour or rising ("madrugamos", "alle 5", "um 4 Uhr", "à 4 h", "às 5h", "we
got up early") with the oven, the dough or a verb of making after it, told as "we" or by
no one, shows the work before anyone comes in. One person's early bake at home stays
their own."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

_CHEERFUL = ("sonreír", "sorriso", "Lächeln", "sourire", "sorrir", "smile", "alegría", "joy")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Madrugamos para amasar las tortas de aceite del fin de semana.", "es"),
        ("Alle 4 si impasta il pane di Genzano per le botteghe del paese.", "it"),
        ("Um 4 Uhr beginnt bei uns der Teig für die Laugenbrezeln.", "de"),
        ("À 4 h, on pétrit la pâte des baguettes de la semaine.", "fr"),
        ("Às 5h o forno já está aceso para as broas de milho de sábado.", "pt"),
        ("We got up early to curdle this week's batch of Wensleydale.", "en"),
    ],
)  # fmt: skip
def test_an_early_start_at_the_making_is_behind_the_scenes(content: str, language: str) -> None:
    assert read_post(content, language).intent == "behind_the_scenes"
    for variant in captions_for(content, language=language, tone="professional"):
        assert not any(word in text_of(variant) for word in _CHEERFUL), text_of(variant)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("I got up at 5 to bake my daughter's birthday cake, she's still asleep.", "en"),
        ("5am run along the canal before work, legs like lead.", "en"),
        # a street number and a span of hours are no early start
        (
            "Find us at 4 Mill Lane this Saturday, we're baking fresh waffles for the school "
            "fair!",
            "en",
        ),
        (
            "Saturday from 2 to 4pm, bake sale at St Mary's hall. We'll have brownies and "
            "scones!",
            "en",
        ),
    ],
)  # fmt: skip
def test_ones_own_early_morning_is_no_backstage(content: str, language: str) -> None:
    assert read_post(content, language).intent != "behind_the_scenes"
