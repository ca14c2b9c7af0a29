"""Lists written inline (blind round 18). Posts invented for these tests.

An item that ends in a figure ("… at 6.", "… um 5.", "… às 5.") before the next item's
number is still an item of its own: its dot and the next number are no date ("5. 2." is
not the fifth of February) and the list never breaks there ("1. … um 5. 2. Teig …" on one
line, then items with no number)."""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

_MARK = re.compile(r"^\s*(?:[•\-\u2013·*]|\d{1,2}[.)])\s+")

STEPS = [
    (
        "de",
        "So entsteht unser Roggenbrot in der Backstube Kornblume: 1. Sauerteig ansetzen um 5. "
        "2. Teig kneten, ganz langsam. 3. Brote formen und ruhen lassen. 4. Backen im "
        "Steinofen. Jeden Tag frisch!",
        [
            "Sauerteig ansetzen um 5",
            "Teig kneten, ganz langsam",
            "Brote formen und ruhen lassen",
            "Backen im Steinofen",
        ],
    ),
    (
        "es",
        "Así hacemos las empanadas en Cocina Doña Rosa, Tucumán: 1. Masa lista a las 6. "
        "2. Relleno de carne cortada a cuchillo. 3. Repulgue a mano, una por una. 4. Horno "
        "de barro. ¡Los esperamos!",
        [
            "Masa lista a las 6",
            "Relleno de carne cortada a cuchillo",
            "Repulgue a mano, una por una",
            "Horno de barro",
        ],
    ),
    (
        "pt",
        "Como nasce o nosso queijo na Queijaria Serra Alta: 1. Leite ordenhado às 5. "
        "2. Coalho natural e sal grosso. 3. Prensagem à mão. 4. Cura de 30 dias. Bom apetite!",
        [
            "Leite ordenhado às 5",
            "Coalho natural e sal grosso",
            "Prensagem à mão",
            "Cura de 30 dias",
        ],
    ),
    (
        "it",
        "Come nasce il nostro gelato alla Gelateria Brina, a Cesena: 1. Latte fresco dalla "
        "stalla alle 7. 2. Mantecatura lenta, a mano. 3. Riposo in vetrina per 2 ore. "
        "4. Al banco dalle 11. Vi aspettiamo!",
        [
            "Latte fresco dalla stalla alle 7",
            "Mantecatura lenta, a mano",
            "Riposo in vetrina per 2 ore",
            "Al banco dalle 11",
        ],
    ),
    (
        "en",
        "How our sourdough happens at Crumb Loft, Hebden Bridge: 1. Levain fed at 6. "
        "2. Dough mixed by hand, slowly. 3. Shaped and proved for 12 hours. 4. Baked in the "
        "deck oven. Fresh every morning!",
        [
            "Levain fed at 6",
            "Dough mixed by hand, slowly",
            "Shaped and proved for 12 hours",
            "Baked in the deck oven",
        ],
    ),
]
IDS = ["de", "es", "pt", "it", "en"]


def _key(text: str) -> str:
    return text.strip(" .!?;").lower()


def _list_lines(text: str) -> list[str]:
    return [_key(_MARK.sub("", ln)) for ln in text.split("\n") if _MARK.match(ln)]


@pytest.mark.parametrize(("language", "content", "items"), STEPS, ids=IDS)
def test_an_item_ending_in_a_figure_is_still_an_item(
    language: str, content: str, items: list[str]
) -> None:
    post = read_post(content, language)
    assert [_key(i) for i in post.items] == [_key(i) for i in items], post.sentences
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert _list_lines(text) == [_key(i) for i in items], text
        assert not re.search(r"\d\. \d\. ", text), text  # never "… um 5. 2. Teig" inline


@pytest.mark.parametrize(
    ("language", "content", "sentence"),
    [
        # a numeric date written with a space stays one date, inside its sentence
        (
            "de",
            "Winterfest am Freitag 18. 12. ab 17 Uhr im Hof der Gärtnerei Linde. Glühwein 3 Euro.",
            "18. 12. ab 17 Uhr",
        ),
        (
            "de",
            "Betriebsferien vom 24. bis 27. Dezember. Ab dem 28. sind wir wieder da.",
            "24. bis 27",
        ),
        # a list typed one item a line keeps a day's number before its month in its item
        (
            "de",
            "Unsere Markttermine:\n1. Wochenmarkt am 3. März\n2. Ostermarkt am 28. März\n"
            "3. Frühlingsfest am 9. Mai",
            "Ostermarkt am 28. März",
        ),
    ],
)
def test_a_date_stays_inside_its_sentence(language: str, content: str, sentence: str) -> None:
    post = read_post(content, language)
    assert any(sentence in s for s in post.sentences), post.sentences


