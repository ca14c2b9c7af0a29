"""Rules found by reading invented Spanish, Portuguese, Italian and French posts as a
social-media manager would, each tested on posts written for it."""

from __future__ import annotations

import pytest

from captions._understand import read_post


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
