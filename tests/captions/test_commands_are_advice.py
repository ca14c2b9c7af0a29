"""Advice given as commands is a tip, with or without the word "tips": "Check your smoke
alarms this weekend. Never leave candles burning. Keep a torch by the bed." was read as a
home post ("Share this with someone who loves a cosy space", #homedecor, and "Keep" as
a name, #Keep), "Wear a helmet. Use lights after dark. Never ride with headphones in." as
one's own ride ("Who's joining the next one?"), and the same smoke-alarm advice in
Italian and Portuguese as home and a day. Sentences that mostly tell the reader what to
do, one of them saying "never", "always" or "your", are advice; a shop's invitations
("Book your table. Bring your friends.") are not.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

ADVICE = [
    (
        "en",
        "Check your smoke alarms this weekend. Never leave candles burning. Keep a torch by "
        "the bed.",
    ),
    (
        "en",
        "Turn off the heating before you go. Unplug the tree lights at night. Never charge "
        "e-bikes overnight in the hallway.",
    ),
    (
        "en",
        "Always lock your bike to something solid. Never leave it in the front garden "
        "overnight. Write down the frame number.",
    ),
    ("en", "Wear a helmet. Use lights after dark. Never ride with headphones in."),
    (
        "it",
        "Controllate i rilevatori di fumo questo weekend. Non lasciate mai candele accese. "
        "Tenete una torcia vicino al letto.",
    ),
    (
        "pt",
        "Verifique os detetores de fumo este fim de semana. Nunca deixe velas acesas. Tenha "
        "uma lanterna junto à cama.",
    ),
    (
        "es",
        "Revisa tus detectores de humo este fin de semana. Nunca dejes velas encendidas. Ten "
        "una linterna junto a la cama.",
    ),
]


@pytest.mark.parametrize(("language", "content"), ADVICE)
def test_commands_to_the_reader_are_advice(language: str, content: str) -> None:
    assert read_post(content, language).intent == "tip"
    tags = tags_of(captions_for(content, language=language))
    assert not tags & {"#homedecor", "#interiordesign", "#keep", "#fitness"}, tags


NOT_ADVICE = [
    ("en", "Book your table now. Bring your friends. Join us Saturday at 7pm."),
    ("en", "Come hungry. Leave happy. Open daily from 9am."),
    ("it", "Prenotate il vostro tavolo. Venite con gli amici. Vi aspettiamo sabato alle 20."),
]


@pytest.mark.parametrize(("language", "content"), NOT_ADVICE)
def test_an_invitation_is_no_advice(language: str, content: str) -> None:
    assert read_post(content, language).intent != "tip"
