"""A brief that already says goodbye until next year is not seen off again: "À l'année
prochaine !" was followed by the call to action "À la prochaine !" (the same line twice,
an embarrassing caption of blind round 12). Invented posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_SEE_OFFS = (
    "à la prochaine",
    "until next time",
    "hasta la próxima",
    "alla prossima",
    "até à próxima",
    "até a próxima",
)


@pytest.mark.parametrize(
    ("language", "content"),
    [
        (
            "fr",
            "Merci aux 40 bénévoles de la Fête du Cidre de Pont-l'Évêque : buvette, parking, "
            "scène et démontage. À l'année prochaine !",
        ),
        (
            "en",
            "Thank you to the 25 volunteers of the Hexham Duck Race: marshals, the tea tent and "
            "the tidy-up crew. See you next year!",
        ),
        (
            "it",
            "Grazie ai 30 volontari della Sagra del Carciofo di Ladispoli: cucina, cassa e "
            "pulizie. Al prossimo anno!",
        ),
    ],
)
def test_a_brief_that_says_goodbye_is_not_seen_off_again(language: str, content: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert not any(off in text for off in _SEE_OFFS), text
