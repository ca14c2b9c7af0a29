"""A brand's banned hype word goes with its whole clause when it was the clause's head or
its claim: "Insane results guaranteed, sign up …" is "Sign up …", never the stub
"Results, sign up …"; a word that only describes goes alone ("Our insane new menu" is
"Our new menu"). Invented posts, every language."""

from __future__ import annotations

import pytest

from captions import CaptionEngines, CaptionRequest, apply_rules, wordlists

POSTS = [
    (
        "en",
        "Our 8-week Power Hour bootcamp starts Tuesday! Groups of 8, twice a week. Crazy "
        "results guaranteed, book at ironlinegym.com/power before it fills.",
        ["crazy", "guaranteed"],
        "Book at ironlinegym.com/power before it fills.",
    ),
    (
        "fr",
        "Le programme Force Douce de 6 semaines commence lundi ! Groupes de 6, deux séances "
        "par semaine. Résultats incroyables garantis, inscrivez-vous sur coachlea.fr avant "
        "vendredi.",
        ["incroyables", "garantis"],
        "Inscrivez-vous sur coachlea.fr avant vendredi.",
    ),
    (
        "es",
        "¡El reto Fuerza 30 empieza el lunes! Grupos de 6, tres sesiones por semana. "
        "Resultados brutales garantizados, apúntate en fuerzabox.es antes del viernes.",
        ["brutales", "garantizados"],
        "Apúntate en fuerzabox.es antes del viernes.",
    ),
    (
        "de",
        "Unser 6-Wochen-Kurs Starke Mitte startet am Montag! Gruppen mit 6 Leuten, zweimal "
        "pro Woche. Wahnsinnige Ergebnisse garantiert, meldet euch auf mitte-studio.de an.",
        ["wahnsinnige", "garantiert"],
        "Meldet euch auf mitte-studio.de an.",
    ),
]


@pytest.mark.parametrize(("language", "content", "banned", "sentence"), POSTS)
def test_a_claim_goes_with_its_clause(
    language: str, content: str, banned: list[str], sentence: str
) -> None:
    request = CaptionRequest.model_validate(
        {"content": content, "language": language, "brand": {"banned_words": banned}}
    )
    texts = [d.text for d in CaptionEngines().generate_offline(request).drafts]
    assert any(sentence in t for t in texts), texts
    for text in texts:
        lowered = text.lower()
        assert not any(b in lowered for b in banned), text
        # no stub of the claim: its noun alone before the comma
        stubs = ("Results,", "Résultats,", "Resultados,", "Ergebnisse,")
        assert not any(line.startswith(stubs) for line in text.splitlines()), text


def test_the_rules_drop_a_stub_clause_and_keep_a_describing_cut() -> None:
    request = CaptionRequest.model_validate(
        {"content": "x", "brand": {"banned_words": ["insane", "deals", "yummy"]}}
    )
    cases = {
        "Honestly so yummy, come by @foodtruck.dan and say hi!": "Come by @foodtruck.dan "
        "and say hi!",
        "Cheap sofas and great deals, tag us when yours arrives!": "Tag us when yours arrives!",
        "Our insane new menu is here.": "Our new menu is here.",
        "Book a table tonight, the pasta is insane.": "Book a table tonight.",
    }
    for text, expected in cases.items():
        variant = apply_rules(text, [], request, wordlists(), frozenset({"yummy"}))
        assert variant.caption == expected, text
