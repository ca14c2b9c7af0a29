"""What a pet eats or chews, said in the present ("hoje come a sandália do meu pai", "se
come los calcetines") or past, is its story, no tag; sandals a shop sells stay a tag."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content", "side"),
    [
        ("pt", "O Bolota está impossível: hoje come a sandália do meu avô. 🐶", "sandálias"),
        ("es", "Mi perra Canela se come los calcetines de mi tío cada mañana. 🐶", "calcetines"),
        ("pt", "A Pipoca roeu o chinelo da minha mãe outra vez. 🐶", "chinelos"),
    ],
)  # fmt: skip
def test_what_a_pet_eats_is_no_tag(language: str, content: str, side: str) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert not [t for t in tags if side[:5] in t], tags


def test_sandals_a_shop_sells_stay_a_tag() -> None:
    tags = post_tags("Sandálias novas na loja! 🐶 O Bolota aprova.", "pt", 5, lower=True)
    assert "#sandálias" in tags
