"""Thanks said besides the main ones ("Special thanks to the lifeboat crew …", "Ein
Extra-Dankeschön an den Kulturverein …", "Un merci tout spécial aux pompiers …", "Gracias
también a …") are a line of the body, never the opening: they never stand for the cry
they repeat ("Merci !", "Thanks!", "¡Gracias!", "Grazie!", "Obrigado!") as if they said
it again in full, never join it on the first line ("Danke! 🙏 Ein Extra-Dankeschön an
…") and never lead a variant (blind review 17). Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of, text_of

# the word that sets each post's side thanks aside
_ASIDE = {
    "Ein Extra-Dankeschön": "extra",
    "Special thanks": "special",
    "Un merci tout spécial": "spécial",
    "Gracias también": "también",
    "Un grazie speciale": "speciale",
    "Um obrigado especial": "especial",
}

POSTS = [
    (
        "de",
        "Danke!",
        "Ein Extra-Dankeschön",
        "Danke! 🙏 30 Helfer und 1.900 € für die Tafel: Der Adventsmarkt vom Kulturverein "
        "Lerche Hameln war ein Erfolg. Ein Extra-Dankeschön an den Kulturverein Lerche Hameln "
        "für die Stände. Bis nächstes Jahr!",
    ),
    (
        "de",
        "Was für ein Abend!",
        "Ein Extra-Dankeschön",
        "Was für ein Abend! 🎉 Unser Winterkonzert im Gemeindehaus Seligenstadt hat 2.300 € "
        "für das Hospiz gebracht. Ein Extra-Dankeschön an den Posaunenchor Seligenstadt für "
        "den ganzen Abend. Bis zum nächsten Winter!",
    ),
    (
        "en",
        "Thanks!",
        "Special thanks",
        "Thanks! 🙏 52 volunteers, 1,100 runners and £4,200 for the children's ward: the "
        "Boxing Day dash of Heron Harriers in Kendal was our biggest yet. Special thanks to "
        "the lifeboat crew for the tea and to @bakehouse.kendal for 700 mince pies. See you "
        "next year! ❤️",
    ),
    (
        "fr",
        "Merci !",
        "Un merci tout spécial",
        "Merci ! 🙏 40 bénévoles, 850 coureurs et 3 100 € pour l'hôpital des enfants : la "
        "corrida de Noël du club Les Hérons de Vannes a été la plus belle. Un merci tout "
        "spécial aux pompiers pour le vin chaud et à @boulangerie.lemoine pour les 500 "
        "brioches. À l'année prochaine ! ❤️",
    ),
    (
        "es",
        "¡Gracias!",
        "Gracias también",
        "¡Gracias! 🙏 60 voluntarios, 1.300 corredores y 5.000 € para el hospital infantil: "
        "la San Silvestre del Club Garza de Soria fue la más grande. Gracias también a "
        "Protección Civil por el caldo y a @panaderia.olmo por los 800 roscones. ¡Hasta el "
        "año que viene! ❤️",
    ),
    (
        "it",
        "Grazie!",
        "Un grazie speciale",
        "Grazie! 🙏 45 volontari, 980 podisti e 3.900 € per la pediatria: la corsa di Santo "
        "Stefano dell'Atletica Airone di Lecco è stata la più bella. Un grazie speciale ai "
        "pompieri per il vin brulé e a @forno.bianchi per i 600 panettoncini. Alla "
        "prossima! ❤️",
    ),
    (
        "pt",
        "Obrigado!",
        "Um obrigado especial",
        "Obrigado! 🙏 55 voluntários, 1.200 corredores e 4.500 € para a pediatria: a corrida "
        "de São Silvestre do Clube Garça de Aveiro foi a maior de sempre. Um obrigado "
        "especial aos bombeiros pelo chá e à @padaria.rosa pelos 700 pastéis. Até para o "
        "ano! ❤️",
    ),
]


@pytest.mark.parametrize(("language", "cry", "extra", "content"), POSTS)
def test_the_cry_opens_and_the_extra_thanks_follow(
    language: str, cry: str, extra: str, content: str
) -> None:
    variants = captions_for(content, language=language, tone="inspirational", length="medium")
    for variant, hook in zip(variants, hooks_of(variants), strict=True):
        assert hook.startswith(cry), hook
        assert _ASIDE[extra] not in hook.lower(), hook
        text = text_of(variant)
        assert extra in text, text  # the side thanks are told, after the main ones
