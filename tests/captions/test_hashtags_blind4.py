"""Hashtag faults the fourth blind review found, as general rules, on invented posts:
the place a post is in, what it is about in searchable words, no piece of a name, no
topic the post does not name, and generic tags only as filler."""

from __future__ import annotations

import pytest

from captions import post_hashtags, read_post, wordlists

LISTS = wordlists()
BLOCKED = LISTS.banned_hashtags | LISTS.cliche_tags


def tags_of(content: str, language: str, limit: int = 6) -> list[str]:
    return [
        t.lower() for t in post_hashtags(read_post(content, language), limit, blocked=BLOCKED)[0]
    ]


# -- the place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "place", "street"),
    [
        (
            "Winter sale on all walking boots, 30 % off until Sunday. 14 Station Road, Harrogate",
            "en",
            "#harrogate",
            "#stationroad",
        ),
        (
            "Nuevo menú del día en Casa Olmo: lentejas, merluza y postre por 14 €."
            " C/ Mayor, 7, Logroño",
            "es",
            "#logroño",
            "#mayor",
        ),
        (
            "Neue Öffnungszeiten in der Buchhandlung Seitenweise: Montag bis Samstag"
            " 9 bis 19 Uhr. Lindenstraße 4, Bamberg",
            "de",
            "#bamberg",
            "#lindenstraße",
        ),
        (
            "Atelier tricot jeudi soir à la Mercerie Pelote, six places seulement."
            " 12 rue des Tanneurs, Colmar",
            "fr",
            "#colmar",
            "#tanneurs",
        ),
        (
            "Feijoada aos sábados na Tasca da Ribeira, 12,50 € por pessoa. Rua do Sol, 40, Olinda",
            "pt",
            "#olinda",
            "#ruadosol",
        ),
        (
            "Corso di ceramica il martedì sera alla Bottega Argilla, otto lezioni."
            " Via Roma 12, Faenza",
            "it",
            "#faenza",
            "#roma",
        ),
    ],
)
def test_the_town_closing_an_address_is_tagged_and_its_street_is_not(
    content: str, language: str, place: str, street: str
) -> None:
    tags = tags_of(content, language)
    assert place in tags, tags
    assert street not in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "street"),
    [
        (
            "Our new climbing wall opens Saturday at 10 on Tanner Street, come and try it",
            "en",
            "#tannerstreet",
        ),
        (
            "La pasticceria in via dei Mille compie dieci anni, festa sabato con i cannoli",
            "it",
            "#mille",
        ),
        ("Flohmarkt am Sonntag in der Gartenstraße, Stände ab 8 Uhr", "de", "#gartenstraße"),
    ],
)
def test_a_street_is_no_place_tag(content: str, language: str, street: str) -> None:
    assert street not in tags_of(content, language)
