"""A call to action keeps the brief's own form of address, the plural ones included: a
brief that ends "Apareçam!" (vocês) is not followed by "Deixe os parabéns" (você), nor
"¡Vengan!" (ustedes) by "Compártalo" (usted) or "Compártelo" (tú), nor "Kommts vorbei!"
(the Austrian ihr) or "Kommen Sie vorbei!" by a CTA in another voice. Every line of
every variant speaks in the brief's address, or in none."""

from __future__ import annotations

import re

import pytest

from captions._address import address_of
from tests.captions.helpers import captions_for, text_of

_POSTS = [
    ("pt", "plural",
     "A pastelaria da Rita faz 30 anos no domingo: há bolo e ginjinha para todos. Apareçam!"),
    ("pt", "plural",
     "A nossa escola de surf faz 5 anos! Sábado há churrasco na praia para todos. Apareçam!"),
    ("es", "ustedes",
     "Nuestra panadería cumple 15 años el sábado. Habrá café y churros para todos. ¡Vengan!"),
    ("es", "ustedes",
     "Nuestra taquería cumple 10 años este domingo. Habrá tacos y mezcal. ¡Los esperamos!"),
    ("es", "ustedes",
     "El club de ajedrez cumple 40 años el sábado. Habrá torneo y chocolate. ¡Acérquense!"),
    ("es", "plural",
     "La librería cumple 20 años este viernes. Habrá vino y pastel para todos. ¡Venid!"),
    ("de", "plural",
     "Unsere Bäckerei wird am Samstag 30 Jahre alt. Es gibt Kuchen und Sekt. Kommt vorbei!"),
    ("de", "plural",
     "Unser Wirtshaus feiert am Samstag 40 Jahre. Es gibt Bier und Krapfen. Kommts vorbei!"),
    ("de", "formal",
     "Unsere Kanzlei feiert am Freitag 25 Jahre. Es gibt Sekt für alle. Kommen Sie vorbei!"),
    ("it", "plural",
     "La nostra pasticceria compie 50 anni sabato. Torta e prosecco per tutti. Venite!"),
    ("fr", "plural",
     "Notre fromagerie fête ses 15 ans dimanche. Dégustation offerte. Passez nous voir !"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "address", "content"), _POSTS)
def test_the_call_to_action_keeps_the_briefs_address(
    language: str, address: str, content: str
) -> None:
    assert address_of(content, language) == address
    for variant in captions_for(content, language=language):
        for line in re.split(r"(?<=[.!?])\s+", text_of(variant)):
            assert address_of(line, language) in (address, None), text_of(variant)


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        ("pt", "Apareçam!", "plural"),
        ("pt", "Dê os parabéns aos noivos.", "singular"),
        ("pt", "Marquem quem não pode perder essa.", "plural"),
        ("es", "¡Anímense!", "ustedes"),
        ("es", "Déjennos su felicitación.", "ustedes"),
        ("es", "Escríbanos por mensaje.", "formal"),
        ("es", "¡Pasaos!", "plural"),
        ("es", "¡Apúntate!", "tu"),
        ("es", "Hay tomate, chocolate y aguacate.", None),
        ("de", "Schauts vorbei!", "plural"),
        ("de", "Feiern Sie mit uns.", "formal"),
        ("de", "Lasst ein paar Glückwünsche da.", "plural"),
        ("de", "Danke, dass ihr Teil unserer Geschichte wart.", "plural"),
        ("it", "Festeggiate con noi nei commenti.", "plural"),
        ("it", "Lo indossereste?", "plural"),
        ("fr", "Fêtez ça avec nous.", "plural"),
    ],
)
def test_the_address_of_a_plural_or_regional_imperative(
    language: str, text: str, address: str | None
) -> None:
    assert address_of(text, language) == address


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        ("es", "Por cada compra le regalamos una bolsa. Visítenos el sábado.", "formal"),
        ("es", "La tienda dona el 10 % a la protectora. Compártalo.", "formal"),
        ("es", "Compra en el enlace de la bio.", "tu"),
        ("de", "Wir wissen, dass ihr Laden schließt. Kommen Sie vorbei!", "formal"),
        ("pt", "Não pode adotar? Partilhe.", "singular"),
    ],
)
def test_a_noun_or_a_third_person_is_no_address(
    language: str, text: str, address: str | None
) -> None:
    assert address_of(text, language) == address
