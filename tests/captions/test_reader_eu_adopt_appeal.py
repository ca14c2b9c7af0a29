"""A post that opens asking to adopt someone ("Adote a Pipoca!", "Adoptá a Ramona") seeks
them a home whatever else it reads as (an adoption fair on a Saturday is also an
event): it is asked a home or a share, never "Tell us what you think"."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_OPINION = re.compile(
    r"(?i)o que achou|sua opinião|a sua opinião|qué te parece|tu opinión|what you think"
    r"|votre avis|cosa ne pensate|eure meinung"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Adote a Pipoca! Ela tem 3 anos, é castrada, vacinada e adora colo. Feira de "
            "adoção no domingo, 13 de dezembro, das 9h às 15h, na Praça do Coreto, Maricá.",
            "pt",
        ),
        (
            "Adoptá a Ramona! Tiene 4 años, está castrada y vacunada y ama el sol. Jornada de "
            "adopción el sábado 19 de diciembre de 10 a 17 h en la Plaza Roca, Tandil.",
            "es",
        ),
    ],
)
def test_an_appeal_to_adopt_is_asked_a_home(content: str, language: str) -> None:
    assert "adoption" in read_post(content, language).flags
    for variant in captions_for(content, language=language, tone="playful"):
        assert not _OPINION.search(text_of(variant)), variant.caption
