"""A question of the brief and its answer stay in order and together: the answer never
moves up to the opening ahead of its question (blind round 19, pt-06: "Recolha de sangue
…. 🩸 Não, come qualquer coisa leve antes." with "Vem em jejum?" three lines later)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for

POSTS = [
    (
        "pt",
        "campanha de sangue em tondela 🩸 domingo, 7 de março, das 9h às 12h, no salão dos "
        "bombeiros. preciso de marcar? não, basta aparecer com o documento. uma dádiva "
        "salva vidas. os escuteiros levam bolo para o lanche depois",
        "preciso de marcar?",
        "não, basta aparecer",
    ),
    (
        "es",
        "donación de sangre en ayerbe 🩸 domingo 7 de marzo, de 9 a 13 h, en el centro "
        "cívico. ¿hay que ir en ayunas? no, desayuna algo ligero antes. trae el dni. una "
        "donación ayuda a tres personas. la peña el cierzo pone el café después",
        "hay que ir en ayunas?",
        "no, desayuna algo ligero",
    ),
    (
        "en",
        "blood drive in keswick 🩸 sunday 7 march, 9am to 1pm, at the rugby club. do you "
        "need to book? no, just walk in with photo id. one donation can help three people. "
        "the rotary lot are doing tea and cake after",
        "need to book?",
        "no, just walk in",
    ),
]


@pytest.mark.parametrize(("language", "content", "question", "answer"), POSTS)
@pytest.mark.parametrize("tone", ["inspirational", "casual", "professional"])
def test_an_answer_stays_after_its_question(
    language: str, content: str, question: str, answer: str, tone: str
) -> None:
    for variant in captions_for(content, language=language, tone=tone, length="medium"):
        text = variant.caption.lower()
        if answer in text:
            assert question in text, variant.caption
            assert text.index(question) < text.index(answer), variant.caption
