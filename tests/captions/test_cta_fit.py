"""A call to action fits what the post asks or offers: a person's own first (a pull-up,
a half marathon, a loaf) invites congratulations or a story, never "who's joining the
next one?", "what made you smile today?" or "tag someone you'd spend a day like this
with"."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

# a day's small joys and a group's invitations, in the six languages
_OFF_KEY = re.compile(
    r"(?i)joining|smile|day like this|little joy|sonre[íi]r|un día así|pequeña alegría"
    r"|lächeln|so einen tag|kleinen glück|sourire|journée comme|petit bonheur|sorrid"
    r"|giornata così|piccola gioia|sorrir|dia assim|pequena alegria|how's your day"
    r"|tu día|euer tag|votre journée|vostra giornata|seu dia"
)

_FIRSTS = [
    ("Did my first unassisted pull-up today after eight months of trying!", "en"),
    ("Hoy hice mi primera dominada sin ayuda. ¡Ocho meses de intentos!", "es"),
    ("Heute mein erster Klimmzug ohne Gummiband. Acht Monate Training!", "de"),
    ("J'ai fait ma première traction sans élastique ce matin. Huit mois d'efforts !", "fr"),
    ("Hoje fiz minha primeira barra sem elástico. Oito meses tentando!", "pt"),
    ("Oggi ho fatto la mia prima trazione senza elastico. Otto mesi di tentativi!", "it"),
]


@pytest.mark.parametrize(("content", "language"), _FIRSTS)
def test_a_persons_first_is_read_as_their_feat(content: str, language: str) -> None:
    assert read_post(content, language).intent in ("milestone", "fitness")


@pytest.mark.parametrize(("content", "language"), _FIRSTS)
def test_a_persons_first_is_answered_with_congratulations_or_a_story(
    content: str, language: str
) -> None:
    variants = captions_for(content, language=language)
    asked = [text_of(v) for v in variants if text_of(v).rstrip(" 🎉💪✨") != content]
    assert asked, "no call to action at all"
    for text in asked:
        assert not _OFF_KEY.search(text), text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Finished a whole puzzle without any help from my brother. 1000 pieces!", "en"),
        ("Terminé el puzle sin ayuda de nadie: mil piezas.", "es"),
    ],
)
def test_help_said_absent_is_no_call_for_help(content: str, language: str) -> None:
    assert read_post(content, language).intent != "charity"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Mi look para la boda de mi amiga Inés: vestido verde salvia, sandalias doradas "
            "y un bolso de mimbre.",
            "es",
        ),
        (
            "My outfit for my sister's wedding: a rust silk slip dress and my grandmother's "
            "pearl earrings.",
            "en",
        ),
    ],
)
def test_a_guests_outfit_is_no_feat(content: str, language: str) -> None:
    # a wedding is a milestone's word, but the outfit is no achievement of the guest's
    feat = re.compile(r"(?i)proud|orgullo|worked months|trabajado meses")
    for variant in captions_for(content, language=language):
        assert not feat.search(text_of(variant)), text_of(variant)
