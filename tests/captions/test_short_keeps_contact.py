"""A short caption keeps how to reach the business when the post takes orders, bookings
or applications: the reader acts on it (blind review 16: a tailor's last call and a
dressmaker's orders lost their WhatsApp number and web address in every short
variant, a generic "Une question ? Écrivez-nous." in their place). A post that asks
nothing of its reader keeps choosing by room."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "contact"),
    [
        (
            "Last call for wedding-season suits! ✂️ Loom & Thread in Ipoh takes orders until "
            "Sat 16 Jan, ready by Sat 6 Feb. Suits from RM450, shirts from RM90, alterations "
            "RM30. WhatsApp 012-555 0177 or loomandthread.my 👔",
            "en",
            "012-555 0177",
        ),
        (
            "robes de soirée chez atelier mirabelle, vannes 👗 velours noir ou vert, sur mesure "
            "à partir de 180 €. commandes jusqu'au samedi 9 janvier, essayage le samedi 23. "
            "passez nous voir ou écrivez à contact@ateliermirabelle.fr",
            "fr",
            "contact@ateliermirabelle.fr",
        ),
        (
            "Roscones de Reyes por encargo en Horno Santa Clara, Valladolid 👑 Nata, trufa o "
            "sin relleno, desde 18 €. Encargos hasta el domingo 3 de enero, recogida el 5 y el "
            "6. Llamad al 983 555 214 o pedid en hornosantaclara.es",
            "es",
            "983 555 214",
        ),
    ],
)
def test_a_short_caption_keeps_the_way_to_order(content: str, language: str, contact: str) -> None:
    variants = captions_for(content, language=language, length="short", tone="promotional")
    for variant in variants:
        assert contact in text_of(variant), variant.caption


def test_a_post_that_asks_nothing_still_chooses_by_room() -> None:
    content = (
        "Sunday walk along the canal in Hebburn with my sister 🍂 The herons were out, the "
        "café at the lock was open and the scones were still warm. Photos by @northernlight."
    )
    for variant in captions_for(content, language="en", length="short", tone="casual"):
        assert len(text_of(variant)) <= 260, variant.caption
