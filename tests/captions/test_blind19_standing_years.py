"""How long a business has done its trade is background to another news (blind round
19, it-02).

"…, facciamo calze da 61 anni. Da lunedì arriva la collezione …" announces a collection;
the 61 years are the maker's standing, no anniversary (no 🎉, no #anniversario). Years
with no other news beside them stay the anniversary.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

BACKGROUND = [
    (
        "it",
        "Alla Cappelleria Gufo, a Montappone, facciamo cappelli da 70 anni. Da lunedì "
        "arriva la collezione Nebbia: cappelli di feltro a 60 €.",
    ),
    (
        "it",
        "Nella Pelletteria Corvo, a Tolentino, cuciamo borse da 40 anni. Da sabato 7 "
        "marzo arriva la collezione Brughiera: borse in cuoio a 120 €.",
    ),
    (
        "fr",
        "À la Savonnerie du Port, on fait du savon depuis 30 ans. Nouvelle collection "
        "au lait d'ânesse dès lundi, 6 € le pain.",
    ),
    (
        "es",
        "Desde hace 20 años tejemos mantas en Grazalema. Este lunes llega la nueva "
        "colección de invierno, 45 € cada una.",
    ),
]


@pytest.mark.parametrize(("language", "content"), BACKGROUND)
def test_standing_years_beside_other_news_are_no_milestone(language: str, content: str) -> None:
    assert read_post(content, language).intent != "milestone"


def test_standing_years_get_no_anniversary_words() -> None:
    variants = captions_for(BACKGROUND[0][1], language="it")
    assert not tags_of(variants) & {"#anniversario", "#traguardo"}
    assert not any("🎉" in v.caption for v in variants)
    french = captions_for(BACKGROUND[2][1], language="fr")
    assert not tags_of(french) & {"#anniversaire", "#célébration"}


ANNIVERSARIES = [
    ("de", "Seit 30 Jahren gibt es uns. Danke an alle Stammkunden!"),
    ("en", "We've been baking for 25 years today! Thank you, Hebden."),
    ("it", "Da 50 anni facciamo il pane a Norcia: oggi festeggiamo con voi!"),
]


@pytest.mark.parametrize(("language", "content"), ANNIVERSARIES)
def test_years_with_no_other_news_stay_the_milestone(language: str, content: str) -> None:
    assert read_post(content, language).intent == "milestone"
