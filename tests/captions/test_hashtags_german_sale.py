"""A German shop's sale is tagged with the sale and the kit it is on, on invented posts:
"Vorsaison-Abverkauf … auf alle Tourenski" (a hyphenated compound's last part is what
it is) gives #abverkauf and #skitour, never a fitness post's #training.
"""

from __future__ import annotations

from tests.captions.helpers import post_tags


def test_a_ski_shops_sale_is_tagged_with_the_sale_and_the_skis() -> None:
    tags = post_tags(
        "Vorsaison-Abverkauf bei Sport Falke in Lienz: \u201330 % auf alle Tourenski, dazu Felle",
        "de",
        6,
        lower=True,
    )
    assert {"#abverkauf", "#skitour"} <= set(tags), tags
    assert not {"#fitness", "#training"} & set(tags)


def test_a_hyphenated_compound_is_tagged_by_its_last_part() -> None:
    tags = post_tags("Winter-Abverkauf im Laden Falke, nur diese Woche", "de", 6, lower=True)
    assert "#abverkauf" in tags, tags
