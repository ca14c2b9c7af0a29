"""A trip that went wrong is a story, not the account's notice: "our ferry got cancelled
so we spent the day in Oban" was answered "Questions? Send us a message." and "Thank you
for understanding." as if the account had cancelled something of its own. A cancelled or
late ferry, flight or train the author was on is no notice; a business cancelling its
own class or tour still is. Invented posts, six languages."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

SETBACKS = [
    (
        "en",
        "our flight got cancelled so we spent an extra night in Tromsø chasing the lights. "
        "worth it",
    ),
    ("en", "train delayed 2 hours outside Carlisle, so here's the sunset from seat 42C"),
    (
        "es",
        "nos cancelaron el vuelo y terminamos comiendo pulpo en el puerto de Vigo. no nos quejamos",
    ),
    (
        "de",
        "Unsere Fähre wurde abgesagt, also haben wir den Tag in Husum am Hafen verbracht. "
        "Krabbenbrötchen inklusive.",
    ),
    ("fr", "notre train a été annulé, du coup on a passé la soirée à Brive avec un aligot"),
    ("pt", "o nosso voo foi cancelado e acabámos a passear por Ponta Delgada ao fim da tarde"),
    ("it", "traghetto cancellato per il mare mosso, così abbiamo passato la giornata a Lipari"),
]

OWN_CANCELLATIONS = [
    ("en", "Tonight's pottery class is cancelled, sorry! We'll be back next Tuesday."),
    ("es", "Cancelado el taller de cerámica de hoy por enfermedad. Os avisamos de la nueva fecha."),
    ("de", "Der Töpferkurs heute Abend ist abgesagt. Neuer Termin folgt."),
    (
        "en",
        "Tomorrow's boat tour to the seal colony is cancelled due to the swell. Full refunds sent.",
    ),
    ("it", "Gita in traghetto di domenica annullata per il maltempo, vi rimborsiamo tutto."),
]


@pytest.mark.parametrize(("language", "content"), SETBACKS)
def test_a_trip_gone_wrong_is_no_notice(language: str, content: str) -> None:
    assert not confidence(read_post(content, language)).notice, content


@pytest.mark.parametrize(("language", "content"), SETBACKS[:2])
def test_a_trip_gone_wrong_gets_no_customer_service_ask(language: str, content: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        for quiet in ("send us a message", "thank you for understanding", "questions?"):
            assert quiet not in text, (content, text)


@pytest.mark.parametrize(("language", "content"), OWN_CANCELLATIONS)
def test_the_accounts_own_cancellation_stays_a_notice(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice, content
