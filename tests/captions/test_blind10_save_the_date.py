"""A save-the-date frame needs one day to save: never on a service open every day or
every week, on opening days, or on a clock time alone; and a making-of read from its
opening ("Como nasce …", "Así nace …", "Comment naît …") is behind the scenes."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for

_SAVE_THE_DATE = re.compile(
    r"(?i)save the date|mark your calendar|\b(?:guard|apunt|anot|r[eé]serv|salv|not|segnat)\w*"
    r"\s+(?:la|a)\s+(?:fecha|data|date)\b|termin speichern|termin vormerken|merkt euch den"
    r"|pflichttermin|noter dans|anote na agenda|segnare in agenda"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Our free book swap shelf at the library is open every day from 10am to 6pm. "
            "Bring one, take one!",
            "en",
        ),
        (
            "Frühstück für alle im Gemeindehaus: jeden Sonntag ab 9 Uhr, kostenlos. Kommt vorbei!",
            "de",
        ),
        (
            "Bücher-Tauschmarkt in der Stadtteilbibliothek jeden Samstag von 10 bis 13 Uhr. "
            "Bringt ein Buch, nehmt ein Buch!",
            "de",
        ),
        (
            "Feira de trocas de livros na Biblioteca do Bairro todos os sábados das 10h às 13h. "
            "Tragam um livro, levem outro!",
            "pt",
        ),
        (
            "Mercadillo de trueque en la Biblioteca del Barrio todos los sábados de 10 a 13 h. "
            "¡Trae un libro y llévate otro!",
            "es",
        ),
        (
            "Mercatino del baratto alla Biblioteca di quartiere ogni sabato dalle 10 alle 13. "
            "Portate un libro, prendetene un altro!",
            "it",
        ),
        (
            "Troc de livres à la bibliothèque du quartier tous les samedis de 10h à 13h. "
            "Apportez un livre, repartez avec un autre !",
            "fr",
        ),
        (
            "Petit-déjeuner solidaire à la Maison des Associations tous les dimanches dès 9h, "
            "entrée libre. Venez !",
            "fr",
        ),
    ],
)
def test_no_save_the_date_without_one_day(content: str, language: str) -> None:
    for variant in captions_for(content, language=language, hashtags=5, emoji=True, cta=True):
        assert not _SAVE_THE_DATE.search(variant.caption), variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Como nasce um chapéu de feltro na Chapelaria O Gaio, em Braga: o feltro é cozido "
            "a vapor, moldado à mão e seca 2 dias. Visitas à oficina de terça a sábado.",
            "pt",
        ),
        (
            "Así nace un sombrero de paja en la Sombrerería El Cárabo, en Valencia: la paja se "
            "trenza a mano y cada sombrero lleva 2 días. Visitas al taller de lunes a viernes.",
            "es",
        ),
        (
            "Comment naît un chapeau de paille à la Chapellerie Le Hibou, à Caussade : la paille "
            "est tressée à la main, chaque chapeau demande 2 jours. Visites de l'atelier du "
            "mardi au samedi.",
            "fr",
        ),
    ],
)
def test_a_making_of_is_behind_the_scenes(content: str, language: str) -> None:
    assert read_post(content, language).intent == "behind_the_scenes"
