"""Rules found by reading invented Spanish, Portuguese, Italian and French posts as a
social-media manager would, each tested on posts written for it."""

from __future__ import annotations

import pytest

from captions._dialect import dialect_of
from captions._understand import read_post
from tests.captions.helpers import captions_for


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("notre nouvelle bougie figue est enfin disponible ! 24 € sur le site", "fr"),
        ("le parfum Brume est disponible en boutique dès aujourd'hui", "fr"),
        ("il nostro balsamo alla lavanda è finalmente disponibile, 18 € sul sito", "it"),
        ("a nova máscara de cílios finalmente está disponível, R$ 59,90 no site", "pt"),
        ("el nuevo champú de romero ya está disponible en la web, 12,95 €", "es"),
    ],
)
def test_a_product_said_to_be_available_now_is_a_launch(content: str, language: str) -> None:
    # "enfin disponible", "è finalmente disponibile", "ya está disponible": a product
    # that can be bought from today is launched, whatever its category
    assert read_post(content, language).intent == "product_launch"


@pytest.mark.parametrize(
    "content",
    [
        "treino de costas feito 💪 remada e barra fixa, amanhã tem mais kkk",
        "primeira semana na academia nova, já tô sentindo as pernas",
        "dica: troque a água do vaso das flores a cada dois dias 🌷",
        "bolo de cenoura com cobertura de chocolate saindo do forno agora",
    ],
)
def test_no_european_wording_in_a_brazilian_or_unmarked_portuguese_post(content: str) -> None:
    # "precisa de ver isto", "precisa de provar isto" are European; a Brazilian reader
    # says "precisa ver isso". "kkk" and "academia" (the gym) are Brazilian.
    for tone in ("casual", "professional", "playful", "promotional", "inspirational"):
        for variant in captions_for(content, language="pt", tone=tone):
            assert "precisa de " not in variant.caption, variant.caption
            assert "isto" not in variant.caption.split(), variant.caption


def test_brazilian_laughter_and_gym_mark_a_post_brazilian() -> None:
    assert dialect_of("pt", "treino pesado hoje kkk") == "br"
    assert dialect_of("pt", "voltei pra academia depois das férias") == "br"
    assert dialect_of("pt", "a academia de música abriu inscrições") is None
