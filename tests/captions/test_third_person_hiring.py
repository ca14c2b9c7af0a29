"""A business that looks for someone in the third person ("se busca ayudante",
"a equipa de cozinha procura ajudante", "la gelateria cerca una ragazza") is hiring,
as French "cherche un" already was: not a food post. Looking for a thing ("cerca una
pallina", "procura um bom café") is no job."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "Nuestro equipo de sala busca ayudante para las noches de verano",
        "Se busca ayudante de cocina para la temporada, jornada completa",
        "A nossa equipa de cozinha procura ajudante a tempo inteiro",
        "A padaria procura colaboradora para o balcão aos sábados",
        "La nostra gelateria cerca una ragazza per il banco, anche part time",
    ],
)
def test_a_business_looking_for_someone_is_hiring(content: str) -> None:
    assert read_post(content).intent == "hiring", read_post(content).intent_scores


@pytest.mark.parametrize(
    "content",
    [
        "Mi gata busca un rayo de sol cada tarde 🐱",
        "Il mio cane cerca una pallina sotto il divano 🐶",
        "Quem procura um bom café encontra aqui ☕",
        "Chi cerca un regalo per Natale trova tutto in negozio",
    ],
)
def test_looking_for_a_thing_is_no_job(content: str) -> None:
    assert read_post(content).intent != "hiring", read_post(content).intent_scores
