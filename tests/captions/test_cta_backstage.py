"""A post that opens by showing how a thing is made ("Comment naît un parfum", "So entsteht
unser Käse") is behind the scenes, whatever the thing is (a perfume, a cheese, a shoe),
and its call to action asks about the craft, never "tag someone who should see this"."""

from __future__ import annotations

import re

import pytest

from captions._sure import confidence
from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_GENERIC = re.compile(
    r"(?i)should see this|needs to see this|with a friend|doit voir ça|devrait voir ça"
    r"|avec un ami|das sehen sollte|das sehen muss|mit einem freund|debería verlo"
    r"|tiene que ver esto|con un amigo|dovrebbe vederlo|deve vederlo|con un amico"
    r"|precisa ver isso|a um amigo|what made you smile|zum lächeln|sourire|sonreír"
    r"|sorridere|sorrir"
)

_MAKING = [
    (
        "How we make our cheddar at Hollin Farm Dairy: raw milk, cloth-bound and aged for a year.",
        "en",
    ),
    ("So entsteht unser Bergkäse in der Sennerei Talwiese: Heumilch, Kupferkessel, Geduld.", "de"),
    (
        "Comment naît un parfum à l'Atelier Solène : trois mois de macération et "
        "beaucoup de patience.",
        "fr",
    ),
    (
        "Así nacen nuestros zapatos en el Taller Ibarra: cuero curtido al natural y cosido a mano.",
        "es",
    ),
    ("Así se hace una guitarra en el Taller Ortega: seis semanas y madera de cedro.", "es"),
    ("Come nasce un paio di scarpe nella Calzoleria Rinaldi: 40 ore di lavoro a mano.", "it"),
    ("Como nasce um queijo na Queijaria Serra Alta: leite cru, sal e três meses de cura.", "pt"),
]


@pytest.mark.parametrize(("content", "language"), _MAKING)
def test_showing_how_a_thing_is_made_is_behind_the_scenes(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "behind_the_scenes"
    assert confidence(post).intent


@pytest.mark.parametrize(("content", "language"), _MAKING)
def test_behind_the_scenes_asks_about_the_craft(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        assert not _GENERIC.search(text_of(variant)), text_of(variant)
