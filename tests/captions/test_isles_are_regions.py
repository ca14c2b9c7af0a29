"""The British and Maltese islands a post names are regions: "a long weekend on the isle
of wight" kept "isle of wight" in lower case (the Isle of Man, Wight, Mull, Arran,
Scilly, the Channel Islands, Anglesey and Gozo were missing from the regions list)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "region"),
    [
        ("a long weekend on the isle of wight, ventnor and crab sandwiches", "Isle of Wight"),
        ("first ferry of the year to the isle of man, cold but worth it", "Isle of Man"),
        ("three days walking on anglesey, the coast path is something else", "Anglesey"),
    ],
)
def test_an_island_takes_its_capitals(content: str, region: str) -> None:
    for variant in captions_for(content, language="en"):
        assert region in text_of(variant), variant.caption
