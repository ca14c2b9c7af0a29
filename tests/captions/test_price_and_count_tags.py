"""A price is no tag and a count of pieces is no fashion: a bike light's launch
("CHF 79.-, … septante pièces seulement pour la première série") was tagged #CHF79 and
#nouvellecollection #mode (blind round 13). A dress collection keeps its fashion tags.
"""

from __future__ import annotations

from tests.captions.helpers import post_tags


def test_a_price_and_a_count_of_pieces_give_no_tags() -> None:
    content = (
        "atelier pinson lance la grive, notre premier feu arrière pour vélo : 60 lumens, "
        "CHF 49.\u2013, disponible dès le 20 janvier. "
        "trente pièces seulement pour la première série"
    )
    tags = post_tags(content, "fr", 5, lower=True)
    assert "#chf49" not in tags
    assert "#mode" not in tags
    assert "#vélo" in tags


def test_a_collection_of_dresses_is_still_fashion() -> None:
    tags = post_tags("nouvelle collection de robes en lin, pièces uniques cousues à Lyon", "fr", 5)
    assert "#mode" in tags
