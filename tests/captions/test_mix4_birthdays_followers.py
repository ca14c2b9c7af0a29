"""A pet's birthday is wished a happy birthday, never sent to a friend; thanks to a
count of followers ask the followers something (how long they have followed, how they
found the account), never the crowd's "favourite moment" nor "see you next time"."""

from __future__ import annotations

import re

from .helpers import captions_for, text_of

_WISH = re.compile(
    r"(?i)birthday|cumpleaños|felicita|compleanno|auguri|anniversaire|parabéns|aniversário"
    r"|geburtstag|glückw|gratulier|how old|cuántos años|quanti anni|quel âge|quantos anos"
    r"|wie alt|🎂"
)
_TO_FOLLOWERS = re.compile(
    r"(?i)follow|found us|post more|desde cuándo|conociste|conocisteis|ver más"
    r"|da quanto|conosciuti|vedere di più|depuis quand|connus|voir plus"
    r"|há quanto|conheceu|ver mais|seit wann|gefunden|öfter|nos sigu|ci segu|seguirnos|suivre"
    r"|gostou|liebster|piace di più|piaciuto|brought you|trajo|préféré|hierher"
)


def _endings(content: str, language: str) -> list[str]:
    return [
        text_of(v).split("\n")[-1] for v in captions_for(content, language=language, tone="casual")
    ]


def test_a_pets_birthday_is_wished_one() -> None:
    for content, language in (
        ("Pudding turns nine today! Our old beagle still begs for toast every morning.", "en"),
        ("Nuestro gato Ronquido cumple seis años. Sigue durmiendo en la impresora.", "es"),
        (
            "La nostra cagnolina Briciola compie otto anni oggi. Ancora corre dietro ai piccioni.",
            "it",
        ),
        ("Notre chienne Praline fête ses quatre ans aujourd'hui ! Toujours fan des bâtons.", "fr"),
        ("A nossa gata Pimenta faz cinco anos hoje. Continua a dormir em cima do portátil.", "pt"),
        ("Unsere Katze Mocca wird heute acht! Sie liegt immer noch am liebsten im Karton.", "de"),
    ):
        endings = _endings(content, language)
        assert all(_WISH.search(e) for e in endings), (content, endings)


def test_a_pet_without_a_birthday_keeps_its_asks() -> None:
    endings = _endings("Our beagle Pudding found a sunny spot in the shop window again.", "en")
    assert not any(_WISH.search(e) for e in endings), endings


def test_thanks_to_followers_ask_the_followers() -> None:
    for content, language in (
        ("Thank you to our 3000 followers! Marrow & Bloom started as one market stall.", "en"),
        ("Gracias a nuestros 1200 seguidores. La Tostadora Urbina empezó en un garaje.", "es"),
        ("Grazie ai nostri 2500 follower! Il Forno Lavagnini ha aperto tre anni fa.", "it"),
        ("Merci à nos 1800 abonnés ! L'Atelier Vernier a commencé dans une cave.", "fr"),
        ("Obrigado aos nossos 6000 seguidores! A Tasca do Rui começou com quatro mesas.", "pt"),
        (
            "Danke an unsere 4000 Follower! Die Imkerei Sommerfeld hat mit drei Völkern begonnen.",
            "de",
        ),
    ):
        endings = _endings(content, language)
        assert all(_TO_FOLLOWERS.search(e) for e in endings), (content, endings)
