"""A count reached is a milestone (reader round: "Notre atelier de vélos a réparé son
3 000e vélo cette semaine ! …" was read as an event about "Notre atelier de vélos", its
asks an event's; "il nostro millesimo ordine" as a home post, "nuestro 500.º libro" as a
thank-you about "Sevilla"). An ordinal count after its owner ("son 3 000e vélo", "its
1000th loaf", "nuestro 500.º libro", "o nosso 1000.º cliente", "unser 1000. Fahrrad") or
an ordinal word ("millesimo", "thousandth", "millième") is the news in six languages, and
what it counts is the subject; an event's edition ("our 10th annual plant swap") is not
one.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

import captions

# (language, post, a word of the count the subject keeps)
REACHED = [
    (
        "fr",
        "Notre atelier de vélos a réparé son 3 000e vélo cette semaine ! Tout a commencé dans "
        "une cave à Grenoble il y a quatre ans. Merci à tous les cyclistes qui nous font "
        "confiance.",
        "vélo",
    ),
    (
        "en",
        "Our bakery just sold its 1000th sourdough loaf! We started in a garage in Leeds two "
        "years ago. Thank you all.",
        "1000th",
    ),
    (
        "it",
        "Abbiamo consegnato il nostro millesimo ordine! Tutto è iniziato in un garage a Torino. "
        "Grazie a tutti.",
        "millesimo",
    ),
    (
        "es",
        "¡Hemos vendido nuestro 500.º libro! Empezamos en un mercadillo de Sevilla hace dos "
        "años. Gracias a todos.",
        "libro",
    ),
    (
        "pt",
        "Hoje atendemos o nosso 1000.º cliente! Abrimos a oficina em Aveiro há três anos. "
        "Obrigado a todos.",
        "cliente",
    ),
    (
        "de",
        "Heute haben wir unser 1000. Fahrrad verkauft! Angefangen hat alles in einer Garage in "
        "Münster. Danke an euch alle.",
        "Fahrrad",
    ),
]


@pytest.mark.parametrize(
    ("language", "content", "counted"), REACHED, ids=["fr", "en", "it", "es", "pt", "de"]
)
def test_a_count_reached_is_a_milestone(language: str, content: str, counted: str) -> None:
    post = captions.read_post(content, language)
    assert post.intent == "milestone", post.intent
    assert counted in post.subject.text, post.subject


def test_a_german_count_keeps_its_sentence() -> None:
    post = captions.read_post(
        "Heute haben wir unser 1000. Fahrrad verkauft! Danke an euch alle.", "de"
    )
    assert post.sentences[0] == "Heute haben wir unser 1000. Fahrrad verkauft!", post.sentences


def test_an_event_s_edition_is_no_count_reached() -> None:
    post = captions.read_post(
        "Our 10th annual plant swap is this Saturday 14 June from 10am at the church hall. "
        "Bring a cutting!",
        "en",
    )
    assert post.intent == "event", post.intent
