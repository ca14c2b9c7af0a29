"""A thank-you's special greeting to one group is whom it thanks: a short caption keeps it
(blind round 18, de-06: "Ein besonderer Gruß an die Klasse 7b …" was dropped)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

GREETED = [
    (
        "de",
        "Danke an alle, die beim Frühjahrsputz im Stadtpark geholfen haben! 🌷 Zusammen kamen: "
        "1. 64 Säcke Müll 2. 12 neue Nistkästen 3. 410 € für Tulpenzwiebeln. Ein besonderer "
        "Gruß an die Pfadfinder aus Bernkastel. Ihr wart super! Euer Bürgerverein Wespennest",
        "Pfadfinder aus Bernkastel",
    ),
    (
        "en",
        "Thank you to everyone who joined our beach clean in Tynemouth! 🌊 Together we "
        "collected: 1. 88 bags of litter 2. 140 kg of fishing net 3. £620 for the lifeboat. "
        "Special shout-out to the Year 5 class of Priory Primary. You were brilliant! "
        "The Seaside Friends team",
        "Priory Primary",
    ),
    (
        "es",
        "¡Gracias a todos los que vinieron a la recogida de juguetes en Logroño! 🎁 Juntamos: "
        "1. 530 juguetes 2. 90 libros 3. 1.200 € en donaciones. Un saludo especial al "
        "coro del colegio Santa Teresa. ¡Sois geniales! El equipo de Vecinos del Ebro",
        "coro del colegio Santa Teresa",
    ),
]


@pytest.mark.parametrize(("language", "content", "greeted"), GREETED)
def test_a_short_thank_you_keeps_its_special_greeting(
    language: str, content: str, greeted: str
) -> None:
    for variant in captions_for(content, language=language, tone="casual", length="short"):
        assert greeted in text_of(variant), variant.caption


def test_a_greeting_outside_a_thank_you_is_no_must_keep() -> None:
    # a sale's closing greeting is colour: the short caption may leave it out
    content = (
        "Winter sale at Corrie Knitwear in Kendal: 30% off all jumpers, 20% off scarves, "
        "Sat 9 Jan to Sun 17 Jan, in store only. Special shout-out to our regulars from "
        "the Tuesday knitting circle, who have been asking for weeks and always bring cake "
        "and good stories and far too many questions about our new colours."
    )
    texts = [text_of(v) for v in captions_for(content, language="en", length="short")]
    assert all("30% off" in t for t in texts)
    assert not all("knitting circle" in t for t in texts)
