"""An apology said the way people say it to their customers is an apology: "sorry to
everyone who waited", "apologies to", "désolée pour", "pardon à tous", "perdón a
todos", "disculpen las molestias", "desculpem a demora", "scusate il ritardo", "sorry
an alle". Read as a food post, "sorry to everyone who waited over an hour for orders …
your next pizza is on us" was asked "Would you try it?" and "Tag the friend you'd
share this with" under the apology.

"Sorry to hear" and "sorry to say" are no apology to the readers.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

APOLOGIES = [
    (
        "en",
        "sorry to everyone who waited over an hour for orders on friday, our oven broke "
        "mid-service. refunds sent, and your next pizza is on us",
    ),
    (
        "en",
        "so sorry to all our customers who missed out on saturday, the card machine died. "
        "back on sunday",
    ),
    ("en", "sorry about yesterday's delays at the counter, we were two staff down"),
    ("en", "apologies to everyone whose parcels were late this week, all shipped now"),
    (
        "fr",
        "désolée pour l'attente de samedi, le four est tombé en panne. "
        "votre prochain café est offert",
    ),
    ("fr", "pardon à tous ceux qui ont attendu dimanche, la machine à café a lâché"),
    ("es", "perdón a todos los que esperaron el sábado, se nos averió el horno"),
    ("es", "disculpen las molestias del viernes, tuvimos un corte de luz. reabrimos hoy"),
    ("pt", "desculpem a demora nas encomendas desta semana, a máquina avariou"),
    ("it", "scusate il ritardo di sabato, si è rotto il forno. il prossimo caffè lo offriamo noi"),
    ("de", "sorry an alle, die am samstag warten mussten, unser ofen ist ausgefallen"),
]


@pytest.mark.parametrize(("language", "content"), APOLOGIES)
def test_an_apology_to_the_customers_is_one(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice_kind == "apology"


@pytest.mark.parametrize(
    "content",
    [
        "sorry to hear the market is cancelled, we'll be at the hall instead on sunday",
        "sorry to say our summer menu ends this week: last chance for the peach salad",
    ],
)
def test_sorry_to_hear_or_say_is_no_apology(content: str) -> None:
    assert confidence(read_post(content, "en")).notice_kind != "apology"


_FOOD_ASKS = ("would you try", "share this with", "dinner buddy", "food craving", "menu next")


def test_an_apology_gets_no_food_post_asks() -> None:
    content, language = APOLOGIES[0][1], "en"
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert not any(ask in text for ask in _FOOD_ASKS), text
