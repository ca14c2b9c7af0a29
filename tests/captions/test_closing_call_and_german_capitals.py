"""The brief's one-word closing call is kept when Spanish opens it with "¡" ("… tapas
gratis. ¡Vengan!" lost its "¡Vengan!" in every variant, as "Come along!" never was).

German days, months and "Uhr" typed in lower case are written as the nouns they are
("am samstag von 10 bis 14 uhr" → "am Samstag von 10 bis 14 Uhr"); the adverb
"samstags" stays lower case inside a sentence, and hashtags stay as tagged.
"""

from __future__ import annotations

import pytest

from captions._capitals import german_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "call"),
    [
        (
            "fiesta de aniversario el viernes 18 a las 20 h en La Bodeguilla, habrá tapas "
            "gratis. ¡Vengan!",
            "¡Vengan!",
        ),
        (
            "mercadillo navideño en la plaza mayor este sábado de 10 a 14 h, artesanía y "
            "chocolate caliente. ¡Venid!",
            "¡Venid!",
        ),
    ],
)
def test_a_one_word_closing_call_is_kept(content: str, call: str) -> None:
    for variant in captions_for(content, language="es", cta=True):
        assert call in text_of(variant), variant.caption


def test_german_days_months_and_hours_are_nouns() -> None:
    typed = "am samstag von 10 bis 14 uhr, ab 12 dezember, um 9uhr. wir sind samstags da #samstag"
    assert german_capitals(typed) == (
        "am Samstag von 10 bis 14 Uhr, ab 12 Dezember, um 9Uhr. wir sind samstags da #samstag"
    )


def test_a_german_caption_writes_the_day_with_its_capital() -> None:
    content = "weihnachtsmarkt am samstag von 10 bis 14 uhr auf dem marktplatz. kommt vorbei!"
    for variant in captions_for(content, language="de", cta=True):
        text = text_of(variant)
        assert "am Samstag von 10 bis 14 Uhr" in text, text
