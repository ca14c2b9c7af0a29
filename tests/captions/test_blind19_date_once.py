"""The date is said once (blind round 19, pt-01: "Anote a data: Folia de Reis …, 6 de
janeiro." over the post's own "Dia 6 de janeiro, quarta-feira, a Folia … sai às 19h")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

DATED = [
    (
        "pt",
        "Dia 14 de fevereiro, sábado, o Bloco do Seu Tião sai às 16h da Praça da Matriz e "
        "desce até o Largo do Carmo, em Diamantina 🥁 Tambor, cuíca e muito confete. É de "
        "graça. Traga a família.",
        "14 de fevereiro",
    ),
    (
        "pt",
        "Dia 3 de maio, domingo, a Procissão de Santa Cruz sai às 18h da Igreja do Rosário e "
        "sobe até o Cruzeiro, em Tiradentes 🎶 Viola, tambor e muita reza. É de graça, é de "
        "todo mundo. Traga uma vela.",
        "3 de maio",
    ),
]


@pytest.mark.parametrize(("language", "content", "date"), DATED)
@pytest.mark.parametrize("tone", ["inspirational", "casual", "professional"])
def test_the_date_is_said_once(language: str, content: str, date: str, tone: str) -> None:
    for length in ("short", "medium", "long"):
        for variant in captions_for(content, language=language, tone=tone, length=length):
            assert text_of(variant).lower().count(date) <= 1, variant.caption
