"""Rules found after the fifth blind review, each tested on posts written for it."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "pet"),
    [
        ("Ratatouille a encore dormi sur le canapé 😼", "fr", "Ratatouille"),
        ("Paella robó otra vez el jamón 🐶", "es", "Paella"),
        ("Brezel hat schon wieder die Wurst geklaut 🐕", "de", "Brezel"),
        ("Risotto ha rubato di nuovo il formaggio 🐱", "it", "Risotto"),
        ("Biscuit stole the cheese off my plate again", "en", "Biscuit"),
        ("Feijoada roubou o pão outra vez 😹", "pt", "Feijoada"),
    ],
)
def test_a_dish_named_pet_doing_what_animals_do_is_a_pet(
    content: str, language: str, pet: str
) -> None:
    # a one-word name as the subject of "stole", "slept", "a volé", "hat geklaut", or
    # beside an animal emoji, is the animal's name, not the dish it is named after
    post = read_post(content, language)
    assert post.intent == "pets"
    assert post.subject.text == pet
    for variant in captions_for(content, language=language, tone="playful", variants=3):
        assert pet in text_of(variant)


def test_a_person_sleeping_is_no_pet() -> None:
    assert read_post("Giulia dorme ancora, buona domenica", "it").intent != "pets"
