"""Calls to action that fit the post they close (blind round 18): no cheerful ask after a
flood, no opinion asked of an appeal, no stilted "tell us below", a closing in the post's
own address."""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of

_TONES = ("casual", "professional", "playful", "inspirational", "promotional", "minimalist")


def _texts(content: str, language: str) -> list[str]:
    return [
        text_of(v)
        for tone in _TONES
        for length in ("short", "medium", "long")
        for v in captions_for(content, language=language, tone=tone, length=length)
    ]


_FAVOURITE = ("momento favorito", "momento preferido", "sorri", "favourite moment", "smile")


def test_no_favourite_moment_after_a_flood() -> None:
    # a Portuguese flood is "a cheia" (its article makes it the noun, never "casa cheia")
    for content in (
        "Obrigada, Tomar. Depois da cheia do Nabão a loja ficou com lama até aos joelhos. "
        "Os vizinhos ajudaram a limpar tudo e reabrimos na segunda.",
        "Obrigado a todos os clientes! A inundação de sábado levou-nos o armazém, mas a "
        "equipa pôs tudo a funcionar em dois dias. Reabrimos amanhã em Águeda.",
    ):
        for text in _texts(content, "pt"):
            assert not any(f in text.lower() for f in _FAVOURITE), text


def test_a_full_house_is_no_flood() -> None:
    # "casa cheia" is a full house: a happy night may still be asked its best moment
    content = (
        "Obrigado, Coimbra! Casa cheia no nosso concerto de sábado, 300 pessoas a cantar "
        "connosco até à meia-noite."
    )
    texts = _texts(content, "pt")
    assert any(f in t.lower() for t in texts for f in _FAVOURITE)
