"""A town in a food's name is no place, and a size is no tag, on invented posts:
"Eccles cakes" made in Leeds are tagged #Leeds, not #Eccles; "tamanhos P ao GG" and
"sizes S to XL" give no #GG, no #XL. A town the post is in stays."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


def test_a_town_in_a_foods_name_is_no_place() -> None:
    tags = tags_of(
        "Eccles cakes and custard slices fresh this morning at our bakery in Leeds.", "en"
    )
    assert "#eccles" not in tags, tags
    assert "#leeds" in tags, tags


def test_a_town_named_on_its_own_too_stays() -> None:
    tags = tags_of(
        "Custard slices and cakes baked this morning at our little shop in Eccles.", "en"
    )
    assert "#eccles" in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "size"),
    [
        ("Chunky cardigans back in stock in navy and moss, sizes S to XL.", "en", "#xl"),
        ("Camisolas de malha novas em azul e verde, tamanhos P ao GG.", "pt", "#gg"),
        ("Nuevas chaquetas acolchadas en negro y verde, tallas S a XXL.", "es", "#xxl"),
    ],
)
def test_a_size_is_no_tag(content: str, language: str, size: str) -> None:
    tags = tags_of(content, language)
    assert size not in tags, tags
