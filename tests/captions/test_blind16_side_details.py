"""Side details and junk a post names are no tags (blind review 16).

Seen: #telemóvel on a Sunday at the sea ("de telemóvel no ar"), #Odile from "à la
boulangerie Chez Odile" on a toy drive, #Linares from "glorias de Linares" (a sweet) on a
grill menu, #gardening from "lili'uokalani gardens" on a run club, #beach from "runs like
the wind on whitby beach" on a dog's birthday, #Rad alone on a first bike climb, #turrón
on "mi perro toby se comió el turrón". The rules: a device people hold (phone, telemóvel,
Handy) is no tag; the first name a business is named after ("Chez Odile", "at Maria's")
is no tag; a town in a dish's name after its course ("de postre glorias de Linares") is no
place tag; a named park, garden or beach is where, no gardening or beach tag; a lone kit
word (#Rad, #bike) gives way to the sport's category; what a pet ate is no tag.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("De telemóvel no ar, meio país a filmar as ondas da Nazaré este domingo.", "pt",
         "#telemóvel"),
        ("Móvil en mano, media ciudad grabando la puesta de sol en Tarifa.", "es", "#móvil"),
        ("Handy in der Hand, halb Warnemünde filmt den Sonnenuntergang.", "de", "#handy"),
        ("Grande collecte de jouets samedi au café Chez Marcel : déposez vos dons avant midi.",
         "fr", "#marcel"),
        ("Soirée jazz vendredi chez Ginette, entrée libre.", "fr", "#ginette"),
        ("Parrillada el domingo: entraña, morcilla y de postre tocinillos de Úbeda.", "es",
         "#úbeda"),
        ("Barbecue samedi : côtes, saucisses et en dessert macarons de Nancy.", "fr", "#nancy"),
        ("parkrun this saturday at Roundhay park gardens, 9am start", "en", "#gardening"),
        ("run club met at kapi\u02bbolani gardens this morning, 5k easy pace", "en", "#gardening"),
        ("Sortie running ce matin au jardin du Luxembourg, 10 km tranquilles.", "fr",
         "#jardinage"),
        ("Pepper turns 4 today! 🐶 still runs like the wind on saltburn beach", "en", "#beach"),
        ("Feliz cumple a Lola 🐶, que sigue corriendo como el viento en la playa de Zarautz",
         "es", "#playa"),
        ("Zum ersten Mal mit dem Rad den Brocken hoch, 900 Höhenmeter!", "de", "#rad"),
        ("mi perra kira se comió el roscón de la mesa. cero remordimientos.", "es", "#roscón"),
        ("il mio cane Ugo si è mangiato il panettone sul tavolo. nessun rimorso.", "it",
         "#panettone"),
    ],
)  # fmt: skip
def test_a_side_detail_is_no_tag(content: str, language: str, wrong: str) -> None:
    tags = post_tags(content, language, 6, lower=True)
    assert wrong not in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "right"),
    [
        ("Zum ersten Mal mit dem Rad den Brocken hoch, 900 Höhenmeter!", "de", "#radfahren"),
        ("Grande collecte de jouets samedi au café Chez Marcel : déposez vos dons avant midi.",
         "fr", "#jouets"),
        ("Parrillada el domingo: entraña, morcilla y de postre tocinillos de Úbeda.", "es",
         "#parrillada"),
    ],
)  # fmt: skip
def test_the_topic_stays(content: str, language: str, right: str) -> None:
    assert right in post_tags(content, language, 6, lower=True)
