"""Calls to action that fit the post, and the post's own emoji (issue 12, after the fifth
blind review): each rule on posts written for it, in six languages."""

from __future__ import annotations

import re

import emoji
import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of


def _emoji_of(text: str) -> list[str]:
    return [e["emoji"] for e in emoji.emoji_list(text)]


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "C'est avec une immense tristesse que nous annonçons le décès de Marcel, notre "
            "fromager depuis 25 ans. La boutique sera fermée mardi pour ses obsèques.",
            "fr",
        ),
        (
            "Con enorme tristeza comunicamos el fallecimiento de Tere, nuestra cocinera "
            "durante 30 años. El bar cerrará el lunes por el velatorio.",
            "es",
        ),
        (
            "Com muita tristeza comunicamos o falecimento do senhor Arlindo, o nosso "
            "padeiro de sempre. A padaria fecha na quarta para o velório.",
            "pt",
        ),
        (
            "Con dolore annunciamo il decesso di Gino, il nostro pasticcere da 40 anni. "
            "Il laboratorio resterà chiuso giovedì per le esequie.",
            "it",
        ),
    ],
)
def test_a_death_notice_is_read_as_one_and_never_celebrated(content: str, language: str) -> None:
    assert read_post(content, language).sensitive
    for variant in captions_for(content, language=language, tone="casual"):
        text = text_of(variant)
        assert not set(_emoji_of(text)) & {"🎉", "🥳", "🎂", "🎊", "✨", "💪"}, text
        assert not re.search(r"(?i)fête|celebr|feiert|festeggi|comemor", text), text
