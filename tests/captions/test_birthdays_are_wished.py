"""Someone's birthday is wished a happy one: "Happy 40th birthday to our head chef Marco!
Cake in the kitchen at 3." was read as food ("Tag the friend who'd order this", "What
would you pair it with?"), "Joyeux anniversaire à notre barista Léa ! Gâteau pour toute
l'équipe ce midi." was asked "Vous goûteriez ?", and the milestone's "Share this with a
friend" or "Envie a quem precisa de ver isto" closed the others. A post that opens
wishing someone a happy birthday (happy birthday, feliz cumpleaños, alles Gute zum
Geburtstag, joyeux anniversaire, parabéns … faz anos, buon compleanno) asks for wishes,
whatever cake is eaten for it; the business's own birthday ("to us", "to our bakery")
stays its milestone.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

_OFF = re.compile(
    r"(?i)order this|pair it|food buddy|goûteriez|goûter sur place|partageriez|share this with a"
    r"|tag someone who should|precisa de ver|dovrebbe vederlo|debería verlo|das sehen"
)
_WISH = re.compile(
    r"(?i)birthday|cumpleaños|felicit|geburtstag|gratuliert|anniversaire|parabéns|aniversário"
    r"|compleanno"
)

BIRTHDAYS = [
    ("en", "Happy 40th birthday to our head chef Marco! Cake in the kitchen at 3."),
    ("es", "¡Feliz cumpleaños a nuestra panadera Lucía! Hoy hay tarta para todo el equipo."),
    ("de", "Alles Gute zum Geburtstag, liebe Anna! Unsere Floristin wird heute 30."),
    ("fr", "Joyeux anniversaire à notre barista Léa ! Gâteau pour toute l'équipe ce midi."),
    ("pt", "Parabéns à nossa cozinheira Rita, que faz anos hoje! Bolo para a equipa toda."),
    ("it", "Buon compleanno al nostro pizzaiolo Gennaro! Oggi torta per tutto lo staff."),
]


@pytest.mark.parametrize(("language", "content"), BIRTHDAYS)
def test_a_birthday_is_wished(language: str, content: str) -> None:
    assert "birthday" in read_post(content, language).flags
    variants = captions_for(content, language=language)
    for variant in variants:
        assert not _OFF.search(variant.caption), variant.caption
    # the first variant's ask is a wish (each says the birthday, whatever its words)
    ask = variants[0].caption.removesuffix(" ".join(variants[0].hashtags)).rstrip()
    assert _WISH.search(ask.split("\n")[-1]), ask


@pytest.mark.parametrize(
    "content",
    [
        "Happy 5th birthday to us! Thank you for every coffee.",
        "Happy 3rd birthday to our little shop!",
    ],
)
def test_the_business_s_own_birthday_is_no_one_s(content: str) -> None:
    assert "birthday" not in read_post(content, "en").flags
