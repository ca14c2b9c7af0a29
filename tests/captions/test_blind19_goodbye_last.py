"""A goodbye ("See you soon!", "Alla prossima!", "¡Hasta pronto!") closes the caption,
after the ask (blind round 19 reviewers)."""

from __future__ import annotations

import pytest

from captions._signoff import split_sign_off
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("language", "content", "goodbye"),
    [
        (
            "it",
            "Domani chiudiamo per ferie, la Libreria Gabbiano riapre il 2 settembre con le "
            "novità d'autunno. Alla prossima!",
            "Alla prossima!",
        ),
        (
            "en",
            "We're closed for a fortnight while the ovens get fixed, back on Monday 3 March "
            "at Birchwood Bakery. See you soon!",
            "See you soon!",
        ),
        (
            "es",
            "el viernes cerramos la heladería polo por vacaciones y volvemos el 3 de marzo "
            "con sabores nuevos. ¡hasta pronto!",
            "¡Hasta pronto!",
        ),
    ],
)
def test_a_goodbye_ends_the_caption(language: str, content: str, goodbye: str) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert text.splitlines()[-1] == goodbye, text
        assert text.count(goodbye) == 1, text


def test_a_goodbye_with_more_to_say_is_no_sign_off() -> None:
    # "See you soon at the market!" tells where: a sentence of the post, kept in its place
    content = "Our stall is back at Hexham market this Saturday. See you soon at the market!"
    assert split_sign_off("See you soon at the market!", content) == (
        "See you soon at the market!",
        "",
    )
    assert split_sign_off("See you soon!", content) == ("", "See you soon!")