# A list typed one item a line whose last item holds a date with its year ("am 5. 2.
# 2027"): the year is the date's, so the list keeps its items one a line and the date
# whole, never "Picknick am 5. 2." and "2027 verschoben." as two lines.
DATED_ITEMS = [
    (
        "de",
        "Ablauf der Vereinsfeier in der Mühle Grünwald:\n1. Empfang im Hof um 6.\n"
        "2. Abendessen im Saal um 7.\n3. Jahresrückblick am 14. 3. 2027 nachgeholt.",
        [
            "Empfang im Hof um 6",
            "Abendessen im Saal um 7",
            "Jahresrückblick am 14. 3. 2027 nachgeholt",
        ],
    ),
    (
        "it",
        "Il programma della sagra di Castelvetro:\n1. Apertura stand alle 10.\n"
        "2. Pranzo sotto il portico alle 13.\n3. Premiazione rinviata al 9. 4. 2027.",
        [
            "Apertura stand alle 10",
            "Pranzo sotto il portico alle 13",
            "Premiazione rinviata al 9. 4. 2027",
        ],
    ),
]


@pytest.mark.parametrize(("language", "content", "items"), DATED_ITEMS, ids=["de", "it"])
def test_a_dated_last_item_keeps_its_year(language: str, content: str, items: list[str]) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        lines = [re.sub(r"[^\w.]+$", "", ln) for ln in _list_lines(text)]
        if lines:
            assert lines == [_key(i) for i in items], text
        for item in items:
            assert _key(item) in text.lower(), text


@pytest.mark.parametrize(
    ("language", "content", "sentence"),
    [
        # a spaced date's year stays with it, inside its sentence
        ("de", "Der Töpferkurs beginnt am 5. 2. 2027 in der Werkstatt Lehmann.", "5. 2. 2027 in"),
        ("de", "Neuer Termin: 3. 1. 2027. Wir freuen uns auf euch!", "3. 1. 2027."),
        # (a count before a year at a line's end is no date: "unser 12." then "2026 …")
        ("de", "Das war unser 12. Sommerfest.\n2026 feiern wir wieder.", "2026 feiern wir wieder."),
    ],
)
def test_a_spaced_dates_year_is_the_dates(language: str, content: str, sentence: str) -> None:
    post = read_post(content, language)
    assert any(s.startswith(sentence) or sentence in s for s in post.sentences), post.sentences
    if sentence.startswith("20"):
        assert sentence in post.sentences, post.sentences


# A side detail never joins the opening on the first line: a label with a short value
# ("Ride jersey: £30."), or past the next sentence a short afterthought with no figure and
# no name ("The ducks got nothing."); the next sentence may still join it when it is the
# substance.
SIDE_DETAILS = [
    (
        "en",
        "Sunday the Kestrel Wheelers club rode from Hexham up to Allenheads. 48 km, 700 m "
        "of climbing and nobody walked. Fastest up the hill was Maureen, who is 67. Next "
        "ride: Sunday 14 February, 8am from the abbey. Ride jersey: £30.",
        "Ride jersey",
    ),
    (
        "es",
        "Ayer el club de montaña Las Vicuñas subió de Tafí del Valle al Infiernillo. 20 km, "
        "900 m de desnivel y nadie se volvió. La más rápida fue doña Elsa, de 58 años. "
        "Próxima salida: sábado 20 de febrero, 7:00, desde la plaza. Gorra del club: $ 9.000.",
        "Gorra del club",
    ),
    (
        "en",
        "Our tortoise Pebble turns 40 today. 🐢🎂 We named her after the first thing she "
        "looked like in the garden. She still races the cat to the strawberries and wins "
        "every June. Birthday lunch: dandelion leaves. The oldest resident of Kirkby Lonsdale.",
        "Birthday lunch",
    ),
    (
        "en",
        "Drove out to Whitby for the first dry Saturday of the month. ☀️ Climbed the 199 "
        "steps to the abbey, watched the boats come in, then fish and chips on the pier. The "
        "ducks got nothing. Cold noses, warm hearts. North Yorkshire in February is a treat.",
        "ducks got nothing",
    ),
    (
        "it",
        "Siamo saliti a Castelluccio per la prima domenica di sole dell'anno. ☀️ Giro del "
        "Pian Grande, lenticchie al rifugio e il Vettore ancora bianco. I cani erano "
        "stanchissimi. Mani fredde, cuore caldo. L'Umbria d'inverno è sottovalutata.",
        "cani erano stanchissimi",
    ),
]


