"""Names typed in lower case, second pass: an English short day before a time ("sat
2pm"), a Brazilian price's currency ("r$ 79"), and an Italian, Spanish or Portuguese
word after "a" that is a known word's diminutive or other form ("frangia a tendina") is
no town the gazetteer lacks."""

from __future__ import annotations

import re

import pytest

from captions._names_en import english_names
from captions._propercase import proper_capitals, same_name_everywhere
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Winter hours: sat 9am\u20135pm, sun 10am\u20134pm.",
         "Winter hours: Sat 9am\u20135pm, Sun 10am\u20134pm."),
        ("Pottery taster, wed 6.30pm, £25.", "Pottery taster, Wed 6.30pm, £25."),
        ("Book in for sun 11:00 or mon 2 pm.", "Book in for Sun 11:00 or Mon 2 pm."),
    ],
)  # fmt: skip
def test_a_short_day_before_a_time_is_a_day(typed: str, written: str) -> None:
    assert english_names(typed, typed.lower()) == written


@pytest.mark.parametrize(
    "typed",
    [
        "We sat 2 hours in the sun with our coffee.",
        "The sun 10 minutes later was gone; she sat 3 rows back.",
        "Dogs sat in the sun at 10am.",
    ],
)
def test_the_verb_sat_and_the_sun_stay_as_typed(typed: str) -> None:
    assert english_names(typed, typed.lower()) == typed


def test_a_brazilian_price_writes_its_currency() -> None:
    text = "Camisetas a partir de r$ 79, kit com 3 por r$199."
    assert proper_capitals(text, "pt") == "Camisetas a partir de R$ 79, kit com 3 por R$199."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nuovo taglio: frangia a tendina e scalato leggero.", "it"),
        ("Camicie a quadretti, gonne a balze, vestiti a tubino.", "it"),
        ("Collar de perlas a juego, falda a cuadritos, todo a mitad de precio.", "es"),
        ("Vestido a tiracolo, bolsa a bolinhas.", "pt"),
    ],
)  # fmt: skip
def test_a_known_word_after_a_is_no_town(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Mercatino a castelmuzio, con i formaggi.", "it", "a Castelmuzio,"),
        ("Taller de cerámica a ulldecona y vuelta.", "es", "a Ulldecona y"),
    ],
)  # fmt: skip
def test_an_unknown_word_after_a_is_still_a_town(text: str, language: str, written: str) -> None:
    assert written in proper_capitals(text, language)


# a name the caption writes with its capital once is written so everywhere it stands
# ("Drop a 🐾 for biscuit." under "Meet Biscuit, our new shop dog" was a slot filled as
# typed); the same word after an article or a possessive is the everyday word
@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        ("say hello to pickles, our new office cat. drop a comment for pickles!", "en",
         "pickles"),
        ("meet tinker, our new shop pup. give tinker a wave when you pop in", "en", "tinker"),
        ("unser hund pauli begrüßt euch ab sofort im laden, sagt pauli hallo", "de", "pauli"),
        ("notre chat grisou a deux ans aujourd'hui, venez caresser grisou", "fr", "grisou"),
    ],
)  # fmt: skip
def test_a_name_written_once_with_its_capital_is_written_so_everywhere(
    content: str, language: str, name: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert name.capitalize() in text, text
        assert not re.search(rf"(?<![#@\w]){name}\b", text), text


def test_the_everyday_word_after_an_article_stays_as_typed() -> None:
    typed = "Meet biscuit, our new shop dog. Grab a biscuit with your coffee."
    written = same_name_everywhere(typed, proper_capitals(typed, "en"), "en")
    assert written == "Meet Biscuit, our new shop dog. Grab a biscuit with your coffee."
    # a German name's word that is a verb too stays a verb ("Laden" the noun, "laden")
    typed = "Unser Hund otto wartet im laden. Wir laden euch ein."
    written = same_name_everywhere(typed, proper_capitals(typed, "de"), "de")
    assert "Wir laden euch ein." in written, written


# a Romance venue named "<kind> do/del/des <name>": the name the vocabulary lacks, and the
# kind that opens it, take capitals
@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Roda de samba no bar do zequinha, sábado às 16h.", "pt", "no Bar do Zequinha,"),
        ("Vinhos da quinta do arneiro em promoção.", "pt", "da Quinta do Arneiro em"),
        ("Cena all'osteria del cinghialotto, a castelmuzio.", "it",
         "all'Osteria del Cinghialotto,"),
        ("La clinique vétérinaire des ajoncs recrute.", "fr",
         "La Clinique vétérinaire des Ajoncs recrute."),
        ("Buscamos camarero para el bar do pepiño.", "es", "el Bar do Pepiño."),
        ("Pregos na tasca da mouraria, sexta.", "pt", "na Tasca da Mouraria,"),
    ],
)  # fmt: skip
def test_a_venue_named_after_its_kind_and_a_link_takes_capitals(
    text: str, language: str, written: str
) -> None:
    assert written in proper_capitals(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Compramos en la tienda del barrio y en el bar del puerto.", "es"),
        ("Um café na padaria da esquina e no bar da praia.", "pt"),
        ("Cena all'osteria del borgo, vicino al bar della stazione.", "it"),
        ("Un café à la boutique du musée, puis au bar des sports.", "fr"),
        ("Vino dell'enoteca del vigneto, vendemmia tardiva.", "it"),
    ],
)  # fmt: skip
def test_a_venue_of_a_known_place_stays_as_typed(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text
