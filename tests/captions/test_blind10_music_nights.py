"""A music or dance night is an event in every language, whatever the venue's kitchen,
garden or terrace adds: the dance or the band, shown by name or by emoji, with a start
time, is what the post invites to."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, tags_of

_HOME_TAGS = {
    "#home",
    "#homedecor",
    "#interiordesign",
    "#decoração",
    "#casa",
    "#decoración",
    "#hogar",
    "#zuhause",
    "#wohnen",
    "#deko",
    "#maison",
    "#décoration",
    "#decorazione",
    "#arredamento",
}

_NIGHTS = [
    (
        "domingo tem roda de jongo no Bar do Sabiá 🥁💃 a partir das 18h, com @mestre_ana e "
        "banda, couvert R$ 10, caldo e pastel na cozinha. chega cedo que a varanda enche!",
        "pt",
    ),
    (
        "sábado bachata en el Jardín de Lola 💃 desde las 22 h con DJ, entrada 5 €, tapas en "
        "la cocina. ¡Venid pronto que la terraza se llena!",
        "es",
    ),
    (
        "Freitag Tanztee im Gartenhaus Linde 💃 ab 15 Uhr mit der Band Kiesel, Kuchen aus der "
        "Küche, Eintritt frei. Kommt früh, der Wintergarten wird voll!",
        "de",
    ),
    (
        "Samedi bal folk au Jardin des Tilleuls 🎻 dès 20h avec le groupe Les Sabots, crêpes "
        "en cuisine, entrée 8 €. Venez tôt, la terrasse se remplit !",
        "fr",
    ),
    (
        "domenica liscio al Giardino delle Rose 🪗 dalle 15 con l'orchestra Rossi, torte fatte "
        "in cucina, ingresso 8 €. venite presto che il portico si riempie!",
        "it",
    ),
    (
        "Saturday ceilidh at the Old Grange House 🎻 from 8pm with The Heather Band, £10 on the "
        "door. Come early, the porch fills up!",
        "en",
    ),
    (
        "Sunday line dancing in the Garden Room 🕺 from 3pm, cakes from the kitchen, £5 at the "
        "door.",
        "en",
    ),
]


@pytest.mark.parametrize(("content", "language"), _NIGHTS)
def test_a_music_or_dance_night_is_an_event(content: str, language: str) -> None:
    assert read_post(content, language).intent == "event"
    variants = captions_for(content, language=language, hashtags=5, emoji=True, cta=True)
    assert not tags_of(variants) & _HOME_TAGS
