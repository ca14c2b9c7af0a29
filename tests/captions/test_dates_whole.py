"""A date is read whole: its weekday, both ends of a span, and both hours of an opening
time (reader round: "Am Samstag, 12. Oktober, feiern wir …! Ab 10 Uhr …" read "10 Uhr"
and missed the date, its "Am" taken for a name's first word as in "Black Friday";
"Vom 8. bis 20. Januar" read "20. Januar", and "das 8h às 18h" read "8h"). A weekday
after a small word ("am", "on", "ce", "el", "il" …) is a day, a span of days keeps its
first day and its leading word ("vom", "from", "del", "du", "dal", "de"), and a span of
hours keeps both hours ("from 10am to 4pm", "von 10 bis 18 Uhr", "dalle 10 alle 18"), in
all six languages; the caption that tells the date tells all of it.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

import captions
from tests.captions.helpers import captions_for, text_of

# (language, post, words the date it reads must hold)
DATES = [
    (
        "de",
        "Am Samstag, 12. Oktober, feiern wir zehn Jahre Hofladen Birkenhain! Ab 10 Uhr gibt "
        "es Kaffee und Kuchen.",
        ("Samstag", "12. Oktober"),
    ),
    (
        "de",
        "Vom 8. bis 20. Januar machen wir Betriebsferien. Ab dem 21. sind wir wieder für euch da.",
        ("8.", "20. Januar"),
    ),
    (
        "en",
        "We're closed from 8 to 20 January for our winter break. See you in the new year!",
        ("8", "20 January"),
    ),
    (
        "es",
        "Del 3 al 9 de marzo celebramos la semana de la tortilla en Casa Lupe. ¡Os esperamos!",
        ("3", "9 de marzo"),
    ),
    (
        "fr",
        "Du 28 mars au 3 avril, notre boulangerie de Lyon ferme pour congés. Merci de votre "
        "compréhension !",
        ("28 mars", "3 avril"),
    ),
    (
        "it",
        "Dall'8 al 20 gennaio la bottega resta chiusa per ferie. Ci vediamo il 21!",
        ("8", "20"),
    ),
    (
        "pt",
        "A nossa padaria em Coimbra está aberta de segunda a sábado, das 8h às 18h. Venha "
        "provar o pão de centeio!",
        ("8h", "18h"),
    ),
    (
        "en",
        "Spring plant fair at Holly Lane Nursery on Saturday 12 April, 10am to 4pm. Free entry.",
        ("12 April", "10am", "4pm"),
    ),
    (
        "de",
        "Tag der offenen Tür: Samstag, 12. Oktober, von 10 bis 18 Uhr in unserer Töpferei in "
        "Kassel.",
        ("12. Oktober", "10", "18 Uhr"),
    ),
    (
        "it",
        "Sabato 15 marzo, dalle 10 alle 18, mercatino dell'usato nel cortile della scuola Manzoni.",
        ("15 marzo", "10", "18"),
    ),
    (
        "es",
        "El viernes 7 de junio abrimos la terraza de 18 a 23 h. ¡Trae a tus amigos!",
        ("viernes", "7 de junio", "18", "23 h"),
    ),
]


@pytest.mark.parametrize(
    ("language", "content", "parts"),
    DATES,
    ids=[
        "de-weekday",
        "de-span",
        "en-span",
        "es-span",
        "fr-two-months",
        "it-elided",
        "pt-hours",
        "en-hours",
        "de-hours",
        "it-hours",
        "es-hours",
    ],
)
def test_a_date_is_read_whole(language: str, content: str, parts: tuple[str, ...]) -> None:
    when = captions.read_post(content, language).when or ""
    for part in parts:
        assert part in when, when


def test_black_friday_is_still_a_name_and_no_date() -> None:
    # the small words that lead a day do not make a name's weekday a date
    when = captions.read_post(
        "Black Friday deals on all our candles, 30% off this weekend only!", "en"
    ).when
    assert "Friday" not in (when or "")


def test_a_span_s_date_is_told_whole_with_a_small_first_word() -> None:
    content = (
        "Vom 8. bis 20. Januar machen wir Betriebsferien. Ab dem 21. sind wir wieder für euch da."
    )
    for variant in captions_for(content, language="de"):
        text = " ".join(text_of(variant).split())
        # never the last day alone, and "Vom" only at a sentence's start
        assert "8. bis 20. Januar" in text, text
        assert ", Vom" not in text, text
        assert ": Vom" not in text, text


# (language, post, words the date it reads must hold): hours written with their minutes
# and no unit ("de 10:00 a 20:00"), and an Italian span led by "da"
MORE = [
    (
        "es",
        "Mercado de artesanía del viernes 6 al domingo 8 de diciembre, de 10:00 a 20:00, en la "
        "Plaza del Pilar.",
        ("6", "8 de diciembre", "10:00", "20:00"),
    ),
    (
        "it",
        "Mercatino di Natale da venerdì 6 a domenica 8 dicembre, dalle 10 alle 19, in Piazza "
        "Maggiore.",
        ("da venerdì 6", "8 dicembre", "10", "19"),
    ),
]


@pytest.mark.parametrize(("language", "content", "parts"), MORE, ids=["es-minutes", "it-da"])
def test_more_spans_are_read_whole(language: str, content: str, parts: tuple[str, ...]) -> None:
    when = captions.read_post(content, language).when or ""
    for part in parts:
        assert part in when, when
