"""A night of live music is searched as one in every language: an acoustic or
songwriters' night, a poetry open mic, flamenco, fado, cantautori, a Liedermacher evening
or a jazz concert give the kind of music and the language's live-music tag, not only
the venue and the town."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wanted"),
    [
        (
            "Songwriters' night at the Blue Heron Bar in Kilmarnock this Friday, doors 8pm.",
            "en",
            {"#songwriters", "#livemusic"},
        ),
        (
            "Acoustic session upstairs at the Old Ferry Inn, Tewkesbury, every Wednesday.",
            "en",
            {"#acousticmusic", "#livemusic"},
        ),
        (
            "Poetry and open mic evening at Wrenfield Library on Thursday, all welcome.",
            "en",
            {"#poetry", "#openmic"},
        ),
        (
            "Folk night at the Drovers Arms in Hexham on Saturday, bring an instrument.",
            "en",
            {"#folkmusic", "#livemusic"},
        ),
        (
            "Sábado de flamenco en directo en la Peña Los Olivos de Jaén, entrada libre.",
            "es",
            {"#flamenco", "#músicaenvivo"},
        ),
        (
            "Venerdì sera cantautori dal vivo all'Osteria del Ponte di Lucca.",
            "it",
            {"#cantautori", "#musicadalvivo"},
        ),
        (
            "Noite de fado ao vivo no sábado na Taberna do Largo, em Évora.",
            "pt",
            {"#fado", "#músicaaovivo"},
        ),
        (
            "Liedermacher-Abend am Freitag im Kulturcafé Lindenhof in Göttingen.",
            "de",
            {"#liedermacher", "#livemusik"},
        ),
        (
            "Soirée jazz manouche vendredi à la Guinguette du Moulin, près de Dole.",
            "fr",
            {"#jazzmanouche", "#concert"},
        ),
    ],
)
def test_a_music_night_gets_its_music_and_the_live_tag(
    content: str, language: str, wanted: set[str]
) -> None:
    tags = {t.lower() for t in post_tags(content, language, 5)}
    assert wanted <= tags, tags


@pytest.mark.parametrize(
    ("content", "language", "unwanted"),
    [
        ("January blues? Our soup of the day is here to help, at Millstone Café.", "en", "#blues"),
        (
            "Acoustic panels fitted in the new recording booth at Quarry Lane Studio.",
            "en",
            "#livemusic",
        ),
    ],
)
def test_no_music_read_into_an_idiom_or_a_thing(content: str, language: str, unwanted: str) -> None:
    tags = {t.lower() for t in post_tags(content, language, 5)}
    assert unwanted not in tags, tags
