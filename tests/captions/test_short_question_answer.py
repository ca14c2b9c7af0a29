"""A short question and its short answer are one thought: "la prima cena? polenta e
bruscitt" ending a kitchen's story was kept whole in one variant, lost its question in
the second ("Polenta e bruscitt." alone) and had its answer pulled into the third's
hook, the question left hanging (an X of blind round 12). A question of two to four
words and an answer of at most four move together. Invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

POSTS = [
    (
        "it",
        "ci sono voluti tre mesi ma il bagno della casa di Bergamo è finito: piastrelle verdi "
        "recuperate, il lavabo della nonna e una vasca trovata al mercatino. il primo bagno? "
        "acqua troppo calda",
        "il primo bagno? acqua troppo calda",
    ),
    (
        "en",
        "took us all winter but the shed in Hebden Bridge is finished: reclaimed larch, a "
        "potting bench and grandad's old lamp. first job? seed potatoes",
        "first job? seed potatoes",
    ),
    (
        "es",
        "tres meses de obra pero la cocina de la casa de Teruel está lista: azulejos "
        "recuperados, la mesa del abuelo y una alacena de pino. ¿la primera cena? migas",
        "la primera cena? migas",
    ),
]


@pytest.mark.parametrize(("language", "content", "pair"), POSTS)
def test_a_short_question_keeps_its_answer(language: str, content: str, pair: str) -> None:
    for variant in captions_for(content, language=language):
        text = " ".join(text_of(variant).lower().split())
        question, answer = pair.split("? ")
        if answer in text or question in text:
            assert f"{question}? {answer}" in text, text
