"""An event's name says no trade (blind review: tags).

Seen: a stand at a "Salon des Métiers d'Art" got #salondecoiffure: "salon" is a hair
salon's trade, and the name's first word was read as the business's kind. The rule: a
name whose head is an event's word (salon, fiera, feria, festival …) followed by "of"
names an event; its head is no trade, and what it is of says its kind ("Salon du
Chocolat" → #chocolat). A hair salon's own name ("Salon Margot", "Salon de Coiffure
Lucie") keeps its trade.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        (
            "Retrouvez-nous au Salon des Métiers du Bois de Épinal, stand 7 : nos jouets en hêtre.",
            "fr",
            "#salondecoiffure",
        ),
        (
            "Ce week-end on expose au Salon des Artisans de Quimper, venez dire bonjour !",
            "fr",
            "#salondecoiffure",
        ),
    ],
)
def test_an_events_head_is_no_trade(content: str, language: str, wrong: str) -> None:
    assert wrong not in post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        (
            "Salon Margot : nouvelles coupes et colorations pour l'hiver, sur rendez-vous.",
            "fr",
            "#salondecoiffure",
        ),
        (
            "Rendez-vous au Salon du Chocolat de Lyon samedi, venez goûter nos pralinés.",
            "fr",
            "#chocolat",
        ),
    ],
)
def test_a_salons_own_trade_stays(content: str, language: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)
