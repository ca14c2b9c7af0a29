"""Blind round 19's side-detail tags: what comes "col" a thing, what is served after.

A tag from a word in a side clause (the coat worn on the balcony, the coffee after the
blood drive) told another story than the post's: #cappotti on a balcony, #café on a
blood donation.
"""

from tests.captions.helpers import post_tags


def lower(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


# -- Italian "col", "coi" (con il, con i) say "with" as "con" does ----------------------


def test_what_comes_col_a_thing_is_a_side_detail() -> None:
    tags = lower(
        "La terrazza in autunno, finalmente finita 🍂 Due ortensie, una sedia di ferro e "
        "una lampada di carta. La sera ci leggo col cappello di lana.",
        "it",
    )
    assert "#cappelli" not in tags
    tags = lower(
        "Il nostro orto sul tetto è pronto 🌱 Pomodori, basilico e zucchine. Si lavora "
        "coi guanti e la sciarpa.",
        "it",
    )
    assert "#sciarpa" not in tags


def test_a_thing_that_is_the_post_keeps_its_tag() -> None:
    # counter-example: the hat is the post, not a detail of it
    tags = lower("Il cappello di lana della nonna, rifatto col filo nuovo 🧶", "it")
    assert "#cappelli" in tags


# -- what is served after a non-food event is no topic of it -----------------------------


def test_a_drink_served_after_a_drive_is_no_tag() -> None:
    tags = lower(
        "Campanha de recolha de roupa em Tondela 🧥 Sábado das 10h às 16h, no salão "
        "paroquial. Tragam casacos, mantas e luvas. Os escuteiros estão lá para o chá "
        "depois.",
        "pt",
    )
    assert "#chá" not in tags
    tags = lower(
        "Recogida de alimentos en Tudela 🥫 Sábado de 10 a 14 h en el polideportivo. "
        "Latas, arroz y leche. Los voluntarios de la parroquia os esperan con café.",
        "es",
    )
    assert "#café" not in tags


def test_a_food_post_keeps_its_later_food() -> None:
    # counter-example: on a food post what is served later is its topic
    tags = lower(
        "Novo menu de inverno no Tasco do Zé 🍲 Caldo verde, arroz de pato e, para "
        "acabar, um bolo de bolacha caseiro.",
        "pt",
    )
    assert "#bolo" in tags or "#arrozdepato" in tags or "#caldoverde" in tags


def test_a_day_or_a_market_keeps_its_food() -> None:
    # counter-examples: a day's post may be about its pancakes; a market's stalls are it
    assert "#pancakes" in lower("Lazy Sunday at home. Pancakes and coffee in bed, all day.", "en")
    tags = lower(
        "The Harbour Christmas Market is back this weekend 🎄 Saturday and Sunday, 10am to "
        "6pm. Forty stalls: ceramics, candles, knitwear and mulled wine.",
        "en",
    )
    assert "#ceramics" in tags


def test_a_partys_cake_is_no_topic_of_an_association() -> None:
    tags = lower(
        "A nossa associação faz 10 anos 🎉 Obrigado a todos os sócios. Sábado há bolo e "
        "chá para todos.",
        "pt",
    )
    assert "#bolo" not in tags
    assert "#chá" not in tags
