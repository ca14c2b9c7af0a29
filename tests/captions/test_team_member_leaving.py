"""A team member leaving is seen off, never sold: "Our head chef Marta is leaving us after
six years to open her own place in Bristol … Come say goodbye this Friday" was read as a
food post and asked "Save this for your next food craving" and "Tag someone who's always
hungry". Someone of the team leaving (is leaving us, her last day, se despide, verlässt
uns, nous quitte, ci lascia …) is asked for goodbyes and good wishes, whatever the post
otherwise reads as.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

POSTS = [
    (
        "en",
        "Our head chef Marta is leaving us after six years to open her own place in Bristol. "
        "We'll miss her Sunday roasts and her terrible puns. Come say goodbye this Friday, "
        "drinks on us from 6.",
    ),
    (
        "en",
        "Today is Priya's last day with us after four years behind the counter. She's off to "
        "study nursing. Pop in and give her a hug before 5pm!",
    ),
    (
        "es",
        "Nuestra panadera Lucía se despide de nosotros tras ocho años de madrugones. Se va a "
        "Valencia a abrir su propio obrador. ¡Mucha suerte, Lucía!",
    ),
    (
        "de",
        "Unsere Konditorin Anke verlässt uns nach zwölf Jahren und geht in Rente. Ihre "
        "Schwarzwälder Kirschtorte werden wir vermissen. Am Samstag gibt es Kuchen zum Abschied.",
    ),
    (
        "fr",
        "Notre serveuse Camille nous quitte après cinq ans pour partir vivre à Lyon. Merci "
        "pour tout, Camille, et bonne route !",
    ),
    (
        "pt",
        "A nossa pasteleira Inês despede-se de nós depois de seis anos. Vai abrir a sua "
        "própria pastelaria em Braga. Boa sorte, Inês!",
    ),
    (
        "it",
        "Il nostro pizzaiolo Gennaro ci lascia dopo dieci anni: va in pensione. Grazie di "
        "tutto, maestro! Sabato sera brindiamo insieme.",
    ),
]
# what the asks of a post about food, fashion or a sale say
_SELLING = re.compile(
    r"(?i)craving|hungry|order|meal|taste|try|shop|buy|wear|save this|comida|hambre|probar"
    r"|hunger|probier|bestell|faim|goûter|commande|fome|provar|encomend|fame|assaggi|ordin"
)
_GOODBYE = re.compile(
    r"(?i)goodbye|send-off|wish|luck|love|👋|despedida|suerte|abschied|glück|wünsch|au revoir"
    r"|chance|mot|despedida|sorte|boa|saluto|auguri|in bocca"
)


@pytest.mark.parametrize(("language", "content"), POSTS)
def test_a_leaving_is_asked_for_goodbyes(language: str, content: str) -> None:
    assert "leaving" in read_post(content, language).flags
    for variant in captions_for(content, language=language):
        ask = re.split(r"(?<=[.!?])\s+", text_of(variant).strip())[-1]
        assert not _SELLING.search(ask), variant.caption
        assert _GOODBYE.search(ask), variant.caption


def test_leaving_the_house_is_no_farewell() -> None:
    content = "Unplug your fairy lights before leaving the house or going to bed."
    assert "leaving" not in read_post(content, "en").flags


@pytest.mark.parametrize(
    ("language", "content"),
    [
        (
            "en",
            "After 31 years behind this counter I am retiring. My last day is Saturday. "
            "Thank you all for being part of it.",
        ),
        (
            "it",
            "Dopo 40 anni di forbici e pettini, il nostro Franco va in pensione. Sabato "
            "festeggiamo con un brindisi in negozio.",
        ),
    ],
)
def test_a_retirement_is_a_send_off_with_no_milestone_tags(language: str, content: str) -> None:
    post = read_post(content, language)
    assert "leaving" in post.flags
    assert not post.sensitive
    for variant in captions_for(content, language=language):
        tags = {t.lower() for t in variant.hashtags}
        assert not tags & {"#milestone", "#anniversary", "#counter", "#traguardo"}, tags
        assert "\N{PARTY POPPER}" not in variant.caption, variant.caption


def test_a_send_off_told_of_someone_else_speaks_for_no_one_retiring() -> None:
    content = "Hope is retiring after 30 years at the bakery. Cake on Saturday!"
    variants = captions_for(content, language="en")
    for variant in variants:
        assert "I'll" not in variant.caption, variant.caption
        assert "tell me" not in variant.caption.lower(), variant.caption
        assert "#hope" not in {t.lower() for t in variant.hashtags}, variant.hashtags


def test_a_send_off_waves_once() -> None:
    content = (
        "Our head chef Marta is leaving us after six years to open her own place in Bristol. "
        "Come say goodbye this Friday, drinks on us from 6."
    )
    for variant in captions_for(content, language="en"):
        assert variant.caption.count("\N{WAVING HAND SIGN}") <= 1, variant.caption
