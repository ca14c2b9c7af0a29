"""An event post written again and again by the same account (its openings used lately)
falls to the templates: a variant with their "When:/Where:" lines must carry every fact
of the post (the address, the menu, the price, the hour), and in every variant a weekday
or month inside a sentence keeps its language's lower case ("Quando: sabato", never
"Quando: Sabato"). Invented posts."""

from __future__ import annotations

import re

import pytest

from captions import CaptionEngines, CaptionRequest

ENGINES = CaptionEngines()
# a template's labelled fact line: "Quando: …", "Cuándo: …", "Quand : …"
_LABELLED = re.compile(r"(?m)^(?:Quando|Cuándo|Quand|When|Wann)\s?:")
# (language, post, facts every variant keeps, the weekday as the post writes it)
POSTS = [
    (
        "it",
        "Sabato festa d'autunno all'Osteria del Ponte, via Garibaldi 22: polenta, funghi e "
        "castagne a 20 €. Alle 18 musica dal vivo con la Banda del Borgo.",
        ["via Garibaldi 22", "20 €", "Alle 18"],
        "Sabato",
    ),
    (
        "es",
        "Sábado fiesta de otoño en Casa Pepa, calle Mayor 12: migas, setas y castañas por "
        "20 €. A las 18 música en directo.",
        ["calle Mayor 12", "20 €", "A las 18"],
        "Sábado",
    ),
    (
        "fr",
        "Samedi fête d'automne au Comptoir, 8 rue Victor Hugo : velouté, civet et tarte pour "
        "20 €. À 18 h concert.",
        ["8 rue Victor Hugo", "20 €", "18 h"],
        "Samedi",
    ),
    (
        "pt",
        "Sábado festa de outono na Tasca do Zé, Rua das Flores 22: caldo verde, bifanas e "
        "castanhas por 20 €. Às 18h música ao vivo.",
        ["Rua das Flores 22", "20 €", "18h"],
        "Sábado",
    ),
]


@pytest.mark.parametrize(("language", "content", "facts", "weekday"), POSTS)
def test_a_reposted_event_keeps_every_fact_and_its_weekdays_case(
    language: str, content: str, facts: list[str], weekday: str
) -> None:
    avoid: set[str] = set()
    for _ in range(4):
        request = CaptionRequest(content=content, language=language, variants=3)
        drafts = ENGINES.generate_offline(request, frozenset(avoid)).drafts
        for draft in drafts:
            if _LABELLED.search(draft.text):
                for fact in facts:
                    assert fact in draft.text, (fact, draft.text)
            # mid-sentence, after a word or a label's colon: lower case
            assert not re.search(rf"[\w:,] {weekday}\b", draft.text), draft.text
            avoid |= {draft.hook, draft.cta}
