"""A landmark whose kind word is part of its name, typed in lower case (blind rounds 14,
15 and 19: "forte de são miguel", "praia da pipa", "baia delle favole", "baie des
citrons", "liliuokalani gardens").

After a beach's, a bay's, a fort's or a castle's kind and a linking word, a name the
vocabulary does not know, a place, a name written with its capital already, or (after a
beach, a bay or a castle and a link with its article) a seldom used word is the
landmark's name; Portuguese and Italian write the kind with the name's capital, Spanish
and French keep it in lower case. An English name the vocabulary does not know before
"gardens", "hill", "bay" is one too. Everyday places stay as typed.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals

WRITTEN = [
    ("pt", "tarde no forte de são jorge com a família", "Forte de São Jorge"),
    ("pt", "domingo na praia da ferradura, água gelada", "Praia da Ferradura"),
    ("pt", "passeio ao castelo de almourol hoje", "Castelo de Almourol"),
    ("it", "nuotata alla baia dei saraceni stamattina", "Baia dei Saraceni"),
    ("es", "subimos a los lagos de somiedo con nieve", "lagos de Somiedo"),
    ("fr", "pique-nique à l'anse des cocotiers dimanche", "anse des Cocotiers"),
    ("fr", "on se retrouve à la plage des pêcheurs", "plage des Pêcheurs"),
    ("en", "sunrise run at kalakaua gardens today", "Kalakaua Gardens"),
    # (a Hawaiian name with its okina, a letter)
    ("en", "sunrise run at kapi\u02bbolani gardens today", "Kapi\u02bbolani Gardens"),
    # a town named by a landmark, of words the vocabulary knows, where someone stands
    ("en", "sunset swim at rose bay with the crew", "Rose Bay"),
]

AS_TYPED = [
    ("pt", "fim de tarde na praia da cidade"),
    ("pt", "no alto do morro a vista é linda"),
    ("it", "una passeggiata sulla spiaggia della città"),
    ("it", "il castello di carte è crollato"),
    ("es", "una tarde en la playa de arena"),
    ("fr", "au fort de la saison, tout est plein"),
    ("en", "the hill behind our house"),
    ("en", "our bay leaves are drying"),
    ("en", "beach day with the kids"),
    ("en", "we flew the kite with a signal flag"),
    # a kind after "de" says what a thing is for: beach training, run by a business
    ("pt", "treino de praia da assessoria tubarão"),
    # after no article the kind may be an adjective
    ("pt", "o time mais forte do Brasil"),
    # "alto" is the top of a place, whatever the place ("no alto de Santa Teresa")
    ("pt", "a vista no alto de Santa Teresa"),
    ("it", "la squadra più forte del Napoli"),
]


@pytest.mark.parametrize(("language", "text", "name"), WRITTEN)
def test_a_landmark_is_written_with_its_capitals(language: str, text: str, name: str) -> None:
    assert name in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text"), AS_TYPED)
def test_an_everyday_place_stays_as_typed(language: str, text: str) -> None:
    assert proper_capitals(text, language) == text


def test_a_street_named_after_a_landmark_keeps_its_capitals() -> None:
    written = proper_capitals("lunch at Mama Kitchen, kokrobite beach road, Accra", "en")
    assert "Kokrobite Beach Road" in written
