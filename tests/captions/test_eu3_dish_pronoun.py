"""An ask on a food post never points at the dish with a pronoun of one gender and
number ('Passate ad assaggiarlo' under a pizza fritta, 'Venez le goûter' under boulets,
'¿Lo probarías?' under empanadas): the dish may be any; the ask says 'try' alone or
'something like this'."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

_DISH_PRONOUN = re.compile(
    r"(?i)probarl[oa]s?\b|\bl[oa]s? probar|assaggiarl[oaie]\b|provarl[oaie]\b|\bl[oa] provereste"
    r"|\bl[oa] dividereste|\bl[oa] assaggerebbe|\ble goûter\b|\bl[oa]s? compartiríais"
)

_POSTS = [
    ("Oggi da Trattoria Fiordaliso: lasagne alla bolognese, 11 €. Solo a pranzo.", "it"),
    ("Nuova pizza fritta con scarola e olive da Pizzeria Sannita, 7 €.", "it"),
    ("Sfogliatelle calde ogni mattina al Bar Partenope, 1,80 € l'una.", "it"),
    ("Cette semaine chez Friterie Léon : boulets liégeois et frites, 10,50 €.", "fr"),
    ("Nouvelle tarte aux myrtilles à la Boulangerie Ferrand, 4,20 € la part.", "fr"),
    ("Empanadas de pino recién salidas del horno en Fonda Quilapán, 2.500 pesos.", "es"),
    ("Hoy en Casa Ulloa: tortilla de patatas con pimientos, 3,50 € la ración.", "es"),
    ("Nueva paella de marisco los domingos en Arrocería Marjal, 16 € por persona.", "es"),
    ("Hoje na Tasca da Lurdes: francesinha com batatas, 11,50€.", "pt"),
]


@pytest.mark.parametrize(("content", "language"), _POSTS)
def test_a_food_ask_has_no_pronoun_for_the_dish(content: str, language: str) -> None:
    for tone in ("casual", "promotional", "professional"):
        for variant in captions_for(content, tone=tone):
            text = text_of(variant)
            assert not _DISH_PRONOUN.search(text), text
