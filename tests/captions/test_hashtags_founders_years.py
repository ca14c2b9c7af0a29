"""A relative who opened or founded the business is its founder: the years the post
counts are the business's (an anniversary), no relative's birthday, and a wedding its
tally of work names is a side detail. A relative's own birthday keeps its tag."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "absent", "present"),
    [
        (
            "harbour lane hardware turns 40 this week 🎉 my grandad opened it in 1986 with two "
            "shelves of nails and a till. since then: 10,000+ keys cut, every wedding arch in "
            "the village, half the sheds in town. thanks everyone!",
            "en",
            {"#birthday", "#wedding"},
            None,
        ),
        (
            "30 jahre fahrradladen speiche in linz 🚲 mein opa hat ihn 1996 eröffnet, heute "
            "führt ihn meine mutter. wir feiern am samstag ab 10 uhr mit kuchen.",
            "de",
            {"#geburtstag"},
            "#jubiläum",
        ),
        (
            "la ferretería el tornillo cumple 40 años 🎉 mi abuelo la abrió en 1986 con dos "
            "estantes de clavos. ¡gracias a todos!",
            "es",
            {"#cumpleaños"},
            "#aniversario",
        ),
        (
            "la ferramenta del ponte compie 40 anni 🎉 mio nonno l'ha aperta nel 1986 con due "
            "scaffali di chiodi. grazie a tutti!",
            "it",
            {"#compleanno"},
            "#anniversario",
        ),
    ],
)
def test_a_founders_business_counts_its_own_years(
    content: str, language: str, absent: set[str], present: str | None
) -> None:
    tags = set(post_tags(content, language, 8, lower=True))
    assert not tags & absent, tags
    assert present is None or present in tags, tags


def test_a_grandparents_birthday_keeps_its_tag() -> None:
    content = "Grandma turns 90 today! 🎂 Family lunch at the Old Mill in Leeds."
    assert "#birthday" in post_tags(content, "en", 8, lower=True)
