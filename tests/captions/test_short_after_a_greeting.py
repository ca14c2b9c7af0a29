"""A short caption that opens with a greeting keeps the post's opening after it.

Seen: "moin! endlich fertig: unser lesezimmer im reetdachhaus auf rügen 📚 omas ohrensessel
neu bezogen … tee, decke, krimi, mehr braucht's nicht 🫖" (short) came out "Moin! 📚 🫖" and
an ask: the greeting was taken for the opening and every sentence after it was cut for
room.

The rule: when the first line is a greeting of two words or fewer ("Moin!", "¡Hola,
vecinos!", "Tach."), the sentence after it is the post's opening and is kept in a short
caption.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "opening"),
    [
        ("moin! endlich fertig: unser arbeitszimmer im alten pfarrhaus auf föhr 📚 opas "
         "schreibtisch neu geölt, ein regal aus treibholz, der kachelofen. mehr braucht's nicht",
         "de", "Arbeitszimmer"),
        ("¡hola, vecinos! por fin terminamos la cocina de la casa del pueblo 🏡 azulejos "
         "verdes, una mesa de castaño y la cocina de leña de la abuela. qué gusto",
         "es", "cocina de la casa del pueblo"),
        ("hiya! finally finished the reading nook in our old chapel house 📚 gran's armchair "
         "recovered, a shelf from driftwood, the wood burner. bliss",
         "en", "reading nook"),
    ],
)  # fmt: skip
def test_the_opening_after_a_greeting_stays_in_short(
    content: str, language: str, opening: str
) -> None:
    for variant in captions_for(content, language=language, length="short"):
        assert opening in text_of(variant), variant.caption
