"""A one-sentence brief asked for a medium or a long caption gets a line of the
account's voice after its own words: the length and the tone asked for are heard, not
the brief echoed as one line (blind review 16: a first 10 km, a dog's first year at
home, first snow, each one line for a medium or long request). A short request, a
minimalist tone, a notice, a loss and a post that sells, gathers or hires (whose
colour lines make claims) stay as they are."""

from __future__ import annotations

import pytest

from captions._writer import templates
from tests.captions.helpers import captions_for, text_of


def _lines(language: str) -> set[str]:
    """Every line of colour the language's templates have."""
    return {
        frame.text.rstrip(".!")
        for pool in templates(language).frames["line"].values()
        for frame in pool
    }


@pytest.mark.parametrize(
    ("content", "language", "length", "tone"),
    [
        (
            "First 12 km along the river path with the Harbour Harriers this morning.",
            "en",
            "medium",
            "inspirational",
        ),
        (
            "Nieve, nuestra perra adoptada, cumple hoy dos años en casa con nosotros.",
            "es",
            "long",
            "inspirational",
        ),
        (
            "Heute der erste lange Spaziergang mit unserem Welpen Krümel am Rhein entlang.",
            "de",
            "medium",
            "casual",
        ),
        (
            "Trois jours à Tozeur entre la palmeraie et le désert avec ma sœur.",
            "fr",
            "long",
            "inspirational",
        ),
    ],
)
def test_one_sentence_gets_a_line_of_voice(
    content: str, language: str, length: str, tone: str
) -> None:
    variants = captions_for(content, language=language, length=length, tone=tone)
    pool = _lines(language)
    voiced = 0
    for variant in variants:
        text = text_of(variant)
        assert content.rstrip(".") in text  # the brief's own words stay
        if any(line in text for line in pool):
            voiced += 1
    assert voiced >= 2, [v.caption for v in variants]


@pytest.mark.parametrize(
    ("content", "language", "length", "tone"),
    [
        (
            "First 12 km along the river path with the Harbour Harriers this morning.",
            "en",
            "short",
            "inspirational",
        ),
        (
            "First 12 km along the river path with the Harbour Harriers this morning.",
            "en",
            "medium",
            "minimalist",
        ),
        (
            "Our shop on Quay Lane is closed today after a burst pipe, sorry.",
            "en",
            "medium",
            "casual",
        ),
        (
            "New lavender hand cream, 50 ml, €12, in the shop from Friday.",
            "en",
            "long",
            "promotional",
        ),
    ],
)
def test_no_line_where_it_does_not_belong(
    content: str, language: str, length: str, tone: str
) -> None:
    pool = _lines(language)
    for variant in captions_for(content, language=language, length=length, tone=tone):
        assert not any(line in variant.caption for line in pool), variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("liebe grüße aus dem laden, bis morgen", "de"),  # a shop's goodbye read as home
        ("Happy birthday to our head baker Sam!", "en"),  # no business anniversary's line
        ("Congratulations to our apprentice Mia on passing her exams!", "en"),
        ("En la escuela mañana hay reunión de padres.", "es"),
        ("letzte woche war viel los, danke euch", "de"),  # no "… bedeutet mir die Welt"
        ("ab sofort wieder wanderbar: der weg zum see ist frei", "de"),  # no "Ich plane …"
        ("ab sofort wieder lieferbar: unsere leinentaschen", "de"),
    ],
)
def test_no_line_on_a_guess_nor_a_claim(content: str, language: str) -> None:
    """A line of voice follows only a sure moment of one's own (a run, a trip, a pet, a
    home, a day), never a guessed intent nor a line that claims a speaker or a history
    (review of the day's change)."""
    pool = _lines(language)
    for variant in captions_for(content, language=language, length="medium"):
        assert not any(line in variant.caption for line in pool), variant.caption
