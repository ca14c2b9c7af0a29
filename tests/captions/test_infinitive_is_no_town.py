"""An infinitive after "a" is a verb, never a town the gazetteer lacks: "sono venuti a
sfornare", "venite a mangià" (a Tuscan infinitive cut short), "vamos a chapotear",
"os ayudamos a zampar" keep the verb as typed. An Italian infinitive is known by its
gerund ("sfornando", "mangiando"), which no town has; a Spanish or Portuguese one, whose
towns end as infinitives do ("a almenar", "a alcover"), only after a verb that goes on
with an infinitive ("vamos", "venid", "ayudamos", "começamos"). A French farewell that is
a sentence of its own ("Aiò, à prestu", "Salut, à prestu !") says when, not where."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ieri sera 20 di voi sono venuti a sfornare fino all'alba.", "it"),
        ("Dai, venite a mangià!", "it"),
        ("Tornate a dormì qui da noi.", "it"),
        ("Mañana vamos a chapotear en el río.", "es"),
        ("Venid a merendar con nosotros.", "es"),
        ("Os ayudamos a zampar.", "es"),
        ("Vem a correr connosco.", "pt"),
        ("Salut, à prestu", "fr"),
        ("Merci pour tout. Aiò, à prestu !", "fr"),
        ("Fournée du matin 🍋 Aiò, à prestu. Merci !", "fr"),
    ],
)  # fmt: skip
def test_a_verb_after_a_stays_as_typed(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Mercatino a cervere, sabato.", "it", "a Cervere,"),
        ("Nos vamos a almenar, el sábado.", "es", "a Almenar,"),
        ("Este verano vamos a alcover.", "es", "a Alcover."),
        ("Taller de cerámica a ulldecona y vuelta el lunes.", "es", "a Ulldecona y"),
        ("Atelier de poterie à plouha.", "fr", "à Plouha."),
        ("Rendez-vous samedi, à plouha.", "fr", "à Plouha."),
    ],
)  # fmt: skip
def test_a_town_after_a_still_gets_its_capital(text: str, language: str, written: str) -> None:
    assert written in proper_capitals(text, language)


def test_a_caption_keeps_the_verb_after_a_as_typed() -> None:
    post = (
        "Che serata! Ieri 20 di voi sono venuti a sfornare con noi fino a mezzanotte 🍞 "
        "Grazie a tutti, dai, tornate a mangià da noi presto."
    )
    for variant in captions_for(post, language="it"):
        text = text_of(variant)
        assert "Sfornare" not in text, variant.caption
        assert "Mangià" not in text, variant.caption
