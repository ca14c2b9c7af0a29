"""A savoury pie is no dessert: "torta pasqualina 4,50 €" on a Genoese friggitoria's
menu was tagged #torta #dolci #pasticceria (an X of blind round 12). "torta pasqualina",
"torta salata" and "torta rustica" are their own terms, and keep the dessert tags off;
a cake stays a cake. Invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    "content",
    [
        "oggi in Friggitoria Il Sarago: farinata 3 €, torta pasqualina 4 €, fugassa 2 €. "
        "dalle 11 alle 15",
        "per la gita di domani: torta salata di porri e un thermos di caffè",
    ],
)
def test_a_savoury_pie_gets_no_dessert_tags(content: str) -> None:
    tags = post_tags(content, "it", 5, lower=True)
    assert not {"#dolci", "#pasticceria", "#torta"} & set(tags), tags


def test_a_cake_is_still_a_dessert() -> None:
    tags = post_tags("Pasticceria Aurora a Pavia: torta di mele e crostata, da oggi", "it", 5)
    assert "#dolci" in tags or "#pasticceria" in [t.lower() for t in tags], tags
