"""A day behind the post is a memory, not an invitation: "We spent 3 days in Porto,
10-13 October", "Our Christmas market was last Saturday, 7 December" and "Hace dos
semanas, el 5 de octubre, estuvimos en el mercadillo" were answered "Save the date",
"See you there?" and "Who's coming?". A day told with a word that points back ("last",
"ago", "yesterday", "pasado", "letzten", "dernier", "passado", "scorso") or in a past
tense ("was", "haben … gefeiert", "abbiamo festeggiato") is never asked to be kept,
come to or brought a friend to; an event told after it is asked about as one ("Were you
there?"). A day to come in the same words (the next market, "so come early", "a gente
reabre na segunda, dia 14") keeps its invitation.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, hooks_of

# the asks of a day to come, in the six languages
_INVITATION = re.compile(
    r"(?i)save the date|mark your calendar|see you there|who's coming|you're bringing|plus-one"
    r"|you'd go with|come along|guarda la fecha|apunta la fecha|nos vemos allí|te vas a traer"
    r"|termin speichern|merkt euch|sehen wir uns dort|wen ihr mitbringt|notez la date"
    r"|on se voit là-bas|qui vient avec vous|anote a data|guarde a data|quem vem|vemo-nos lá"
    r"|quem vai levar|salvate la data|ci vediamo lì|chi porterete|coming up|muy pronto"
    r"|demnächst|bientôt|em breve|presto:"
)

PAST = [
    (
        "en",
        "We spent 3 days in Porto, 10\N{EN DASH}13 October. Port cellars, the Ribeira and far "
        "too many pastéis.",
    ),
    ("en", "Our Christmas market was last Saturday, 7 December, 10am to 4pm. What a day!"),
    (
        "en",
        "Two weeks ago we ran the Riverside 10K on Sunday 6 October at 9am. Finished in 52 "
        "minutes!",
    ),
    ("en", "Yesterday at the Harvest Fair, 3pm: pumpkins, cider and a brass band."),
    ("en", "christmas market last saturday 7 december, thanks everyone"),
    ("es", "Hace dos semanas, el 5 de octubre, estuvimos en el mercadillo de Navidad de la plaza."),
    ("es", "Feria de Abril del barrio, el sábado pasado"),
    (
        "de",
        "Am Samstag, 12. Oktober um 19 Uhr haben wir unser erstes Supper Club Dinner gefeiert. "
        "Dreißig Gäste!",
    ),
    ("de", "weihnachtsmarkt letzten samstag 7. dezember"),
    (
        "fr",
        "Samedi dernier, 12 octobre à 19h, nous avons fêté notre premier dîner. Trente convives, "
        "cinq plats.",
    ),
    (
        "pt",
        "No sábado passado, 12 de outubro às 20h, fizemos o nosso primeiro jantar. Trinta "
        "convidados.",
    ),
    ("pt", "Arraial de Santo António no sábado passado"),
    (
        "it",
        "Sabato scorso, 12 ottobre alle 20, abbiamo festeggiato la nostra prima cena. Trenta "
        "ospiti.",
    ),
    ("it", "Sagra della castagna di Marradi domenica scorsa"),
]


@pytest.mark.parametrize(("language", "content"), PAST)
def test_a_day_behind_the_post_is_never_an_invitation(language: str, content: str) -> None:
    post = read_post(content, language)
    assert "past" in post.flags, post.flags
    assert not post.gathering
    for variant in captions_for(content, language=language):
        assert not _INVITATION.search(variant.caption), variant.caption
    for hook in hooks_of(captions_for(content, language=language, tone="promotional")):
        assert not _INVITATION.search(hook), hook


RECAPS = [
    (
        "en",
        "Our Christmas market was last Saturday, 7 December, 10am to 4pm. What a day!",
        "there|moment|came along",
    ),
    ("es", "Feria de Abril del barrio, el sábado pasado", "estuviste|momento|viste allí"),
    ("de", "weihnachtsmarkt letzten samstag 7. dezember", "dabei|moment|getroffen"),
    ("it", "Sagra della castagna di Marradi domenica scorsa", "c'eravate|momento|incontrato"),
]


@pytest.mark.parametrize(("language", "content", "asked"), RECAPS)
def test_an_event_told_after_it_is_asked_about_as_a_memory(
    language: str, content: str, asked: str
) -> None:
    post = read_post(content, language)
    assert post.intent == "event"
    assert "recap" in post.flags
    asks = [v.caption for v in captions_for(content, language=language)]
    assert any(re.search(rf"(?i){asked}", a) for a in asks), asks
    assert post.subject.text.split()[-1].lower() not in ("last", "letzten", "pasado", "scorsa")


FUTURE = [
    ("en", "Our Christmas market is back! Saturday 7 December, 10am-4pm at the village hall."),
    ("en", "Last year we sold out in an hour, so come early: Saturday 7 December, 10am."),
    ("en", "Quiz night returns on the last Friday of every month, 8pm. Teams of 4."),
    ("es", "El mercadillo de Navidad vuelve el sábado 7 de diciembre, de 10 a 14h. ¡Os esperamos!"),
    ("de", "Wir haben am Sonntag, 14. Dezember von 11 bis 17 Uhr geöffnet."),
    ("fr", "Le marché a lieu samedi 7 décembre à 10h."),
    (
        "pt",
        "O telhado novo ficou pronto ontem, os livros molhados foram doados pra reciclagem e a "
        "gente reabre na segunda, dia 14, às 9h.",
    ),
    ("pt", "Recolhemos casacos até 30/6. Ano passado foram 1.200 peças."),
    ("it", "Il mercatino di Natale torna sabato 7 dicembre dalle 10 alle 16. Vi aspettiamo!"),
]


@pytest.mark.parametrize(("language", "content"), FUTURE)
def test_a_day_to_come_stays_one(language: str, content: str) -> None:
    assert "past" not in read_post(content, language).flags
