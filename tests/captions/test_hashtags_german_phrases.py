"""German capitalises every noun, so a thing and whose it is ("das Kinderzimmer von
Jonas"), how it is made ("von Hand") or a colour named after a thing ("Wände in
Salbeigrün") reads as a name: none is a tag."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "absent"),
    [
        (
            "Endlich ist das Kinderzimmer von Jonas fertig 🛏️ Wände in Salbeigrün, Vorhänge "
            "aus alten Laken.",
            {"#kinderzimmervonjonas", "#salbeigrün"},
        ),
        (
            "Das Gartenhaus von Oma Gerda ist fertig gestrichen 🎨 drei Wochenenden Arbeit.",
            {"#gartenhausvonomagerda"},
        ),
        (
            "Die Brauerei von Hans Kessler feiert 50 Jahre in Bamberg 🍺",
            {"#brauereivonhanskessler"},
        ),
        (
            "Das Wohnzimmer ist fertig 🛋️ Wände in Taubenblau, ein Sofa vom Flohmarkt. Drei "
            "Wochenenden Arbeit.",
            {"#taubenblau"},
        ),
    ],
)
def test_a_noun_phrase_is_no_name(content: str, absent: set[str]) -> None:
    tags = set(post_tags(content, "de", 8, lower=True))
    assert not tags & absent, tags


def test_the_trade_of_a_business_named_by_its_owner_stays() -> None:
    content = "Die Brauerei von Hans Kessler feiert 50 Jahre in Bamberg 🍺"
    assert "#brauerei" in post_tags(content, "de", 8, lower=True)
