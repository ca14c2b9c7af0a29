"""A business's anniversary said with its years in words ("compie quindici anni",
"fête ses dix ans", "feiert zwanzig Jahre", "vent'anni") is a milestone, whatever the
business serves: the years are the news, not the ice cream. The milestone's subject is
the business, never the business and its verb ("gelateria compie" as a hashtag)."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("language", "content", "subject"),
    [
        ("it", "La nostra gelateria compie quindici anni domenica", "gelateria"),
        ("it", "la nostra trattoria festeggia trent'anni questo autunno, grazie", "trattoria"),
        ("fr", "Notre fromagerie fête ses douze ans samedi", "fromagerie"),
        ("fr", "notre crêperie fête ses vingt-cinq ans, merci à vous", "crêperie"),
        ("de", "Unsere Konditorei feiert zwanzig Jahre, kommt vorbei", "Konditorei"),
        ("es", "Nuestra churrería cumple quince años este mes", "churrería"),
        ("pt", "A nossa pastelaria faz trinta anos amanhã", "pastelaria"),
    ],
)
def test_a_business_anniversary_in_words_is_a_milestone(
    language: str, content: str, subject: str
) -> None:
    post = read_post(content)
    assert post.language == language
    assert post.intent == "milestone", post.intent_scores
    assert post.subject.text == subject, post.subject


@pytest.mark.parametrize(
    ("content", "subject"),
    [
        ("Il nostro laboratorio compie dieci anni", "laboratorio"),
        ("Notre atelier fête ses vingt ans", "atelier"),
        ("Unser Hofladen feiert 15 Jahre", "Hofladen"),
    ],
)
def test_the_milestone_subject_leaves_its_verb(content: str, subject: str) -> None:
    post = read_post(content)
    assert post.intent == "milestone", post.intent_scores
    assert post.subject.text == subject, post.subject


@pytest.mark.parametrize(
    "content",
    [
        "la casa sarà pronta tra due anni, intanto scegliamo le piastrelle",
        "Ce chêne a plus de deux cents ans, balade du dimanche en forêt",
    ],
)
def test_years_without_an_anniversary_verb_are_no_milestone(content: str) -> None:
    assert read_post(content).intent != "milestone", read_post(content).intent_scores
