"""A new thing with a price and a place and day to buy it is a launch: "Neu aus der
Senfmühle … in Bad Dürkheim 🍷 Unser Weißburgunder-Senf … 180 g für 5,90 €, ab Montag,
1. Februar im Laden und auf senfmuehle-grashuepfer.de" got "Was ist euer Lieblingsplatz
zu Hause?" and #einrichtung #zuhause; a post that opens on "new" ("neu", "new", "nuevo",
"nouveau", "nuovo", "novo"), gives a price and says where or from when to buy it (in the
shop, online, at an address on the web, from a day) is the thing's launch, whatever the
words of its town, its maker or its uses read as (a "Bad" in a spa town's name is no
bathroom)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_HOME_TAGS = {"#einrichtung", "#zuhause", "#homedecor", "#home", "#interiordesign",
              "#casa", "#decoración", "#hogar", "#maison", "#déco", "#arredamento",
              "#decoração", "#wohnen", "#interior"}  # fmt: skip
_HOME_ASKS = ("zu Hause", "Lieblingsplatz", "favourite spot at home", "favorite spot at home",
              "rincón favorito", "coin préféré", "angolo preferito", "cantinho")  # fmt: skip


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Neu aus der Ölmühle Sonnenhang in Bad Kreuznach 🌻 Unser Walnussöl: kalt "
         "gepresst, aus Nüssen vom Nachbarhof, passt zu Feldsalat, Kartoffeln und Käse. "
         "250 ml für 8,50 €, ab Samstag, 6. März im Laden und auf oelmuehle-sonnenhang.de.",
         "de"),
        ("New from Hollow Lane Mill in Bath 🍯 Our heather honey mustard: coarse ground, "
         "with honey from the farm next door, great with sausages and cheese. 190 g for "
         "£4.95, from Friday 5 March in the shop and at hollowlanemill.co.uk.", "en"),
        ("Nuevo del Molino Cantarranas en Baños de Montemayor 🫒 Nuestra mostaza al "
         "Pedro Ximénez: molida gruesa, con vino de la bodega vecina, para quesos y "
         "carnes. 180 g por 5,50 €, desde el lunes 1 de marzo en la tienda y en "
         "molinocantarranas.es.", "es"),
        ("Nouveau chez le Moulin des Bains à Aix-les-Bains 🍷 Notre moutarde au vin "
         "jaune : grains entiers, vin du domaine voisin, parfaite avec la saucisse et le "
         "comté. 180 g pour 5,90 €, dès lundi 1er mars en boutique et sur "
         "moulindesbains.fr.", "fr"),
        ("Nuovo dal Mulino Bagnara a Bagni di Lucca 🍷 La nostra mostarda al vino rosso: "
         "macinata grossa, con il vino della cantina accanto, per bolliti e formaggi. "
         "180 g a 5,90 €, da lunedì 1 marzo in negozio e su mulinobagnara.it.", "it"),
        ("Novo da Moagem Serrana em Caldas da Rainha 🍷 A nossa mostarda de vinho do "
         "Porto: grão grosso, com vinho da quinta vizinha, para enchidos e queijos. "
         "180 g por 4,90 €, a partir de segunda, 1 de março, na loja e em "
         "moagemserrana.pt.", "pt"),
    ],
)  # fmt: skip
def test_a_new_thing_priced_and_on_sale_from_a_day_is_a_launch(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "product_launch", (post.intent, post.intent_scores)
    variants = captions_for(content, language=language, tone="promotional")
    assert not tags_of(variants) & _HOME_TAGS, tags_of(variants)
    for variant in variants:
        text = text_of(variant)
        assert not any(ask in text for ask in _HOME_ASKS), text
