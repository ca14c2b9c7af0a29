"""A business thanking its volunteers and customers is answered as a thank-you, even
when its volunteers make it read almost as strongly as a cause: never "tag someone who
should see this", "what made you smile today?" or a donation ask."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

_OFF = re.compile(
    r"(?i)identifiez quelqu'un|sourire|journée comme|petit bonheur|tag someone|smile"
    r"|donat|faites un don|markiert jemanden|etiqueta a|taggate|don\b|spende"
)

_THANKS = [
    ("Merci aux bénévoles ! Le potager de la librairie est enfin planté.", "fr"),
    ("Merci à tous nos clients et bénévoles pour cette belle fête de quartier !", "fr"),
    ("Thank you, volunteers! Our bookshop's garden is finally planted.", "en"),
    ("Danke an unsere Ehrenamtlichen! Der Garten der Buchhandlung ist fertig.", "de"),
]


@pytest.mark.parametrize(("content", "language"), _THANKS)
def test_thanks_to_volunteers_get_a_thank_yous_ask(content: str, language: str) -> None:
    for variant in captions_for(content, language=language):
        ending = text_of(variant).split("\n")[-1]
        assert not _OFF.search(ending), ending
