"""A call to action speaks with the post's voice: a person's own feat is never asked to
"send us some love" ("Mándanos un poco de amor"), which speaks for a team."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

_US = re.compile(r"(?i)\bmánd(?:a|e)nos\b|\bmandanos\b")


@pytest.mark.parametrize(
    "content",
    [
        "Hoy terminé mi primer triatlón en Castellón. ¡Nueve meses de entreno!",
        "Por fin aprobé mi primer examen de alemán. ¡Un año de clases!",
    ],
)
def test_a_persons_feat_is_not_answered_for_a_team(content: str) -> None:
    for variant in captions_for(content, language="es"):
        assert not _US.search(text_of(variant)), text_of(variant)
