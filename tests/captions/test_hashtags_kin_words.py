"""A relative's title ("my grandad", "mein Opa", "mio nonno", "o meu avô") names a side
person of the post, whom no one searches by that word: it is no tag unless the user
wrote it."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "absent"),
    [
        (
            "the old bell bike shop turns 30 this spring 🚲 my grandad opened it in 1995 "
            "with three bikes and a pump. thank you, ripon!",
            "en",
            "#grandad",
        ),
        (
            "30 jahre fahrradladen speiche in linz 🚲 mein opa hat ihn 1996 eröffnet, heute "
            "führt ihn meine mutter. wir feiern am samstag ab 10 uhr mit kuchen.",
            "de",
            "#opa",
        ),
        (
            "la ferramenta del ponte compie 40 anni 🎉 mio nonno l'ha aperta nel 1986 con due "
            "scaffali di chiodi. grazie a tutti!",
            "it",
            "#nonno",
        ),
        (
            "a drogaria do largo faz 40 anos 🎉 o meu avô abriu-a em 1986 com duas "
            "prateleiras de pregos. obrigado a todos!",
            "pt",
            "#avô",
        ),
    ],
)
def test_a_relatives_title_is_no_tag(content: str, language: str, absent: str) -> None:
    assert absent not in post_tags(content, language, 8, lower=True)


def test_a_relative_tag_the_user_wrote_stays() -> None:
    content = "Sunday lunch at my nonna's table in Bari 🍝 #nonna"
    assert "#nonna" in post_tags(content, "en", 8, lower=True)
