"""A word that tells what a post is for never names what it is about.

Seen: "sabato 16 gennaio festa in libreria, vi aspettiamo dalle 17 con un brindisi" was
about "vi aspettiamo" ("Eccolo qui: vi aspettiamo."), "Este sábado celebramos en el
patio …, os esperamos a las 8" about "os esperamos", "Kommt vorbei am Samstag im Hof"
about "Kommt vorbei", "Sabato festeggiamo in piazza" about "festeggiamo"; the seats and
tickets of an event ("Nur noch 5 Plätze frei") were its subject too.

The rule: the verbs that invite, celebrate, thank or collect ("join us", "os esperamos",
"vi aspettiamo", "kommt vorbei", "inscrivez-vous", "celebramos", "fêtons") and the seats
and tickets an event sells are cues of its purpose in each language's lexicon
(``purpose_only``), never its subject; the subject is then the gathering's own word or
name, or none.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._lexicon import lexicon


@pytest.mark.parametrize(
    ("content", "language", "not_subject"),
    [
        ("sabato 16 gennaio festa in libreria, vi aspettiamo dalle 17 con un brindisi", "it",
         "aspettiamo"),
        ("Sabato festeggiamo in piazza con musica e vin brulé dalle 18", "it", "festeggiamo"),
        ("Este sábado celebramos en el patio con música y tapas, os esperamos a las 8", "es",
         "esperamos"),
        ("Kommt vorbei am Samstag im Hof, wir sehen uns ab 15 Uhr", "de", "kommt"),
        ("Sábado celebramos no quintal com um almoço de família, esperamos por vocês às 13h",
         "pt", "celebramos"),
        ("Lesung am Freitag in der Stadtbücherei, nur noch 5 Plätze frei!", "de", "plätze"),
        ("Come along on Friday night, only 12 tickets left for the supper club", "en",
         "tickets"),
    ],
)  # fmt: skip
def test_a_purpose_word_is_no_subject(content: str, language: str, not_subject: str) -> None:
    subject = read_post(content, language).subject.text
    assert not_subject not in subject.lower(), subject


@pytest.mark.parametrize("language", ["en", "es", "de", "fr", "pt", "it"])
def test_every_language_lists_its_purpose_words_among_its_cues(language: str) -> None:
    lex = lexicon(language)
    assert lex.purpose_only, language
    # a purpose word is a cue (it still tells the intent) and no function word
    assert lex.purpose_only <= lex.all_cue_words | lex.cue_phrase_words, sorted(
        lex.purpose_only - lex.all_cue_words - lex.cue_phrase_words
    )


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Sabato festeggiamo in piazza con musica e vin brulé dalle 18", "it"),
        ("Este sábado celebramos en la plaza con charanga y chocolate desde las 18 h", "es"),
        ("Samedi on fête ça au jardin avec un concert, venez dès 18 h", "fr"),
    ],
)
def test_a_party_on_a_day_is_a_gathering(content: str, language: str) -> None:
    # "we celebrate" with a day and nothing reached (no years, count or wedding)
    assert read_post(content, language).intent == "event"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Sabato festeggiamo 10 anni di bottega, vi aspettiamo dalle 18", "it"),
        ("Samstag feiern wir 20 Jahre Werkstatt, ab 15 Uhr im Hof", "de"),
    ],
)
def test_a_party_for_years_reached_stays_a_milestone(content: str, language: str) -> None:
    assert read_post(content, language).intent == "milestone"
