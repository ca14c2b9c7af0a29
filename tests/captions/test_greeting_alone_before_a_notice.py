"""A greeting that is the whole first sentence ("Tach zusammen.", "Evening all.") is no
opening to introduce: a notice's lead ("Wichtige Neuigkeiten:", "Important news:") before
it greets no one. It goes before no greeting, alone or with the news after it; a first
sentence of two words that greets no one ("Big news!", "Sad news.") keeps the lead."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_LEADS = ("Wichtige Neuigkeiten", "Important news", "Important update", "Nouvelles importantes")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("tach zusammen. der kiosk am brunnenplatz macht nach 37 jahren zu. "
         "letzter tag ist freitag 🍭", "de"),
        ("Hallo zusammen. Nach 22 Jahren schließt unser Schreibwarenladen "
         "endgültig am 30. Juni.", "de"),
        ("evening all. after 31 years the hardware shop on quarry lane "
         "closes for good on friday.", "en"),
        ("Morning all. After 19 years our bakery on Elm Row is closing its doors "
         "for good this Sunday.", "en"),
        ("Bonsoir. Après 25 ans, la quincaillerie de la rue Haute ferme "
         "définitivement samedi.", "fr"),
    ],
)  # fmt: skip
def test_no_lead_before_a_greeting_alone(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        first = text_of(variant).splitlines()[0]
        assert not first.startswith(_LEADS), text_of(variant)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        # the news said first: a greeting is none of it
        ("Sad news. After 31 years the hardware shop on Quarry Lane closes "
         "for good on Friday.", "en"),
        ("Morning bakes are done. After 19 years our bakery on Elm Row closes "
         "for good this Sunday.", "en"),
    ],
)  # fmt: skip
def test_a_first_sentence_that_greets_no_one_is_no_greeting(content: str, language: str) -> None:
    from captions._signoff import is_greeting

    assert not is_greeting(content.split(".")[0] + ".")


def test_greetings_of_the_time_of_day() -> None:
    from captions._signoff import is_greeting

    for line in ("Evening all.", "Morning all!", "Afternoon everyone.", "Good evening."):
        assert is_greeting(line), line
    for line in ("Evening service is full.", "Morning bakes are done.", "Afternoon tea is back!"):
        assert not is_greeting(line), line
