"""The places listed after "drop-off points:", "pontos de recolha:", "Sammelstellen:"
say where to go, not what the post is about: none of them is a tag or a category cue.
A blanket drive is tagged by its cause."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "absent"),
    [
        (
            "o grupo escuteiro 112 de tomar está a recolher cobertores, meias e gorros para "
            "pessoas sem-abrigo até 20 de janeiro. pontos de recolha: igreja matriz, café do "
            "largo e escola básica.",
            "pt",
            {"#café", "#cafeteria", "#comida", "#gastronomia"},
        ),
        (
            "Our scout group in Ilkley is collecting blankets, socks and hats for people "
            "sleeping rough until 20 January. Drop-off points: St Mary's church hall, the "
            "Corner Café and the library.",
            "en",
            {"#cornercafé", "#cornercafe", "#café"},
        ),
        (
            "Die Pfadfinder in Fulda sammeln Decken, Socken und Mützen für Obdachlose bis "
            "zum 20. Januar. Sammelstellen: Pfarrheim, Café Lindner und Stadtbücherei.",
            "de",
            {"#cafélindner", "#café"},
        ),
    ],
)
def test_a_listed_drop_off_point_is_no_tag(content: str, language: str, absent: set[str]) -> None:
    tags = set(post_tags(content, language, 8, lower=True))
    assert not tags & absent, tags


def test_a_portuguese_blanket_drive_is_tagged_by_its_cause() -> None:
    content = (
        "a associação pardal, em viseu, está a recolher cobertores e meias quentes para quem "
        "dorme na rua. pontos de recolha: pastelaria aurora e biblioteca municipal."
    )
    assert read_post(content, "pt").intent == "charity"
    tags = set(post_tags(content, "pt", 8, lower=True))
    assert tags & {"#doação", "#semabrigo", "#solidariedade"}, tags
