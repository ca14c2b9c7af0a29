"""A call to action asks what the post is for. A price of something the writer bought
("a lamp from the flea market for £6") is no offer: no sale's ask under a home post; a
business's flea market or sale with its prices keeps the sale's or the event's ask. A
venue's dish tonight is asked as food, never about the reader's day. A thing new in the
shop from a day on is tried or come by for, never "See you there?"; a new market or quiz
night is still come to."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from tests.captions.helpers import captions_for, text_of

_TEMPLATES = Path(__file__).parents[2] / "captions" / "data" / "templates"


@cache
def _pool_asks(language: str, pool: str) -> frozenset[str]:
    """The calls to action of one pool, as written (placeholders cut)."""
    data = yaml.safe_load((_TEMPLATES / f"{language}.yaml").read_text(encoding="utf-8"))
    asks = set()
    for text in data["cta"].get(pool, []):
        text = re.sub(r"^\[[^\]]*\]\s*", "", text).split("{")[0].strip()
        if len(text) > 12:
            asks.add(text)
    return frozenset(asks)


def _asks_of(content: str, language: str, pool: str) -> list[str]:
    asks = _pool_asks(language, pool)
    texts = [text_of(v) for v in captions_for(content, language=language)]
    return [a for t in texts for a in asks if a in t]


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("de", "Unser Wohnzimmer ist endlich fertig. Neue Vorhänge, alte Kommode und eine "
               "Lampe vom Flohmarkt für 8 €."),
        ("en", "Living room finally done. New curtains, an old dresser and a lamp from "
               "the flea market for £6."),
        ("fr", "Notre salon est enfin prêt : rideaux neufs, vieille commode et une lampe "
               "chinée au vide-grenier pour 5 €."),
        ("it", "Il nostro soggiorno è finalmente pronto: tende nuove e una lampada dal "
               "mercatino per 6 €."),
    ],
)  # fmt: skip
def test_a_thing_bought_at_a_flea_market_is_no_sale(language: str, content: str) -> None:
    assert not _asks_of(content, language, "sale")


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("de", "Flohmarkt im Laden am Samstag: alle Bücher ab 1 €, Geschirr 50 % Rabatt."),
        ("en", "Flea market in our shop this Saturday: all books from £1, mugs half price."),
    ],
)  # fmt: skip
def test_a_shops_flea_market_still_sells(language: str, content: str) -> None:
    texts = [text_of(v) for v in captions_for(content, language=language)]
    asks = _pool_asks(language, "sale") | _pool_asks(language, "event")
    assert any(a in t for t in texts for a in asks), texts


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "Choucroute garnie ce soir à la brasserie du lys, sélestat, 17 euros"),
        ("de", "Heute Abend Schäufele im Gasthaus Linde, Forchheim, 15 Euro"),
        ("it", "Stasera polenta e cervo all'osteria del mulino, Rovereto, 16 euro"),
        ("es", "Esta noche fabada en la taberna del muelle, Avilés, 13 euros"),
        ("en", "Tonight: lamb hotpot at the Red Lion, Keswick, £15"),
    ],
)  # fmt: skip
def test_a_venues_dish_tonight_is_asked_as_food(language: str, content: str) -> None:
    assert not _asks_of(content, language, "everyday")
    assert _asks_of(content, language, "food")


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "Ce soir raclette à la maison avec les copains, enfin l'hiver."),
        ("de", "Heute Abend Lesung in der Buchhandlung Linde, Eintritt 8 Euro, ab 19 Uhr."),
    ],
)  # fmt: skip
def test_a_home_dinner_or_a_reading_keeps_its_ask(language: str, content: str) -> None:
    assert not _asks_of(content, language, "food")


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("de", "Neu ab Samstag, 9. Januar: unsre vegane Maultasche mit Linsen. Nur im Laden, "
               "ab 8 Uhr. Wir freuen uns auf euch!"),
        ("en", "new winter blend from our roastery: ethiopia and brazil. in the shop on mill "
               "lane from fri 8 jan, 9am. we can't wait to see you!"),
        ("fr", "Nouveau dès samedi 9 janvier : notre pain aux noix et au miel. Uniquement en "
               "boutique, dès 7h. On a hâte de vous voir !"),
        ("it", "Novità da sabato 9 gennaio: il nostro panettone al pistacchio, solo in "
               "negozio dalle 8. Vi aspettiamo!"),
    ],
)  # fmt: skip
def test_a_thing_new_from_a_day_is_no_event(language: str, content: str) -> None:
    assert not _asks_of(content, language, "event")


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("en", "New event! Quiz night at the Fox from 7pm this Friday, 8 Jan. Teams of four."),
        ("en", "Our new Christmas market is back: Saturday 9 Jan from 10am at the town hall, "
               "30 stalls."),
        ("de", "Neu ab Samstag, 9. Januar: unser Wintermarkt auf dem Kirchplatz, 10-16 Uhr, "
               "30 Stände. Kommt vorbei!"),
    ],
)  # fmt: skip
def test_a_new_event_is_still_come_to(language: str, content: str) -> None:
    assert _asks_of(content, language, "event")


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("es", "¡Primer medio maratón terminado! 21 km en 2h10 el domingo en Alajuela, con "
               "las piernas destrozadas pero feliz. Próxima meta: la de Liberia en abril."),
        ("en", "First half marathon finished! 21k in 2:12 on Sunday in Swansea, legs "
               "wrecked but so happy. Next goal: the Bath half in March."),
        ("fr", "Premier semi-marathon terminé ! 2h03 sous la pluie dimanche à Angers. "
               "Prochain objectif : celui de Tours en avril."),
    ],
)  # fmt: skip
def test_a_first_race_run_is_a_feat(language: str, content: str) -> None:
    assert not _asks_of(content, language, "event")
    assert not _asks_of(content, language, "fitness")


def test_a_race_ahead_is_still_come_to() -> None:
    content = "Half marathon this Sunday 9am in Swansea, 21k. Who's running with me?"
    assert _asks_of(content, "en", "event")
