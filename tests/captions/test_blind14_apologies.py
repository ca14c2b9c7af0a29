"""An apology said in everyday words ("wir haben Mist gebaut", "das tut uns leid", "our
bad", "la hemos liado", "abbiamo sbagliato") is an apology notice, whatever the business
sells: no food asks and no cheerful asks under it."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

_CHEERFUL = (
    "Heißhunger",
    "probieren",
    "craving",
    "try it",
    "smile",
    "Lächeln",
    "sonrisa",
    "sorriso",
    "momento più bello",
    "best moment",
)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("de", "Wir haben Mist gebaut: die Kekse vom Freitag waren versalzen. Das tut uns leid, "
         "ihr bekommt euer Geld zurück. Eure Backstube Mehlwurm"),
        ("de", "Das tut uns leid: unsere Tortenlieferung kam am Samstag zwei Stunden zu spät."),
        ("en", "Our bad: Tuesday's bagel orders went out with the wrong spread. Refunds are on "
         "their way. Team Hollow Oak Bagels"),
        ("es", "La hemos liado: los pedidos de churros del lunes salieron fríos. Os devolvemos "
         "el dinero."),
        ("it", "Abbiamo sbagliato: le torte di sabato sono arrivate in ritardo. Vi rimborsiamo "
         "tutto."),
    ],
)  # fmt: skip
def test_an_apology_in_everyday_words_is_an_apology(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice_kind == "apology"
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant)
        assert not any(ask.lower() in text.lower() for ask in _CHEERFUL), text


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("it", "Alluvione stanotte: la Drogheria Fiordaliso, in via dei Mulini a Lugo, è finita "
         "sotto. Scaffali da buttare, ma stiamo tutti bene. Restiamo chiusi qualche giorno per "
         "pulire, riapriamo martedì 9 marzo. Grazie a chi è passato con pale e secchi 💙"),
        ("en", "The river came in overnight at Fern & Flint on Quay Street, Totnes. Shelves are "
         "ruined but we're all fine. Closed a few days to clean up, back Tuesday 9 March. "
         "Thank you to everyone who turned up with buckets 💙"),
        ("de", "Hochwasser heute Nacht: der Laden Kornblume in der Mühlgasse in Grimma stand "
         "unter Wasser. Regale kaputt, aber uns geht es gut. Ein paar Tage geschlossen, ab "
         "Dienstag 9. März wieder da. Danke an alle, die mit Eimern kamen 💙"),
    ],
)  # fmt: skip
def test_a_flood_or_closure_gets_no_cheerful_ask(language: str, content: str) -> None:
    for tone in ("playful", "casual", "inspirational"):
        for variant in captions_for(content, language=language, cta=True, tone=tone):
            text = text_of(variant)
            assert not any(ask.lower() in text.lower() for ask in _CHEERFUL), text
