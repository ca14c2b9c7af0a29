"""A sentence typed in lower case after a number's or a unit's full stop opens with its
capital (lead round: "… de 9 a 18 h. también se puede …" and "… samedi 30. pour les
enfants …" kept the next sentence in lower case). Outside German a number's dot is no
ordinal's: a joining word after it goes on only towards another figure, a date or a
part of the day ("dalle 9 alle 13. e dalle 15", "a las 9. de la mañana"); an adverb
after a unit's dot goes on only before the subject's verb ("las 19 h. ya está
completa"), never before a clause of its own.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

import captions
from tests.captions.helpers import captions_for, text_of

# (language, post, the sentence start written with its capital)
ENDED = [
    (
        "es",
        "recogida de ropa de abrigo en la parroquia. abierto de 10 a 19 h. también aceptamos "
        "mantas",
        "También aceptamos",
    ),
    (
        "fr",
        "vente de gâteaux maison jusqu'au dimanche 14. pour les commandes écrivez-nous",
        "Pour les commandes",
    ),
    (
        "it",
        "mercatino del libro usato fino a sabato 21. per i bambini ci sono i fumetti",
        "Per i bambini",
    ),
    (
        "pt",
        "feira de trocas de sementes até domingo 8. para os miúdos há pinturas",
        "Para os miúdos",
    ),
]


@pytest.mark.parametrize(("language", "content", "start"), ENDED, ids=["es", "fr", "it", "pt"])
def test_the_next_sentence_has_its_capital(language: str, content: str, start: str) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert start in text, text
        assert start.lower() not in text, text


# (language, post, a phrase read in one sentence)
WHOLE = [
    ("es", "clases de yoga a las 9 h. de la mañana en el parque", "9 h. de la mañana"),
    ("es", "clases de yoga a las 9. de la mañana en el parque", "9. de la mañana"),
    ("it", "aperti dalle 9 alle 13. e dalle 15 alle 19 in via roma", "13. e dalle 15"),
    ("es", "la clase de las 19 h. ya está completa, gracias", "19 h. ya está"),
    ("en", "our bakery on elm st. just reopened after the flood", "St. just reopened"),
    ("de", "wir sehen uns am 30. januar im laden", "30. januar"),
    ("en", "please call no. 5 for the tickets", "no. 5 for"),
    ("fr", "la paella coûte 12.50 pour les adhérents", "12.50 pour"),
]


@pytest.mark.parametrize(("language", "content", "phrase"), WHOLE)
def test_a_phrase_that_goes_on_stays_whole(language: str, content: str, phrase: str) -> None:
    sentences = captions.read_post(content, language).sentences
    assert any(phrase.lower() in s.lower() for s in sentences), sentences
