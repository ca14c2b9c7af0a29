"""A launch of a range, a season or a batch is about the things it gathers, and "Novità:"
presents a product as "new" does.

Seen: "Nouvelle collection de bougies à la lavande de Provence, coulées à la main à
Lyon" took "Provence" for its subject (#Provence first); "Novità in negozio: grembiuli
in lino lavato, cuciti a Prato" took "lino", the apron's cloth; "Nueva temporada de
ostras de Arcade" took the season and tagged no oysters.

The rule: a word that gathers what is new (collection, range, línea, temporada, gamma,
fornada …) before "of/de/di" gives way to the things after it ("bougies à la lavande de
Provence", "ostras de Arcade"); "novità", "nouveauté", "novedad", "novidade", "Neuheit"
open a launch as "new" does (with its colon: "Novità in negozio: grembiuli …"); the
oysters, clams and tinned fish Spanish searches by name are terms of the taxonomy.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "thing", "detail"),
    [
        ("Nouvelle gamme de savons au lait d'ânesse, fabriqués en Ardèche. 6 € pièce.", "fr",
         "savons", "Ardèche"),
        ("Novità in bottega: taglieri in legno d'ulivo, fatti a Bari. 25 €.", "it",
         "taglieri", "legno"),
        ("Nueva remesa de anchoas de Santoña, 12 € la lata.", "es", "anchoas", "remesa"),
        ("Our new range of beeswax wraps, made in Totnes. £12 a pack.", "en", "wraps",
         "Totnes"),
        ("Nova coleção de sabonetes de alecrim, feitos em Évora. 5 € cada.", "pt",
         "sabonetes", "Évora"),
    ],
)  # fmt: skip
def test_a_launch_of_a_range_is_about_its_things(
    content: str, language: str, thing: str, detail: str
) -> None:
    subject = read_post(content, language).subject.text
    assert thing in subject, subject
    assert detail not in subject, subject


def test_the_oysters_of_a_new_season_are_tagged() -> None:
    tags = post_tags("Nueva temporada de ostras de Arcade en la barra. 2,50 € la unidad.", "es", 8)
    assert "#ostras" in [t.lower() for t in tags], tags
