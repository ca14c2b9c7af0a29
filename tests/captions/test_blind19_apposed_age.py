"""A name, its age between commas, then who the person was: one sentence, never cut at
the name (blind round 19, it-05: "Ci ha lasciati Tonino …, 88 anni, che nel 1961 aprì …"
opened "Ci ha lasciati Tonino ….", then "88 anni, che nel 1961 aprì …")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of

POSTS = [
    (
        "it",
        "Ci ha lasciati Marcello Ferri, 91 anni, che nel 1958 aprì la Pasticceria Il "
        "Pettirosso in via Roma a Teramo. Il funerale è sabato 16 gennaio alle 11.",
        "91 anni, che nel 1958",
    ),
    (
        "es",
        "Nos dejó Ramón Iturbe, 84 años, que en 1965 abrió la Ferretería El Tornillo en la "
        "calle Mayor de Tudela. El velatorio es el viernes 15 de enero a las 17 h.",
        "84 años, que en 1965",
    ),
    (
        "fr",
        "Nous a quittés Jeanne Morvan, 90 ans, qui avait ouvert la Crêperie du Phare sur le "
        "port de Roscoff en 1969. Les obsèques auront lieu jeudi 14 janvier à 10 h.",
        "90 ans, qui avait ouvert",
    ),
]


@pytest.mark.parametrize(("language", "content", "kept"), POSTS)
def test_an_age_between_commas_stays_with_its_name(language: str, content: str, kept: str) -> None:
    for hook in hooks_of(captions_for(content, language=language, tone="casual", length="medium")):
        assert kept in hook, hook
