"""A sentence whose pronoun stands for what the sentence before named ("We've been testing
these on …", "Llevamos un mes probándolas", "On les a testées", "Testámo-las") stays right
after that sentence in every variant: never on a first line without it, never after
another sentence that would become what the pronoun means ("Sizes 5 to 12. We've been
testing these …"). Invented posts, every language."""

from __future__ import annotations

import re

import pytest

from captions._offline import _leans
from tests.captions.helpers import captions_for, text_of

# (language, post, the sentence that refers back, the sentence it refers to)
POSTS = [
    (
        "en",
        "Ridgeway trail shoes are back in stock at our Keswick shop, £120. We've been testing "
        "these on muddy fells all month. Sizes 5 to 12, while they last.",
        "We've been testing these on muddy fells all month.",
        "£120.",
    ),
    (
        "es",
        "Las zapatillas Sendero ya están en la tienda de Jaca, 95 €. Llevamos un mes "
        "probándolas en el barro del Pirineo. Tallas del 38 al 46.",
        "Llevamos un mes probándolas en el barro del Pirineo.",
        "95 €.",
    ),
    (
        "fr",
        "Les chaussures Sentier sont de retour à la boutique d'Annecy, 110 €. On les a "
        "testées tout le mois dans la boue. Pointures du 38 au 46.",
        "On les a testées tout le mois dans la boue.",
        "110 €.",
    ),
    (
        "pt",
        "As botas Trilho voltaram à loja de Braga, 95 €. Testámo-las durante um mês na lama "
        "do Gerês. Números do 38 ao 46.",
        "Testámo-las durante um mês na lama do Gerês.",
        "95 €.",
    ),
]


@pytest.mark.parametrize(("language", "content", "leaning", "antecedent"), POSTS)
def test_a_sentence_that_refers_back_follows_what_it_refers_to(
    language: str, content: str, leaning: str, antecedent: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        at = text.find(leaning)
        if at < 0:
            continue
        before = re.sub(r"[^\w\s.,€£:;!?'-]", "", text[:at]).rstrip()
        assert before.endswith(antecedent), text


LEANS = [
    ("en", "We've been testing these on muddy fells all month.", True),
    ("en", "We love them in the rain.", True),
    ("en", "We've been testing these shoes on muddy fells.", False),
    ("en", "Made it to the finals!", False),
    ("es", "Llevamos un mes probándolas en el barro.", True),
    ("es", "Los probamos en el monte todo el mes.", True),
    ("es", "Las zapatillas nuevas ya están aquí.", False),
    ("de", "Wir haben sie einen Monat lang getestet.", True),
    ("de", "Die neuen Schuhe sind da.", False),
    ("fr", "On les a testées tout le mois.", True),
    ("fr", "Les bougies sont coulées à la main.", False),
    ("pt", "Testámo-las durante um mês.", True),
    ("pt", "São feitas à mão em Braga.", True),
    ("pt", "São Paulo recebe a feira.", False),
    ("it", "Li abbiamo provati per un mese.", True),
    ("it", "Sono fatte a mano a Lucca.", True),
    ("it", "Sono felice di annunciare il corso.", False),
    ("it", "Le candele sono arrivate.", False),
]


@pytest.mark.parametrize(("language", "sentence", "leans"), LEANS)
def test_a_pronoun_in_the_first_words_leans_on_the_sentence_before(
    language: str, sentence: str, leans: bool
) -> None:
    assert _leans(sentence, language) is leans
