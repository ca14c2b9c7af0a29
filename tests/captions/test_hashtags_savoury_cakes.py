"""A savoury cake is its own dish, never #cake (blind review 14: "fish cakes" on a pub's
menu were tagged #cake, a dessert's tag). Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "tag"),
    [
        ("Friday lunch special: smoked haddock fish cakes with tartare sauce, £9.", "#fishcakes"),
        ("Our Maryland crab cakes are back on the menu tonight, served with slaw.", "#crabcakes"),
        ("New at the deli: crispy salmon cakes with dill mayo.", "#salmoncakes"),
    ],
)
def test_a_savoury_cake_is_no_dessert(content: str, tag: str) -> None:
    tags = post_tags(content, "en", 6, lower=True)
    assert "#cake" not in tags, tags
    assert tag in tags, tags


def test_a_cake_is_still_a_cake() -> None:
    tags = post_tags("Lemon drizzle cake fresh out of the oven this morning.", "en", 6, lower=True)
    assert any("cake" in t for t in tags), tags
