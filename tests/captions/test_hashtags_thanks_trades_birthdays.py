"""Issue 12's thin hashtag sets: a thank-you gets the searched thanks tags of its
language (the bare word, "gracias", "danke", is a plain word and never a tag); a look
behind the scenes of "our cheese dairy" is tagged by its trade; a birthday a business
celebrates is its anniversary, a relative's stays a birthday."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

_THANKS = [
    (
        "es",
        "Gracias a las familias del Club Atlético Olivenza por el torneo de Navidad.",
        "#agradecidos",
    ),
    (
        "de",
        "Danke an alle Eltern vom SV Rotbach für den Kuchenverkauf beim Hallenturnier!",
        "#dankeschön",
    ),
    (
        "it",
        "Grazie alle famiglie dell'ASD Valmarecchia per la cena sociale di sabato.",
        "#grazieatutti",
    ),
    ("fr", "Merci aux parents de l'AS Pontivy pour le goûter du tournoi de samedi !", "#gratitude"),
]


@pytest.mark.parametrize(("language", "content", "tag"), _THANKS)
def test_a_thank_you_gets_a_searched_thanks_tag(language: str, content: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)


_TRADES = [
    (
        "it",
        "Dietro le quinte del nostro caseificio a Bra: ogni mattina giriamo le forme.",
        "#caseificio",
    ),
    (
        "de",
        "Blick hinter die Kulissen unserer Käserei in Wangen: jeden Morgen wenden wir die Laibe.",
        "#käserei",
    ),
]


@pytest.mark.parametrize(("language", "content", "tag"), _TRADES)
def test_behind_the_scenes_of_our_trade_is_tagged_by_it(
    language: str, content: str, tag: str
) -> None:
    assert tag in post_tags(content, language, 5, lower=True)


def test_a_trade_after_a_visitors_our_is_no_tag_of_another_intent() -> None:
    content = "Grazie a tutti i clienti del nostro caseificio per questo anno insieme!"
    assert "#caseificio" not in post_tags(content, "it", 5, lower=True)


@pytest.mark.parametrize(
    ("language", "content", "wanted", "unwanted"),
    [
        (
            "en",
            "Happy birthday to us! Copperkettle Tearoom turns 5 today, thank you Ilkley.",
            "#anniversary",
            "#birthday",
        ),
        (
            "de",
            "Die Buchhandlung Seitenwind feiert Geburtstag: 15 Jahre in Lüneburg! Danke euch.",
            "#jubiläum",
            "#geburtstag",
        ),
        (
            "en",
            "Happy birthday to my grandma Edie, 95 today! Thank you Wrenbury Care Home "
            "for the cake.",
            "#birthday",
            "#anniversary",
        ),
        (
            "de",
            "Unser Opa Heinz hat heute Geburtstag, 80 Jahre! Danke an die Bäckerei Krume "
            "für die Torte.",
            "#geburtstag",
            "#jubiläum",
        ),
    ],
)
def test_a_business_birthday_is_an_anniversary(
    language: str, content: str, wanted: str, unwanted: str
) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert wanted in tags
    assert unwanted not in tags


@pytest.mark.parametrize(
    ("language", "content", "tag"),
    [
        (
            "de",
            "Am Sonntag um 17 Uhr Weihnachtskonzert des Posaunenchors in der Johanniskirche.",
            "#weihnachtskonzert",
        ),
        (
            "es",
            "Este sábado, concierto de Navidad de la Coral Santa Cecilia en la iglesia mayor.",
            "#conciertodenavidad",
        ),
        (
            "en",
            "Our Christmas concert is on Friday at 7pm in St Aldhelm's church: choir, brass "
            "and mince pies.",
            "#christmasconcert",
        ),
    ],
)
def test_a_seasonal_concert_is_tagged_as_one(language: str, content: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)
