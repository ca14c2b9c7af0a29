"""A death announced "with great sadness" is a loss whatever word it uses for the
death ("c'est avec une immense tristesse qu'on vous annonce le départ de …, notre
poissonnier pendant 38 ans … il avait 74 ans. la cérémonie aura lieu jeudi …" was read
as an event: 📅, "Identifiez la personne qui vient avec vous", "On se voit là-bas ?").
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

LOSSES = [
    (
        "fr",
        "c'est avec une immense tristesse qu'on vous annonce le départ de marcel durand, "
        "notre boucher pendant 30 ans. il avait 71 ans. la cérémonie aura lieu samedi "
        "12 décembre à 11 h",
    ),
    (
        "es",
        "con profundo dolor les contamos que se fue don aurelio, 40 años en el mercado. "
        "la misa será el viernes a las 10",
    ),
    (
        "en",
        "it is with great sadness that we share that our founder Tom has gone. the service "
        "is on friday 11 dec at 2pm at st john's",
    ),
]
_GATHERING = ("qui vient avec vous", "on se voit", "notez la date", "bringing", "save the date")


@pytest.mark.parametrize(("language", "content"), LOSSES)
def test_a_death_told_with_sadness_is_a_loss(language: str, content: str) -> None:
    assert read_post(content, language).sensitive


@pytest.mark.parametrize(("language", "content"), LOSSES)
def test_a_death_told_with_sadness_gets_no_event_asks(language: str, content: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert "📅" not in text
        assert not any(ask in text for ask in _GATHERING), text
