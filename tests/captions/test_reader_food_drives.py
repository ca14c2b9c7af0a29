"""Reader round: a food drive is a cause in every language. "Este sábado estamos na
Praça do Giraldo, em Évora, a recolher alimentos para o Banco Alimentar. Tragam arroz,
massa, leite e enlatados!" was read as an everyday moment: ☀️ and "O que o fez sorrir
hoje?" under a collection appeal. Two reasons, both general: a verb of collecting with
the food or the clothes it collects ("a recolher alimentos", "recogemos alimentos",
"récoltons des denrées", "raccogliamo alimenti") says a drive; and a food bank's name
("Banco Alimentar", "Banque Alimentaire") is a cause's, whose words vote for what the
post is for as a business's words do not ("Home & Hearth" is no home post)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

# the day's joy, asked of an everyday moment ("What made you smile today?")
_DAYS_JOY = ("sorrir", "sonreír", "sonrisa", "sourire", "sorridere", "alegria do dia", "bonheur")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Sábado de manhã estamos à porta do Continente de Viseu a recolher alimentos. "
         "Tragam leite, azeite e conservas!", "pt"),
        ("Neste domingo estamos arrecadando alimentos na praça da Matriz para as famílias "
         "do bairro. Tragam arroz, feijão e óleo!", "pt"),
        ("Este sábado recogemos alimentos en la puerta del Mercadona de Logroño. "
         "¡Traed legumbres y leche!", "es"),
        ("Samedi, nous récoltons des denrées devant l'Intermarché de Vannes. Pâtes, riz, "
         "conserves : tout aide !", "fr"),
        ("Sabato raccogliamo alimenti davanti alla Coop di Cesena. Portate pasta, legumi "
         "e tonno!", "it"),
    ],
)  # fmt: skip
def test_collecting_food_is_a_drive(content: str, language: str) -> None:
    assert read_post(content, language).intent == "charity"
    for variant in captions_for(content, language=language):
        assert not any(ask in text_of(variant) for ask in _DAYS_JOY), text_of(variant)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Domingo vamos estar no Pingo Doce de Setúbal com o Banco Alimentar. "
         "Passem por lá!", "pt"),
        ("Ce week-end, on est au Leclerc de Brest avec la Banque Alimentaire. "
         "Passez nous voir !", "fr"),
        ("Este domingo estaremos en el Eroski de Vitoria con el Banco de Alimentos. "
         "¡Pasaos!", "es"),
    ],
)  # fmt: skip
def test_a_food_banks_name_says_the_cause(content: str, language: str) -> None:
    assert read_post(content, language).intent == "charity"
