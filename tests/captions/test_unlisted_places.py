"""A town the gazetteer lacks, typed in lower case, is known by its place: right after a
preposition of place ("in", "aus", "bei"; "à"; "a", "en", "em", "in") and before a
comma, a sentence's end or a function word, a word the language's vocabulary does not
know is a town ("in vechta", "à plouha", "a ulldecona"). A word the vocabulary knows, an
adverbial phrase ("a mansalva", "a squarciagola", "in petto") and a word a content word
follows stay as typed."""

from __future__ import annotations

import pytest

from captions._names_en import english_names
from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Probefahrt im Laden in sottrum, Mo-Fr 10-18 Uhr.", "de", "in Sottrum,"),
        ("Frische Eier vom Hof aus wiefelstede.", "de", "aus Wiefelstede."),
        ("Konzert bei worpswede am Samstag.", "de", "bei Worpswede am"),
        ("Atelier de poterie à plouha, ouvert le samedi.", "fr", "à Plouha,"),
        ("Taller de cerámica a ulldecona y vuelta el lunes.", "es", "a Ulldecona y"),
        ("Nuestra tienda en calaceite abre el lunes.", "es", "en Calaceite abre"),
        ("Oficina de cerâmica em monsaraz, aberta ao sábado.", "pt", "em Monsaraz,"),
        ("Mercatino a pontremoli, con i formaggi del caseificio.", "it", "a Pontremoli,"),
    ],
)  # fmt: skip
def test_a_town_the_gazetteer_lacks_is_written_after_its_preposition(
    text: str, language: str, written: str
) -> None:
    assert written in proper_capitals(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Kürze eröffnen wir in der Altstadt.", "de"),
        ("Das sagen wir in petto, bei weitem nicht.", "de"),
        ("Comimos a mansalva, todo a granel.", "es"),
        ("Pago en efectivo, vendemos en casa.", "es"),
        ("Cantavamo a squarciagola, caramelle a bizzeffe.", "it"),
        ("Vente en vrac, à volonté.", "fr"),
        ("Vendemos a granel e em promoção.", "pt"),
    ],
)  # fmt: skip
def test_an_adverbial_phrase_after_a_preposition_stays_as_typed(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text


def test_an_english_town_after_a_business_in_is_written_with_its_capital() -> None:
    text = "Thanks to everyone at Moss Vets in ormskirk for the care."
    assert "Moss Vets in Ormskirk for" in english_names(text, text.lower())
    text = "We're a small bakery based in dorrigo."
    assert "based in Dorrigo." in english_names(text, text.lower())


def test_an_english_colour_or_material_after_in_stays_as_typed() -> None:
    for text in ("Now available in taupe, ecru and sage.", "The new sofa comes in boucle."):
        assert english_names(text, text.lower()) == text


def test_a_post_names_the_town_it_typed_in_lower_case() -> None:
    content = "flohmarkt am samstag auf dem schulhof in scheeßel, ab 9 uhr"
    for variant in captions_for(content, language="de"):
        assert "in Scheeßel" in text_of(variant), text_of(variant)