@pytest.mark.parametrize(("language", "content", "detail"), SIDE_DETAILS)
def test_a_side_detail_stays_out_of_the_opening(language: str, content: str, detail: str) -> None:
    variants = [text_of(v) for v in captions_for(content, language=language)]
    for text in variants:
        opening = text.split("\n\n")[0]
        assert detail.lower() not in opening.lower(), text
        assert detail.lower() in text.lower(), text  # said below, never dropped


@pytest.mark.parametrize(
    ("language", "content", "joined"),
    [
        # the next sentence is the substance: it may join the opening
        (
            "en",
            "Big news from Fernbrook Pottery. We're opening a second studio in Settle this "
            "spring. Classes, a kiln room and a little shop. Thanks for all the support.",
            "second studio in Settle",
        ),
    ],
)
def test_the_substance_may_still_join_the_opening(language: str, content: str, joined: str) -> None:
    openings = [text_of(v).split("\n\n")[0] for v in captions_for(content, language=language)]
    assert any(joined in o for o in openings), openings


# A priced list's last "and" (y, e, und, et) inside one priced thing joins it, never
# splits it: the price is the whole item's ("the supper deal with chowder and a pint of
# Rattler £20" is one deal, never "• A pint of Rattler £20").
PRICED_WITH_AND = [
    (
        "en",
        "Tonight at The Tidemill, Falmouth: the crab roll £12, the supper deal with chowder "
        "and a pint of Rattler £20. Kitchen open 6 to 9.",
        "a pint of rattler £20",
    ),
    (
        "es",
        "Este finde en Fonda La Tortuga, Mérida: el plato de cochinita $120, el combo con "
        "panuchos y agua de jamaica $180. De 9 a 17 h.",
        "agua de jamaica $180",
    ),
    (
        "it",
        "Oggi alla Friggitoria Da Nino, a Palermo: panelle 2 €, il cartoccio misto con "
        "crocchè e arancina 6 €. Fino alle 15.",
        "arancina 6 €",
    ),
    (
        "de",
        "Heute im Imbiss Zur Möwe in Husum: Fischbrötchen 4 €, das Menü mit Bratkartoffeln "
        "und Krabbensuppe 14 €. Bis 20 Uhr.",
        "krabbensuppe 14 €",
    ),
    (
        "fr",
        "Ce midi à la Cantine du Port, à Sète : la tielle 4 €, le menu avec brasucade et "
        "verre de picpoul 18 €. Jusqu'à 14 h.",
        "verre de picpoul 18 €",
    ),
]


@pytest.mark.parametrize(("language", "content", "last"), PRICED_WITH_AND)
def test_a_priced_thing_with_and_is_one_item(language: str, content: str, last: str) -> None:
    post = read_post(content, language)
    assert last not in [_key(i) for i in post.items], post.items
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert last not in _list_lines(text), text
        assert last in text.lower(), text


def test_a_list_priced_item_by_item_still_splits_at_and() -> None:
    content = (
        "Breakfast at Juniper Café, Kendal: porridge £5, eggs on toast £7, a full breakfast "
        "£11 and a flat white £3. Open from 8."
    )
    post = read_post(content, "en")
    assert [_key(i) for i in post.items][-2:] == ["a full breakfast £11", "a flat white £3"]


def test_a_priced_thing_with_and_is_one_item_of_a_longer_list() -> None:
    content = (
        "Lunch at Gull Cottage Café, Staithes: soup £6, a crab sandwich £9, the platter with "
        "kippers and a pot of tea £15."
    )
    items = [_key(i) for i in read_post(content, "en").items]
    assert "a pot of tea £15" not in items, items
