"""A school's, a church's, a club's or a team's name typed in lower case after its kind
is a name (lead round: "el colegio los alcatraces en …" kept "los alcatraces" in lower
case where "ferretería La Cigüeña" had its capitals): in Spanish, Portuguese, Italian and
French they are kinds that are also everyday words, so the name after them, with an
article or without, must be a word the vocabulary lacks ("en el colegio los niños
aprenden" stays); German compounds name their kind last ("tanzschule", "dorfkirche"),
English names them before their kind with a town after a comma.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of

NAMED = [
    ("es", "el colegio los tulipanes de tarija busca voluntarios", "colegio Los Tulipanes"),
    ("fr", "la kermesse de l'école les tilleuls aura lieu samedi", "école Les Tilleuls"),
    ("it", "la squadra i girasoli ha vinto il torneo di calcetto", "squadra I Girasoli"),
    ("pt", "a escola os sabiás precisa de livros", "escola Os Sabiás"),
    ("de", "die tanzschule hopsala lädt zum abschlussball", "Tanzschule Hopsala"),
    ("en", "wrenfield choir, Kamloops is looking for tenors", "Wrenfield Choir, Kamloops"),
]


@pytest.mark.parametrize(("language", "typed", "written"), NAMED)
def test_the_name_after_its_kind_has_capitals(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


def test_the_caption_writes_the_school_s_name() -> None:
    content = "el colegio los tulipanes de tarija busca voluntarios para la biblioteca"
    for variant in captions_for(content, language="es"):
        assert "colegio Los Tulipanes" in text_of(variant)


KEPT = [
    ("es", "en el colegio los niños aprenden a reciclar"),
    ("es", "en la iglesia las velas se encienden a las 8"),
    ("fr", "à l'école les enfants jouent dehors"),
    ("it", "a scuola i bambini giocano in cortile"),
    ("pt", "na escola os alunos plantaram árvores"),
    ("es", "el club los domingos abre temprano"),
]


@pytest.mark.parametrize(("language", "typed"), KEPT)
def test_an_everyday_word_after_the_kind_stays(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed


# review of today's change: a verb or an adverb after the kind is no name
DOINGS = [
    ("es", "el colegio reabre el lunes tras las obras"),
    ("pt", "a escola reabre na segunda"),
    ("es", "el club recauda fondos para el viaje"),
    ("de", "Musikschule leider heute geschlossen"),
    ("de", "Kunstschule dienstags geschlossen"),
]


@pytest.mark.parametrize(("language", "typed"), DOINGS)
def test_a_verb_or_an_adverb_after_the_kind_stays(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed
