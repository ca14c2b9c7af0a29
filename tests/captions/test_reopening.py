"""A business opening its doors again is good news and a day to come (an event), never a
notice: no "Thank you for your understanding" under "Gran reapertura …". A closure that
says when it reopens stays a notice. Invented posts, six languages."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

REOPENINGS = [
    (
        "es",
        "Gran reapertura de la Ferretería Sol el jueves 5: pasillos nuevos, el trato de "
        "siempre. Os esperamos desde las 9.",
    ),
    (
        "es",
        "¡Reabrimos! Tras dos meses de obras, la Librería Faro vuelve el sábado con sofás nuevos.",
    ),
    (
        "de",
        "Wir öffnen wieder! Ab Dienstag ist der Blumenladen Mohn nach dem Umbau wieder für "
        "euch da.",
    ),
    (
        "en",
        "We're reopening on Thursday after a month of repairs. New shelves, same records, "
        "same friendly faces.",
    ),
    (
        "fr",
        "Réouverture de la Librairie Vent d'Ouest jeudi après travaux : nouvelles étagères, "
        "mêmes conseils.",
    ),
    ("it", "Riapriamo! Da giovedì la Cartoleria Stella torna con un nuovo angolo regali."),
    ("pt", "Reabrimos na quinta-feira depois das obras: a Papelaria Lua está de cara nova."),
]
# thanks for patience or understanding: what a notice says, never a reopening
NOTICE_WORDS = (
    "comprensión",
    "paciencia",
    "verständnis",
    "geduld",
    "understanding",
    "patience",
    "compréhension",
    "pazienza",
    "comprensione",
    "compreensão",
    "paciência",
)
CLOSURES = [
    ("en", "Closed Thursday for stocktaking. Reopening Friday at 10am."),
    ("fr", "Fermé jeudi pour inventaire. Réouverture vendredi 10h."),
    (
        "de",
        "Wegen eines Rohrbruchs bleibt der Laden bis Mittwoch geschlossen. Wir öffnen "
        "wieder am Donnerstag.",
    ),
]


@pytest.mark.parametrize(("language", "content"), REOPENINGS)
def test_a_reopening_is_good_news(language: str, content: str) -> None:
    post = read_post(content, language)
    assert not confidence(post).notice, content
    assert post.intent in ("event", "milestone"), (post.intent, content)
    for variant in captions_for(content, language=language):
        text = text_of(variant).lower()
        assert not any(w in text for w in NOTICE_WORDS), text
        assert "🏡" not in text, text


@pytest.mark.parametrize(("language", "content"), CLOSURES)
def test_a_closure_that_says_when_it_reopens_stays_a_notice(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice, content
