"""A thing called by its maker's name and said to be someone's ("la Singer de ma
grand-mère") is a family's object, not what the post is about: #Singer, the only tag of
a sewing corner, filed it under singers (an embarrassing caption in blind round 11).
Invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

POSTS = [
    (
        "fr",
        "mon atelier est enfin prêt : la Pfaff de ma mère, deux étagères de laine et une "
        "vieille lampe chinée à la brocante",
        "#Pfaff",
    ),
    (
        "it",
        "finito l'angolo cucito: la Necchi di mia nonna, una mensola di stoffe e una lampada",
        "#Necchi",
    ),
    (
        "pt",
        "cantinho de costura pronto: a Elgin da minha avó, prateleiras de tecidos e um "
        "candeeiro antigo",
        "#Elgin",
    ),
]


@pytest.mark.parametrize(("language", "content", "name"), POSTS)
def test_a_familys_thing_is_not_tagged_by_its_makers_name(
    language: str, content: str, name: str
) -> None:
    assert name not in post_tags(content, language, 5)
