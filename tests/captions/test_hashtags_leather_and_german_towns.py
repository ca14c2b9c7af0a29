"""Leather goods are searched as such (a leather wallet, vegetable-tanned leather); a
German institution written before its town ("das Tierheim Bremen", "der Zoo Leipzig")
says where the post is, as the town after any noun people search does; a German
"Frühschoppen" is an event's head, its topic the search term ("Blues-Frühschoppen")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "wanted"),
    [
        ("New: the Tarn card wallet, cut from vegetable-tanned leather in Bakewell.", "#vegtan"),
        ("Our leather wallets are back in chestnut and black, made in Ayr.", "#leatherwallet"),
    ],
)
def test_leather_goods_are_searched_as_such(content: str, wanted: str) -> None:
    tags = [t.lower() for t in post_tags(content, "en", 5)]
    assert wanted in tags, tags


def test_a_leather_sofa_is_no_leather_goods() -> None:
    tags = [
        t.lower() for t in post_tags("Our leather sofa is back in stock at Ashgrove Home.", "en", 5)
    ]
    assert "#leathergoods" not in tags, tags


@pytest.mark.parametrize(
    ("content", "town"),
    [
        ("Benefizlauf für das Tierheim Rostock: 60 Läufer, 2.400 € für die Tiere!", "#rostock"),
        ("Sommerfest mit Kinderschminken in der Bibliothek Erfurt am Samstag.", "#erfurt"),
    ],
)
def test_a_german_institution_before_its_town_says_where(content: str, town: str) -> None:
    tags = [t.lower() for t in post_tags(content, "de", 5)]
    assert town in tags, tags


def test_a_frühschoppen_is_searched_by_its_music() -> None:
    tags = [
        t.lower()
        for t in post_tags("Blues-Frühschoppen am Sonntag im Hof der Brauerei Kessel.", "de", 5)
    ]
    assert "#blues" in tags, tags
