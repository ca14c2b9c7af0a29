"""A shelter's appeal for donations asks readers to give, drop off or share, never "tag
someone who's been thinking about adopting": the shelter is where it is, not what it
asks for. A shelter's post about a pet who needs a home stays an adoption."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_ADOPT = re.compile(r"(?i)adopt|adopc|adott|adot|adoptier|forever home|zuhause für immer")

_DONATION_APPEALS = [
    ("Please donate: our dog shelter is short of blankets, towels and dry food.", "en"),
    ("Bitte spendet: unser Tierheim braucht dringend Handtücher und Katzenstreu.", "de"),
    ("Por favor, donad: nuestra protectora necesita mantas y pienso para perros.", "es"),
    ("Faites un don : notre refuge manque de couvertures et de croquettes pour chats.", "fr"),
    ("Doem, por favor: o nosso abrigo precisa de mantas e ração para cães.", "pt"),
    ("Donate, per favore: il nostro canile ha bisogno di coperte e crocchette.", "it"),
]


@pytest.mark.parametrize(("content", "language"), _DONATION_APPEALS)
def test_a_shelters_donation_appeal_is_no_adoption(content: str, language: str) -> None:
    assert "adoption" not in read_post(content, language).flags


@pytest.mark.parametrize(("content", "language"), _DONATION_APPEALS)
def test_a_shelters_donation_appeal_never_asks_to_adopt(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        assert not _ADOPT.search(text_of(variant)), text_of(variant)


_HOMES_WANTED = [
    ("Our shelter's oldest dog, Bruno, needs a home. Adopt him and he'll be yours forever.", "en"),
    ("Kater Moritz aus unserem Tierheim sucht ein Zuhause. Wer möchte ihn adoptieren?", "de"),
]


@pytest.mark.parametrize(("content", "language"), _HOMES_WANTED)
def test_a_shelters_pet_that_needs_a_home_stays_an_adoption(content: str, language: str) -> None:
    assert "adoption" in read_post(content, language).flags


# an ask to give, help or pass the appeal on
_HELP = re.compile(
    r"(?i)help|share|spread|pass it on|helfen|teilt|erreicht|ayud|compart|aider|partagez"
    r"|passer le mot|ajud|divulg|partilh|envie este|mano|condivid|passare parola"
)


@pytest.mark.parametrize(("content", "language"), _DONATION_APPEALS)
def test_a_shelters_donation_appeal_asks_to_help_or_share(content: str, language: str) -> None:
    endings = [text_of(v).split("\n")[-1] for v in captions_for(content, language=language)]
    assert sum(bool(_HELP.search(e)) for e in endings) >= 2, endings
