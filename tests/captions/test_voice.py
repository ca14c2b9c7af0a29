"""A caption speaks in the post's voice: a post written by "we" gets no line in the
singular ("Where do I go next?") and a post written by "I" no line in the plural.

Two rules: the voice is read from the verbs too where a language drops the pronoun
(or says "on" for "we"), and every template whose words speak for one voice is
tagged with it, in all six languages.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from captions._lexicon import LANGUAGES
from captions._voice import voice_cues
from captions._writer import templates

from .helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("language", "content"),
    [
        (
            "es",
            "Recorrimos la costa de Asturias en cuatro días y volvimos con la mochila "
            "llena de sidra. Subimos al mirador al amanecer.",
        ),
        (
            "pt",
            "Passamos o fim de semana em Tiradentes e voltamos com o coração leve. "
            "Andamos pelas ruas de pedra e comemos demais.",
        ),
        ("pt", "Fomos ao concerto de ontem à noite no Coliseu e que noite!"),
        (
            "it",
            "Partiamo domani per le Dolomiti: tre giorni di sentieri, rifugi e polenta. "
            "Torniamo domenica sera.",
        ),
        (
            "fr",
            "On a traversé le Vercors à vélo en trois jours et on est rentrés épuisés "
            "mais heureux.",
        ),
    ],
)
def test_a_post_told_in_the_plural_is_read_as_we(language: str, content: str) -> None:
    assert read_post(content, language).voice == "we"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_that_speaks_for_one_voice_is_tagged_with_it(language: str) -> None:
    wrong = []
    for section in templates(language).frames.values():
        for pool in section.values():
            for frame in pool:
                we, me = voice_cues(frame.text, language)
                if we and frame.voice != "we":
                    wrong.append(f"{frame.text!r} speaks for 'we' ({sorted(we)})")
                if me and frame.voice != "i":
                    wrong.append(f"{frame.text!r} speaks for 'I' ({sorted(me)})")
    assert not wrong, "\n".join(wrong)


_SINGULAR_ES = re.compile(r"\b(?:yo|mi|mis|voy|estoy|tengo|pienso|quiero)\b", re.IGNORECASE)


def test_a_trip_told_in_the_plural_gets_no_question_in_the_singular() -> None:
    content = (
        "Cruzamos los Andes en moto: seis días, dos pinchazos y un asado en Uspallata. "
        "Llegamos a Santiago de Chile cansados y felices."
    )
    for variant in captions_for(content, language="es"):
        assert not _SINGULAR_ES.search(text_of(variant)), text_of(variant)
