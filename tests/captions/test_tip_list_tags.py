"""A numbered tip's things are its advice's tools, not what the tips are about: gloves
in the boot, the pot plants brought in before a storm, a shovel in the car gave
#guanti, #planttips and #handschuhe (blind review 16: snow-chain and cyclone tips). A
storm's preparations are tagged as such; a tip list about plants keeps its plant tags."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "absent"),
    [
        (
            "Gomme invernali: 4 consigli dall'officina Il Gufo ❄️ 1. Controllate il battistrada "
            "ora. 2. Guanti e torcia sempre nel bagagliaio. 3. Pressione ogni mese. 4. Mai oltre "
            "i 160 km/h.",
            "it",
            {"#guanti", "#torcia"},
        ),
        (
            "Glatteis-Tipps vom Baumarkt Kiebitz ❄️ 1. Streusalz nur sparsam. 2. Handschuhe und "
            "Schaufel ins Auto. 3. Winterreifen prüfen.",
            "de",
            {"#handschuhe", "#schaufel"},
        ),
        (
            "Storm season prep from Pelican Hardware 🌀 1. Bring in the pot plants and the bins. "
            "2. Fill the bath and two jerry cans. 3. Test the generator.",
            "en",
            {"#planttips", "#houseplants"},
        ),
    ],
)
def test_a_tip_lists_tools_are_no_tags(content: str, language: str, absent: set[str]) -> None:
    tags = set(post_tags(content, language, 5, lower=True))
    assert not tags & absent, tags


def test_storm_preparations_are_tagged_as_such() -> None:
    content = (
        "Hurricane prep from Gull Hardware 🌀 1. Bring in the patio chairs. 2. Fill two jerry "
        "cans. 3. Charge the power banks."
    )
    assert "#stormprep" in post_tags(content, "en", 5, lower=True)


def test_a_plant_tip_list_keeps_its_plant_tags() -> None:
    content = (
        "Three houseplant tips for dark winter flats 🪴 1. Move the pots to the brightest "
        "window. 2. Water half as often. 3. Wipe the leaves once a month."
    )
    assert "#planttips" in post_tags(content, "en", 5, lower=True)
