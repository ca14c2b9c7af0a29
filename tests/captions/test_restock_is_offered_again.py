"""A thing back on the shelf is offered again, in every language: "Unsere
Leinenservietten sind wieder da", "Las servilletas de lino vuelven a estar disponibles",
"I tovaglioli di lino sono di nuovo disponibili" were read as a home of one's own and
asked "What made you smile today?" and "Show your favourite corner", and "Notre sérum à
la vitamine C est de retour en stock" as a look ("Vous le porteriez ?"). A restock said
in the opening ("back in stock", "wieder da", "de nuevo disponibles", "de retour en
stock", "novamente disponíveis", "di nuovo disponibili") is a launch whatever the thing
is, asked as one ("Which one will you take?", "Tag someone who's been waiting").

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

_OWN_MOMENT = re.compile(
    r"(?i)smile|sonreír|lächeln|sourire|sorrir|sorridere|joy of the day|alegría del día"
    r"|glück des tages|bonheur du jour|alegria do dia|gioia di oggi|corner|rincón"
    r"|lieblingsplatz|coin préféré|cantinho|canto preferido|angolo preferito|day like this"
    r"|un día así|so einen tag|journée comme ça|um dia assim|giornata così|wear|pondrías"
    r"|porteriez|usaria|indossereste|tragen"
)

RESTOCKS = [
    (
        "es",
        "Las servilletas de lino vuelven a estar disponibles en cinco colores. Y manteles de "
        "algodón a juego.",
    ),
    (
        "de",
        "Unsere Leinenservietten sind wieder da, in fünf Farben. Dazu neue Tischdecken und "
        "Geschirrtücher.",
    ),
    (
        "fr",
        "Nos serviettes de table en lin sont de nouveau disponibles en cinq couleurs, avec les "
        "nappes assorties.",
    ),
    ("fr", "Notre sérum à la vitamine C est de retour en stock ! Flacon de 30 ml, 34 €."),
    (
        "pt",
        "Os guardanapos de linho estão novamente disponíveis, em cinco cores. E toalhas de mesa "
        "novas.",
    ),
    (
        "it",
        "I tovaglioli di lino sono di nuovo disponibili in cinque colori, con le tovaglie "
        "abbinate.",
    ),
    ("en", "Our beeswax candles are back in stock: three sizes, hand-poured in Ludlow."),
]


@pytest.mark.parametrize(("language", "content"), RESTOCKS)
def test_a_restock_is_offered_again(language: str, content: str) -> None:
    assert read_post(content, language).intent == "product_launch"
    for variant in captions_for(content, language=language):
        assert not _OWN_MOMENT.search(variant.caption.removeprefix(content)), variant.caption
