"""Issue 12: the variants differ in their hook, not only in the emoji and the ask. A
sale's or an event's post that gives its date alone and its offer in sentences of their
own opens its second variant with the date and its third with the offer, each a whole
sentence of the post, the post's opening kept beside it on the first line; a post
without them keeps its first lines."""

from __future__ import annotations

import re

import emoji
import pytest

from .helpers import captions_for, hooks_of, text_of

SALES = [
    (
        "january sale at kestrel kite co 🪁 sat 16 and sun 17 jan. all kites 35% off, "
        "spare lines from £6. in store only",
        "en",
    ),
    (
        "Rebajas de invierno en Librería Alondra 📚 del 18 al 24 de enero. Todas las "
        "agendas al 40% de descuento y cuadernos desde 3 €. Solo en tienda.",
        "es",
    ),
    (
        "Winterschlussverkauf bei Teeladen Birke 🍵 vom 18. bis 23. Januar. Alle "
        "Teekannen 30 % reduziert, Tassen ab 6 €. Nur im Laden.",
        "de",
    ),
    (
        "Soldes d'hiver chez Bijouterie Perle 💍 du 20 au 27 janvier. Toutes les bagues "
        "à -25 %, boucles dès 19 €. En boutique uniquement.",
        "fr",
    ),
    (
        "Promoção de inverno na Loja Gaivota 🧥 de 18 a 25 de janeiro. Todos os casacos "
        "com 30% de desconto e gorros a partir de 8 €. Só na loja.",
        "pt",
    ),
    (
        "Saldi invernali da Cartoleria Vespa ✏️ dal 19 al 26 gennaio. Tutti gli zaini al "
        "30% di sconto e astucci da 5 €. Solo in negozio.",
        "it",
    ),
]
EVENT = (
    "quiz night at the lantern inn 🧠 thursday 21 jan from 7:30pm. teams of up to six, "
    "£2 a head, prizes for the top three."
)


def _first_sentence(line: str) -> str:
    """A first line's first sentence, its emoji taken off."""
    bare = " ".join(emoji.replace_emoji(line, "").split())
    return re.split(r"(?<=[.!?])\s|:\s", bare, maxsplit=1)[0].strip(" .!?:").lower()


def _whole(line: str) -> bool:
    """Whether a first line reads whole: it ends a sentence, never on a comma or cut."""
    bare = emoji.replace_emoji(line, "").rstrip()
    return bare[-1:] in ".!?…" and not bare.endswith(",.")


@pytest.mark.parametrize(("content", "language"), SALES, ids=[s[1] for s in SALES])
def test_a_sale_opens_its_variants_with_its_name_its_date_and_its_offer(
    content: str, language: str
) -> None:
    variants = captions_for(content, language=language, tone="promotional")
    hooks = hooks_of(variants)
    firsts = [_first_sentence(h) for h in hooks]
    assert len(set(firsts)) == 3, hooks
    assert all(_whole(h) for h in hooks), hooks
    # the offer leads the third variant; the post's percentage is said once in it
    percent = re.search(r"-?\d+ ?%", content)
    assert percent is not None
    assert percent.group(0) in hooks[2], hooks
    assert text_of(variants[2]).count(percent.group(0)) == 1, text_of(variants[2])
    # the date leads the second, and is not said again below it
    day = re.search(r"\d+", hooks[1])
    assert day is not None, hooks
    assert hooks[1].index(day.group(0)) < 12, hooks
    assert text_of(variants[1]).count(day.group(0)) == 1, text_of(variants[1])


def test_an_events_date_sentence_leads_the_second_variant() -> None:
    variants = captions_for(EVENT, tone="casual")
    hooks = hooks_of(variants)
    assert hooks[1].startswith("Thursday 21 Jan from 7:30pm: "), hooks
    assert "quiz night at the lantern inn" in hooks[1].lower(), hooks
    assert text_of(variants[1]).count("7:30pm") == 1, text_of(variants[1])
    assert _first_sentence(hooks[0]) != _first_sentence(hooks[1])


def test_the_first_variant_keeps_the_posts_opening() -> None:
    hooks = hooks_of(captions_for(SALES[0][0], language="en", tone="promotional"))
    assert hooks[0].lower().startswith("january sale at kestrel kite co"), hooks


