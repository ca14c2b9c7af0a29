"""A word that only begins like an invitation is none: "Começámos na cozinha lá de
casa", "Comenzamos con una vitrina", "Comedy nights start again" and "Passeámos pela
marginal" were read as the brief's own ask ("Come by!", "Passe na loja!"), which is
kept for the end of the body and never joins the opening on a first line; so the three
variants of a short milestone opened alike (issue 12, "variety that lasts"). An
invitation is the whole word: "Come", "Passe", "Passem". Posts invented for this test.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of

# (brief, language, the sentence that may join the opening on a first line)
POSTS = [
    (
        "Chegámos aos 500 pedidos na nossa loja online de sabonetes artesanais! Começámos na "
        "cozinha lá de casa em Braga. Obrigada a cada cliente.",
        "pt",
        "Começámos na cozinha lá de casa em Braga.",
    ),
    (
        "La pastelería Almendra cumple tres años este mes. Comenzamos con una vitrina y dos "
        "hornos. Gracias por cada visita, vecinos.",
        "es",
        "Comenzamos con una vitrina y dos hornos.",
    ),
    (
        "Our studio turned one this week. Comedy nights start again in March at the back "
        "room. Thanks for every single laugh.",
        "en",
        "Comedy nights start again in March at the back room.",
    ),
    (
        "A nossa livraria faz dez anos esta semana! Passeámos pela marginal a festejar. "
        "Obrigado a todos os leitores.",
        "pt",
        "Passeámos pela marginal a festejar.",
    ),
]


@pytest.mark.parametrize(("content", "language", "sentence"), POSTS)
def test_a_word_that_begins_like_an_invitation_may_open(
    content: str, language: str, sentence: str
) -> None:
    hooks = hooks_of(captions_for(content, language=language))
    assert any(sentence in hook for hook in hooks), hooks
    assert len(set(hooks)) == 3, hooks
