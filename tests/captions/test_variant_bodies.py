"""The three variants of a business's post differ in body, not only in which sentence
opens them: the first retells the whole brief, the second keeps what a reader needs
(what, when, where, how much, how to reach, what is on offer) and leaves out the filler
("Honestly, we can't get enough of it."), the third lists a sentence that only lists
things, one a line. Nothing is cut mid-sentence and no fact is dropped; a person's own
moment is told whole and never listed (issue 12, "variety that lasts").

Posts invented for this test.
"""

from __future__ import annotations

import re
from itertools import combinations

import emoji
import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

# (brief, language, the filler sentence the second variant leaves out)
FILLER = [
    (
        "Our winter stew is back at Hearth & Hob. Slow-cooked beef, ale and thyme. Honestly, "
        "we can't get enough of it. £11, served from noon at our Bath kitchen.",
        "en",
        "Honestly, we can't get enough of it.",
    ),
    (
        "La tarte du week-end revient chez Pâtisserie Oriane. Poires, amandes et caramel "
        "au beurre salé. Franchement, on en rêve la nuit. 5 € la part, dès 9 h samedi.",
        "fr",
        "Franchement, on en rêve la nuit.",
    ),
    (
        "Da oggi in carta il risotto alla zucca dell'Osteria Grano. Mantecato con "
        "parmigiano 30 mesi. Ve lo diciamo: è una meraviglia. 14 €, solo a cena.",
        "it",
        "Ve lo diciamo: è una meraviglia.",
    ),
]

_NUMBER = re.compile(r"\d[\d.,:]*")


def _plain(text: str) -> str:
    return " ".join(emoji.replace_emoji(text, "").split())


def _body(caption: str) -> str:
    """The caption after its first line (no call to action is asked for)."""
    return _plain(caption.split("\n", 1)[1]) if "\n" in caption else ""


@pytest.mark.parametrize(("brief", "language", "filler"), FILLER, ids=[f[1] for f in FILLER])
def test_a_business_post_gets_a_tighter_second_variant_without_its_filler(
    brief: str, language: str, filler: str
) -> None:
    variants = [text_of(v) for v in captions_for(brief, language=language, cta=False)]
    assert filler in variants[0], variants[0]
    assert filler not in variants[1], variants[1]
    for text in variants:
        # every number of the brief (price, time, age) stays in every variant
        for number in _NUMBER.findall(brief):
            assert number in text, (number, text)
    bodies = [_body(t) for t in variants]
    for one, other in combinations(bodies, 2):
        assert one != other, bodies


def test_the_tighter_variant_keeps_what_is_on_offer_and_a_day_said_in_words() -> None:
    brief = (
        "Hoffest am Samstag, 14. Juni, ab 11 Uhr auf dem Biohof Kranich. Es gibt Führungen "
        "durch den Stall, Kinderschminken und frische Waffeln. Eintritt frei, Parkplätze am "
        "Feldweg."
    )
    for text in (text_of(v) for v in captions_for(brief, language="de")):
        assert "Kinderschminken und frische Waffeln" in text, text
    launch = (
        "Our spring print run is open for preorders at inkwellpress.com. The final prints "
        "ship next month, signed and numbered. We had so much fun with this one."
    )
    for text in (text_of(v) for v in captions_for(launch, language="en")):
        assert "The final prints ship next month" in text, text


def test_the_third_variant_lists_a_sentence_that_only_lists_things() -> None:
    brief = (
        "Our autumn sale starts Friday at Loom & Lantern, 25% off everything in store. Wool "
        "blankets, linen cushions and beeswax candles. Doors open at 9."
    )
    variants = [text_of(v) for v in captions_for(brief, language="en", cta=False)]
    assert not any("• " in t for t in variants[:2]), variants
    assert "• Wool blankets\n• Linen cushions\n• Beeswax candles" in variants[2], variants[2]
    bodies = [_body(t) for t in variants]
    for one, other in combinations(bodies, 2):
        assert one != other, bodies


@pytest.mark.parametrize(
    ("brief", "language"),
    [
        (
            "Cosy weekend at the Alder Inn by Lake Wren. Fire going, rain outside, books and "
            "board games. Already dreading Monday.",
            "en",
        ),
        (
            "Honestly, come find us @rollingoak.truck, grab a taco and say hi! We're parked on "
            "Dock Street until 3pm. Tacos from $4.",
            "en",
        ),
    ],
)
def test_a_persons_moment_or_an_ask_is_never_listed(brief: str, language: str) -> None:
    for text in (text_of(v) for v in captions_for(brief, language=language)):
        assert "• " not in text, text


def test_the_brazilian_a_gente_speaks_for_we() -> None:
    post = read_post(
        "Feira de trocas na Praça da Luz neste sábado, das 10h às 16h. A gente está muito "
        "animada com essa edição. Entrada gratuita.",
        "pt",
    )
    assert post.voice == "we"


@pytest.mark.parametrize(
    ("brief", "language"),
    [
        (
            "Feira de trocas na Praça da Luz neste sábado, das 10h às 16h. Mais de 30 bancas, "
            "livros, roupas e plantas. A gente está muito animada com essa edição. Entrada "
            "gratuita.",
            "pt",
        ),
        (
            "Nuovo corso di ceramica al Laboratorio Argilla. Il corso dura 6 settimane e "
            "costa 120 €, materiali inclusi. Non vediamo l'ora. Iscrizioni a ciao@argilla.it.",
            "it",
        ),
    ],
    ids=["pt", "it"],
)
def test_more_and_an_article_are_no_words_that_lean_on_the_sentence_before(
    brief: str, language: str
) -> None:
    # "Mais de 30 bancas" (more, not the French "but") and "Il corso dura …" (an
    # article, not the French "he") read on their own, so the
    # variants can open and go on differently
    variants = [text_of(v) for v in captions_for(brief, language=language, cta=False)]
    hooks = [_plain(t.split("\n")[0]) for t in variants]
    bodies = [_body(t) for t in variants]
    for one, other in combinations(hooks, 2):
        assert one != other, hooks
    for one, other in combinations(bodies, 2):
        assert one != other, bodies
