"""A death is filed under no category and no animal: a shop dog that died got
`#dogsofinstagram #petsofinstagram` under its 🤍 notice. A pet's ordinary post keeps
its pet tags; a place named in a loss keeps its tag."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

_PLAYFUL = {
    "#dogsofinstagram",
    "#petsofinstagram",
    "#catsofinstagram",
    "#haustiere",
    "#mascotas",
    "#hundeliebe",
    "#gatos",
    "#chiens",
    "#cani",
    "#cachorro",
    "#pets",
}


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "We're so sad to tell you that Biscuit, our shop dog of 12 years, died on Monday. 🐾",
            "en",
        ),
        (
            "Mit großer Trauer nehmen wir Abschied von Bruno, unserem Ladenhund, er ist gestern "
            "gestorben.",
            "de",
        ),
        (
            "Con mucha tristeza os contamos que Canela, nuestra gata de la librería, murió ayer.",
            "es",
        ),
    ],
)
def test_a_pet_that_died_gets_no_pet_tags(content: str, language: str) -> None:
    assert not set(post_tags(content, language, 5, lower=True)) & _PLAYFUL


def test_a_pets_ordinary_day_keeps_its_tags() -> None:
    tags = post_tags(
        "Biscuit, our shop dog, slept on the doormat all morning 🐾", "en", 5, lower=True
    )
    assert set(tags) & _PLAYFUL, tags
