"""A death notice is read as a loss in every language, whatever stands between the
auxiliary and the participle, and the years of the life that ended make no milestone."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_MILESTONE_TAGS = {
    "#milestone",
    "#anniversary",
    "#jubiläum",
    "#meilenstein",
    "#aniversario",
    "#anniversaire",
    "#aniversário",
    "#anniversario",
}
_CELEBRATION = ("🎉", "🥳", "🎊", "Feiert", "celebrate", "Celebra", "Célébr", "Festeggi", "Comemor")

_DEATHS = [
    (
        "Unser Platzwart Horst Leimbach ist am Mittwoch nach kurzer Krankheit mit 82 Jahren "
        "gestorben. 35 Jahre hat er den Rasen des TSV gepflegt.",
        "de",
    ),
    ("Unsere Ehrenvorsitzende Ilse Krone verstarb am Montag mit 91 Jahren.", "de"),
    (
        "Unser Gründer Walter Brenner ist in der Nacht zum Freitag friedlich entschlafen. "
        "Er wurde 88 Jahre alt.",
        "de",
    ),
    (
        "Our lollipop man Dennis Orr has sadly died, aged 80. He saw the children across "
        "Mill Lane for 22 years.",
        "en",
    ),
    ("Our groundsman Alf Tully died at 84 on Monday. 40 years of Saturdays at the club.", "en"),
    (
        "Notre doyenne Simone Carrel est morte jeudi à 97 ans. Elle a chanté 60 ans dans la "
        "chorale.",
        "fr",
    ),
    (
        "La nostra sarta Rina Bassi è venuta a mancare sabato a 86 anni. Per 50 anni ha "
        "cucito le divise della banda.",
        "it",
    ),
    (
        "Nuestra vecina Pilar Ortiz, fallecida el domingo a los 93 años, abrió la mercería "
        "en 1958.",
        "es",
    ),
    (
        "O nosso sócio mais antigo, Artur Neves, falecido ontem aos 90 anos, fundou o "
        "clube há 60 anos.",
        "pt",
    ),
]


@pytest.mark.parametrize(("content", "language"), _DEATHS)
def test_a_death_is_a_loss_never_a_milestone(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.sensitive
    assert "mourning" in post.flags
    assert post.intent != "milestone"
    variants = captions_for(content, language=language, hashtags=5, emoji=True, cta=True)
    assert not tags_of(variants) & _MILESTONE_TAGS
    for variant in variants:
        text = text_of(variant)
        assert not any(word in text for word in _CELEBRATION), text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Wir feiern 30 Jahre Metzgerei Hahn! Am Samstag gibt es Freibier.", "de"),
        ("Our fryer died halfway through Friday service: no chips until Tuesday, sorry.", "en"),
    ],
)
def test_years_and_a_broken_machine_are_no_death(content: str, language: str) -> None:
    assert not read_post(content, language).sensitive
