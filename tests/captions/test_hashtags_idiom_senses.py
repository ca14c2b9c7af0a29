"""An idiom's words are tagged in neither of their senses: "winter blues" on a folk
night is no #blues, "cabin fever" no #fever; a blues night itself keeps #blues."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "absent"),
    [
        (
            "Acoustic night at the Tin Lantern in Galway on Thursday from 8pm, come shake "
            "off the winter blues with three local fiddlers.",
            "en",
            {"#blues"},
        ),
        (
            "Quiz night at the Old Mill in Leeds this Monday 7pm, the perfect cure for the "
            "Monday blues and a touch of cabin fever.",
            "en",
            {"#blues", "#fever"},
        ),
        (
            "Offene Bühne im Café Kranich in Graz am Donnerstag ab 20 Uhr, gegen den "
            "Januar-Blues: Lieder, Gedichte, Tee.",
            "de",
            {"#blues"},
        ),
        (
            "Soirée contes au bar Le Héron à Namur jeudi dès 20 h, parfait contre le coup "
            "de blues de janvier.",
            "fr",
            {"#blues"},
        ),
    ],
)
def test_an_idiom_gives_no_tag(content: str, language: str, absent: set[str]) -> None:
    tags = set(post_tags(content, language, 8, lower=True))
    assert not tags & absent, tags


def test_a_blues_night_keeps_its_genre() -> None:
    content = "Blues night at the Rusty Anchor in Memphis on Friday from 9pm with the Delta Kings."
    assert "#blues" in post_tags(content, "en", 8, lower=True)
