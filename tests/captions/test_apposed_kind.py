"""An English product's one-word name is tagged with its kind also when the kind comes
in an apposition: "launching the Tern 🧥 our first rain shell" was tagged #Tern, filing a
rain shell under the sea bird (an X of blind round 12, three variants). Invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "alone", "with_kind"),
    [
        (
            "launching the Plover 🎒 our first daypack. 18 L, $95, ships 3 Feb",
            "#Plover",
            "#PloverDaypack",
        ),
        (
            "meet the Kestrel, our new trail shoe. 280 g, 6 mm drop, $140",
            "#Kestrel",
            "#KestrelShoe",
        ),
    ],
)
def test_a_one_word_product_is_tagged_with_its_apposed_kind(
    content: str, alone: str, with_kind: str
) -> None:
    tags = post_tags(content, "en", 5)
    assert alone not in tags, tags
    assert with_kind in tags, tags
