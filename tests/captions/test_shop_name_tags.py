"""A German shop whose name opens with a search term keeps its whole name as its tag:
"Neu bei Strickwerk Larsen in Flensburg: …" was tagged #Larsen (a surname no one
searches), by the rule that reads "die Gusseisenpfanne Glut" as a kind (#gusseisen) and
a product's name (#Glut). A business is named whole (#StrickwerkLarsen); the product
rule stays. Invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

SHOPS = [
    (
        "Neu bei Strickstube Brandes in Lübeck: Mützen aus Merinowolle, 3 Farben, 35 €. "
        "Im Laden und online.",
        "#StrickstubeBrandes",
        "#Brandes",
    ),
    (
        "Neu bei Holzwerkstatt Kowalski in Görlitz: Schneidebretter aus Eiche, ab 40 €.",
        "#HolzwerkstattKowalski",
        "#Kowalski",
    ),
]


@pytest.mark.parametrize(("content", "whole", "part"), SHOPS)
def test_a_shop_is_tagged_by_its_whole_name(content: str, whole: str, part: str) -> None:
    tags = post_tags(content, "de", 5)
    assert part not in tags, tags
    assert whole in tags, tags


def test_a_product_named_after_its_kind_still_gives_its_name() -> None:
    tags = post_tags("Neu: die Gusseisenpfanne Glut, 28 cm, 89 €. Ab Freitag im Laden.", "de", 5)
    assert "#Glut" in tags, tags
    assert "#gusseisen" in tags, tags
