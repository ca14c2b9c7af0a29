"""A unit's full stop after its number ends the sentence before a capital (reader round:
"It weighs just 240 g. Available in five colours for €129 from Friday." was read as one
sentence, the "g." taken for an initial, and "Bake for 25 min. Then …" for an
abbreviation's "min."). A unit written short after its number (g, kg, ml, cl, km, cm, m,
h, min, p.m. …) followed by ". " and a capitalised word ends its sentence; German writes
its nouns with a capital ("Nur 45 Min. Fahrt"), so there only a word that opens a
sentence does ("… 750 g. Ab Freitag"). Abbreviations before what they shorten ("Dr.",
"St.", "approx.", "min. 3 people") keep their sentence whole.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

import captions

# (language, post, a sentence it reads on its own)
ENDED = [
    (
        "en",
        "Meet the Trailhead bottle. It weighs just 240 g. Available in five colours for €129 "
        "from Friday.",
        "Available in five colours",
    ),
    ("en", "Banana bread tip: bake for 55 min. Then let it cool in the tin.", "Then let it cool"),
    (
        "fr",
        "Notre nouveau miel de lavande en pot de 250 ml. Disponible dès samedi au marché de Nyons.",
        "Disponible dès samedi",
    ),
    (
        "es",
        "Nuestra bolsa de café de 1 kg. Tostado esta semana en Valencia.",
        "Tostado esta semana",
    ),
    (
        "it",
        "Il giro del lago è lungo 12 km. Partenza alle 9 dal pontile di Salò.",
        "Partenza alle 9",
    ),
    ("pt", "A garrafa tem 75 cl. Chega às lojas na sexta-feira.", "Chega às lojas"),
    ("de", "Unser neues Roggenbrot wiegt 750 g. Ab Freitag in allen Filialen.", "Ab Freitag"),
]


@pytest.mark.parametrize(
    ("language", "content", "sentence"),
    ENDED,
    ids=["en-g", "en-min", "fr-ml", "es-kg", "it-km", "pt-cl", "de-g"],
)
def test_a_unit_s_dot_ends_its_sentence(language: str, content: str, sentence: str) -> None:
    sentences = captions.read_post(content, language).sentences
    assert any(s.startswith(sentence) for s in sentences), sentences


# (language, post, a phrase read in one sentence)
WHOLE = [
    ("de", "Nur 45 Min. Fahrt von München entfernt: unser Hofladen am Tegernsee.", "45 Min. Fahrt"),
    (
        "en",
        "Dr. Patel joins our clinic on St. Anne's Road from Monday, approx. 20 appointments a day.",
        "Dr. Patel joins our clinic on St. Anne's Road",
    ),
]


@pytest.mark.parametrize(("language", "content", "phrase"), WHOLE, ids=["de-noun", "en-titles"])
def test_an_abbreviation_before_a_capital_keeps_its_sentence(
    language: str, content: str, phrase: str
) -> None:
    sentences = captions.read_post(content, language).sentences
    assert any(phrase in s for s in sentences), sentences
