"""A shelter's pet that went home with its family ('Hoje foi para casa com a família
Ribeiro', 'se fue a casa con su nueva familia', 'ha trovato casa') is a happy ending: it
is asked no home ('Partilhe este post para ajudar … a encontrar um lar')."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

_HOME_ASK = re.compile(
    r"(?i)encontrar um lar|dar um lar|busca (?:un hogar|familia)|la familia de|cherche une"
    r" famille|recherche d'une famille|besoin d'un foyer|cerca una famiglia|in cerca di una"
    r" casa|la famiglia di|sucht eine Familie|braucht ein Zuhause|die Familie von"
)


@pytest.mark.parametrize(
    "content",
    [
        "O Tobias chegou ao abrigo Quatro Patas em março, com uma pata partida. Hoje foi "
        "para casa com a família Sequeira em Viseu. Obrigado aos voluntários 🐾",
        "La gata Nube llegó al refugio Huellitas del Sur en mayo. Ayer se fue a casa con su "
        "nueva familia en Temuco. Gracias a todos los voluntarios 🐾",
        "Il cane Brunello è arrivato al canile Coda Felice a gennaio. Oggi ha trovato casa "
        "con la famiglia Ferraro a Lecce. Grazie ai volontari 🐾",
        "Le chien Biscotte est arrivé au refuge des Tilleuls en avril. Aujourd'hui, il est "
        "parti avec sa nouvelle famille à Namur. Merci aux bénévoles 🐾",
        "Kater Moritz kam im Februar ins Tierheim Sonnenwiese. Heute ist er zu seiner neuen "
        "Familie nach Lüneburg gezogen. Danke an alle Ehrenamtlichen 🐾",
    ],
)
def test_a_pet_gone_home_is_asked_no_home(content: str) -> None:
    for variant in captions_for(content, tone="inspirational"):
        text = text_of(variant)
        assert not _HOME_ASK.search(text), text
