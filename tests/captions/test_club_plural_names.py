"""A club, a team or a band named by an article and a plural noun the language knows
("el club los halcones", "la squadra i gufi") is named so: the plural after the group's
word, where the name ends (a sentence's end, ", que", or "de" and its town), takes
capitals, and so does the town the vocabulary lacks after "de" ("Los Halcones de
Quepos"); a plural that goes on as a sentence ("en el club los socios pagan menos") or a
very common one stays as typed."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "language", "written", "wrong"),
    [
        ("felicidades al club los halcones de quepos, que ganaron la copa", "es",
         "club Los Halcones de Quepos, que", "los halcones"),
        ("obrigado ao clube os tucanos, que treinam no parque", "pt",
         "clube Os Tucanos, que", "os tucanos"),
        ("grazie alla squadra i gufi di fiavé, che ha vinto", "it",
         "squadra I Gufi di Fiavé, che", "i gufi"),
        ("bravo à l'équipe les lynx de plouzévédé, qui a gagné", "fr",
         "équipe Les Lynx de Plouzévédé, qui", "les lynx"),
    ],
)  # fmt: skip
def test_a_group_named_by_a_known_plural(
    typed: str, language: str, written: str, wrong: str
) -> None:
    out = proper_capitals(typed, language)
    assert written in out
    assert wrong not in out


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("en el club los socios pagan menos", "es"),
        ("en el club los chicos, las chicas y los padres", "es"),
        ("en el club los fines de semana hay torneo", "es"),
        ("con el grupo las risas no faltan", "es"),
        ("au club les enfants jouent au tennis", "fr"),
        ("nel gruppo i ragazzi di quartiere.", "it"),
    ],
)  # fmt: skip
def test_a_plural_going_on_as_a_sentence_stays(typed: str, language: str) -> None:
    assert proper_capitals(typed, language) == typed
