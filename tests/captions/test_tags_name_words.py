"""A word of a business's name is no topic tag alone, on invented posts: after a
preposition that says where or whose ("chez", "bei", "at", "en", "na", "da"), a kind
of business and an article open a name ("chez plongée le tricot rayé": a diving shop,
no #tricot for knitting), typed in lower case or not; the same word said outside the
name is still a topic."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "piece"),
    [
        (
            "soldes chez quincaillerie le chat botté, rimouski : -20 % sur les outils "
            "jusqu'à samedi.",
            "fr",
            "#chat",
        ),
        (
            "rebajas en ferretería la abeja reina, cuenca: -30 % en herramientas hasta el sábado.",
            "es",
            "#abeja",
        ),
        (
            "Ausverkauf bei Elektro Die Goldene Gans in Zwickau: 20 % auf alle Lampen bis Samstag.",
            "de",
            "#gans",
        ),
        (
            "promoção na ótica o pato azul, em braga: -25 % em armações até sábado.",
            "pt",
            "#pato",
        ),
        (
            "saldi da ferramenta il gambero rosso a rimini: -20 % sugli attrezzi fino a sabato.",
            "it",
            "#gambero",
        ),
    ],
)
def test_a_word_of_a_business_name_is_no_tag(content: str, language: str, piece: str) -> None:
    assert piece not in tags_of(content, language)


def test_the_word_said_outside_the_name_stays() -> None:
    tags = tags_of(
        "Atelier tricot chez mercerie la bobine, à Lorient : on apprend le tricot en "
        "trois séances.",
        "fr",
    )
    assert "#tricot" in tags