def test_a_personal_moment_keeps_its_opening_in_every_variant() -> None:
    # no date alone, no offer: nothing is built, the post's own opening leads
    content = "Lazy morning at Pebble Cove with Juniper 🐾 two swims and a long nap. Bliss."
    hooks = hooks_of(captions_for(content, tone="casual"))
    assert all(h.startswith(("Lazy morning at Pebble Cove", "🐾 Lazy morning")) for h in hooks)


EVENTS = [
    (
        "Poesieabend im Café Eichhorn am Freitag, 29. Januar, um 20 Uhr 📚 Eintritt 6 €, "
        "Tee und Gebäck inklusive. Der Dichter Lukas Brenner liest neue Gedichte.",
        "de",
        "Eintritt 6 €, Tee und Gebäck inklusive.",
    ),
    (
        "Noite de jazz no Café Andorinha no sábado, 30 de janeiro, às 22h 🎷 Concerto e "
        "petiscos por 18 €. Reservas por telefone.",
        "pt",
        "Concerto e petiscos por 18 €.",
    ),
]


@pytest.mark.parametrize(("content", "language", "lead"), EVENTS, ids=[e[1] for e in EVENTS])
def test_an_events_who_or_price_leads_another_variant(
    content: str, language: str, lead: str
) -> None:
    # (the second, when no sentence of the post gives the date alone)
    variants = captions_for(content, language=language, tone="casual")
    hooks = hooks_of(variants)
    assert hooks[1].startswith(f"{lead} "), hooks
    assert _first_sentence(hooks[0]) != _first_sentence(hooks[1])
    assert text_of(variants[1]).count(lead) == 1, text_of(variants[1])
    # the third never opens with it again
    assert lead not in hooks[2], hooks


def test_a_name_a_place_an_ask_or_a_timetable_never_leads() -> None:
    # "Toronto peeps come thru." names a town and asks; "Einlass 19 Uhr, …" is the
    # timetable; "Fr 8.1., 20 Uhr, …" a date without its what
    for content, language in [
        (
            "Open mic at Juniper Lounge. Hosted by Dana Reyes. Hamilton folks come thru.",
            "en",
        ),
        (
            "Kabarettabend im Theaterkeller Specht. Einlass 19 Uhr, Beginn 20 Uhr, Eintritt "
            "8 €. Mit Mia Lorenz.",
            "de",
        ),
        (
            "Kabarettabend im Theaterkeller Specht. Fr 8.1., 20 Uhr, Eintritt 8 €, nur "
            "Abendkasse. Mit Mia Lorenz.",
            "de",
        ),
    ]:
        hooks = hooks_of(captions_for(content, language=language, tone="casual"))
        bare = [emoji.replace_emoji(h, "").strip() for h in hooks]
        assert all(h.startswith(content.split(".")[0]) for h in bare), hooks


def test_a_half_sentence_never_leads() -> None:
    # "Com a fadista …" opens with a preposition: it stays after the opening
    content = (
        "Noite de fado na Taberna Gaivota na sexta-feira, 5 de fevereiro, às 21h 🎶 Com a "
        "fadista Inês Prado. Reservas por telefone."
    )
    hooks = hooks_of(captions_for(content, language="pt", tone="casual"))
    assert not any(h.startswith("Com a fadista") for h in hooks), hooks


def test_a_discount_code_is_part_of_the_offer_that_leads() -> None:
    content = (
        "weekend sale at Saltmarsh Knitwear 🧶 48 hours only: all jumpers 20% off with code "
        "WOOL20. Free delivery over £40."
    )
    hooks = hooks_of(captions_for(content, tone="promotional"))
    assert hooks[2].startswith("48 hours only: all jumpers 20% off with code WOOL20. "), hooks
    assert "Saltmarsh Knitwear" in hooks[2], hooks


@pytest.mark.parametrize(
    ("content", "language", "side"),
    [
        ("Folk night at the Harbour Bar, Fri 12 Feb from 8pm 🎻 Local bands open, then the "
         "floor is yours. Stew and bread £5 at the bar till 10. No tickets, just turn up.",
         "en", "Stew and bread"),
        ("Noche de gaitas en la Taberna El Roble 🎶 El viernes 12 de febrero, desde las 21:00, "
         "toca el grupo Brétema. Entrada libre; empanada y vino, 12 €. Calle Real 4, Lugo.",
         "es", "Entrada libre; empanada"),
    ],
)  # fmt: skip
def test_a_side_s_price_never_leads(content: str, language: str, side: str) -> None:
    # the price of food at the bar is no event's lead: the post's own opening leads
    for hook in hooks_of(captions_for(content, language=language, tone="casual")):
        assert not hook.startswith(side), hook
