"""A brief that closes on its thanks ("Obrigada, Cuiabá!", "Grazie, Lucca!", "Thank you,
Hexham!") has said its last word to the readers: the thanks closes every variant as
typed and the engine adds no call to action (set before the thanks it cuts the post from
its close, set after it reads as a postscript). A sign-off that is a signature ("Tasca O
Mocho, Braga", "— Marta & team") still closes a caption whose ask comes before it."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_THANKS = [
    (
        "pt",
        "A Padaria Bem-te-vi faz 20 anos! Começamos com um forno a lenha e duas receitas da "
        "avó. Domingo, 14 de março, tem pão de queijo a R$ 2,50 a manhã toda e café por "
        "nossa conta. Obrigada, Cuiabá! 🙏",
        "Obrigada, Cuiabá!",
    ),
    (
        "it",
        "La Drogheria Bini compie 50 anni! Nonno Piero apriva con un banco e una bilancia. "
        "Sabato 13 marzo, caffè e cantucci offerti a tutti dalle 9 alle 13. Grazie, Lucca!",
        "Grazie, Lucca!",
    ),
    (
        "en",
        "The Kettle Yard Café turns 10 today! We opened with two tables and one very old "
        "espresso machine. Saturday 13 March, every flat white is £1 all day and the cake is "
        "on us. Thank you, Hexham!",
        "Thank you, Hexham!",
    ),
    (
        "es",
        "¡La Churrería Paquita cumple 30 años! Empezamos con un puesto en la plaza y una "
        "sartén. El sábado 13 de marzo, chocolate con churros a 2 € toda la mañana. "
        "Gracias, Teruel.",
        "Gracias, Teruel.",
    ),
    (
        "fr",
        "La Crêperie du Port fête ses 25 ans ! On a commencé avec deux billigs et une nappe "
        "à carreaux. Samedi 13 mars, crêpe au caramel à 2 € toute la journée. Merci Quimper !",
        "Merci Quimper !",
    ),
    (
        "de",
        "Die Backstube Ferber wird 40! Angefangen hat alles mit einem Holzofen und Omas "
        "Rezeptbuch. Am Samstag, 13. März, gibt es Kaffee und Kuchen für 2 € den ganzen Tag. "
        "Danke, Lindau!",
        "Danke, Lindau!",
    ),
]


@pytest.mark.parametrize(("language", "post", "thanks"), _THANKS)
def test_a_closing_thanks_is_said_last_and_no_ask_is_added(
    language: str, post: str, thanks: str
) -> None:
    asked = captions_for(post, language=language)
    plain = captions_for(post, language=language, cta=False)
    for variant, without in zip(asked, plain, strict=True):
        text = text_of(variant)
        assert text.splitlines()[-1] == thanks, variant.caption
        assert text == text_of(without), variant.caption


def test_a_signature_still_closes_after_the_ask() -> None:
    post = (
        "O Tasca O Mocho faz 15 anos! Sábado, 13 de março, bifanas a 2 € o dia todo e "
        "vinho verde por nossa conta. Tasca O Mocho, Braga"
    )
    asked = captions_for(post, language="pt")
    plain = captions_for(post, language="pt", cta=False)
    for variant, without in zip(asked, plain, strict=True):
        text = text_of(variant)
        assert text.splitlines()[-1] == "Tasca O Mocho, Braga", variant.caption
        assert text != text_of(without), variant.caption
