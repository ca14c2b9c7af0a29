"""An award won or a title given is an achievement, in six languages: "our founder …
was named Young Entrepreneur of the Year" was an everyday moment and asked "Share your
little joy of the day below"; "ganhou o prémio de melhor pastel de nata" a food post.
"Ausgezeichnet" said of a dinner ("war ausgezeichnet") is praise, no award.

How the account does its work ("a little look at how we pack your orders", "here's how
we roast our beans") is behind the scenes, not a how-to: it was tagged #tips #howto.

An hour alone is a person's routine ("cold plunge at 6am then pastries" was an event:
📅 and "Tag who you're bringing"); an hour on a day is an appointment. Teams that play
a pub quiz are no staff wanted (it was a hiring post).
"""

from __future__ import annotations

import pytest

from captions import read_post

AWARDS = [
    ("en", "our founder Nadia was named Young Maker of the Year at the Leeds Craft Awards 🏆"),
    ("en", "we won Best Independent Bookshop at the Northern Retail Awards on thursday!"),
    ("en", "so proud: our head chef Tomasz has been shortlisted for Chef of the Year"),
    ("es", "nuestra chef Lucía fue elegida Mejor Cocinera Revelación en los premios de Valencia"),
    ("de", "unsere Bäckerei wurde beim Handwerkspreis Franken als beste Bäckerei ausgezeichnet"),
    ("fr", "notre chef Amandine a été élue Cheffe de l'année aux Trophées de Lyon"),
    ("fr", "nous avons remporté le prix du meilleur croissant de Nantes 🥐"),
    ("pt", "a nossa pastelaria ganhou o prémio de melhor pastel de nata de Coimbra"),
    ("pt", "fomos eleitos a melhor hamburgueria de Curitiba pelo júri popular!"),
    ("it", "il nostro pizzaiolo Andrea è stato premiato come miglior pizzaiolo emergente"),
]


@pytest.mark.parametrize(("language", "content"), AWARDS)
def test_an_award_is_an_achievement(language: str, content: str) -> None:
    assert read_post(content, language).intent == "milestone"


def test_excellent_food_is_no_award() -> None:
    post = read_post("das Essen war ausgezeichnet, danke an alle für den schönen Abend", "de")
    assert post.intent != "milestone"


@pytest.mark.parametrize(
    "content",
    [
        "a little look at how we pack your orders: tissue paper, a handwritten note, "
        "and a sprig of dried lavender 💜",
        "here's how we roast our beans every tuesday: small batches, 14 minutes, cooled on trays",
    ],
)
def test_how_we_work_is_behind_the_scenes(content: str) -> None:
    assert read_post(content, "en").intent == "behind_the_scenes"


@pytest.mark.parametrize(
    ("content", "intent"),
    [
        ("here's how to rest a steak: 5 minutes on a warm plate, then slice", "tip"),
        ("this is how we celebrated our 5th birthday: cake, balloons and 200 of you", "milestone"),
    ],
)
def test_how_to_and_how_we_celebrated_keep_their_intents(content: str, intent: str) -> None:
    assert read_post(content, "en").intent == intent


@pytest.mark.parametrize(
    "content",
    [
        "cold plunge at 6am then pastries. this is the deal",
        "morning swim at 7am, then coffee on the pier",
    ],
)
def test_an_hour_alone_is_a_routine_not_an_event(content: str) -> None:
    assert read_post(content, "en").intent != "event"


@pytest.mark.parametrize(
    "content",
    ["pub quiz sat 8pm, teams of 4", "open mic tomorrow 8pm, sign up at the bar"],
)
def test_an_hour_on_a_day_is_still_an_event(content: str) -> None:
    assert read_post(content, "en").intent == "event"
