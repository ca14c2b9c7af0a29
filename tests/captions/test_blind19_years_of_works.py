"""The time building works took is no anniversary (blind round 19, fr-01).

"Trois ans de chantier, et la longère est enfin à nous" counts the years the works took:
the home's making, never a milestone tagged #anniversaire. Years of a business, of a
cause's work, stay what they were.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

WORKS = [
    (
        "fr",
        "Deux ans de travaux, et la ferme est enfin à nous. Tomettes d'origine, "
        "cheminée en pierre. Pendaison de crémaillère le 3 mai.",
    ),
    (
        "es",
        "Dos años de obras y la masía por fin es nuestra. Vigas de madera, suelo de "
        "barro y una chimenea en el salón.",
    ),
    (
        "pt",
        "Dois anos de obras e o monte é finalmente nosso. Tijoleira antiga, vigas de "
        "castanho e uma lareira na sala.",
    ),
    (
        "en",
        "2 years of renovation, and the cottage is finally ours. Slate floors, the old "
        "beams, a wood burner in the living room.",
    ),
]


@pytest.mark.parametrize(("language", "content"), WORKS)
def test_years_of_works_are_the_home(language: str, content: str) -> None:
    assert read_post(content, language).intent == "home"


def test_years_of_works_get_no_anniversary_tag() -> None:
    content = WORKS[0][1]
    tags = tags_of(captions_for(content, language="fr"))
    assert not tags & {"#anniversaire", "#célébration"}


ANNIVERSARIES = [
    ("fr", "Dix ans de la boutique aujourd'hui ! Merci à tous nos clients fidèles."),
    ("en", "10 years of our bakery this week! Thank you for every loaf."),
]


@pytest.mark.parametrize(("language", "content"), ANNIVERSARIES)
def test_years_of_a_business_stay_a_milestone(language: str, content: str) -> None:
    assert read_post(content, language).intent == "milestone"


def test_social_works_are_no_building_works() -> None:
    content = "Diez años de obras sociales en el barrio: gracias a todos los voluntarios."
    assert read_post(content, "es").intent != "home"
