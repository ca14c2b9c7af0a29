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
