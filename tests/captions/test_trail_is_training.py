"""A trail run is training: "premier trail de ma vie au-dessus d'ajaccio ce matin, 14 km"
got behind_the_scenes (#coulisses), "matin" its only cue beside "km". Trail, trail running
and mountain running are fitness cues in every language.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "mon premier trail dans les Vosges hier, 21 km et 900 m de dénivelé"),
        ("fr", "premier trail running autour du lac d'Annecy ce matin, 12 km"),
        ("es", "primer trail running de mi vida por la sierra esta mañana, 15 km"),
        ("it", "primo trail running della mia vita sopra il lago stamattina, 14 km"),
    ],
)
def test_a_trail_run_is_fitness(language: str, content: str) -> None:
    assert read_post(content, language).intent == "fitness"
