"""A death told in plain words ("so sad to tell you that … died", "con tristeza … murió")
is a loss in every language, a shop animal's included: mourning, never a pet post to
cheer over. A thing that "died" (a phone, a battery, a plant) and one "dying to try"
something tell no death."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_LOSSES = [
    ("We're so sad to tell you that Pickle, our bakery cat of 9 years, died on Friday.", "en"),
    ("Mr Hale, who taught half the village to fish, died on Sunday aged 91.", "en"),
    ("Our old shop dog Rusty died peacefully at home last night.", "en"),
    (
        "Es tut uns leid, euch mitzuteilen, dass Bruno, unser Ladenhund, am Montag gestorben ist.",
        "de",
    ),
    ("C'est avec tristesse que nous vous annonçons que Plume, notre chatte, est partie.", "fr"),
    ("Con dolore vi diciamo che Rocco, il cane del negozio, è morto lunedì.", "it"),
    ("Con tristeza os contamos que Lola, la perra de la tienda, murió el lunes.", "es"),
    ("Com tristeza contamos que o Tico, o cão da loja, morreu na segunda-feira.", "pt"),
]

_NO_DEATHS = [
    ("My phone died halfway through the market, so no card payments today, sorry!", "en"),
    ("The battery died on the van this morning, we'll be late opening.", "en"),
    ("The basil plant died while we were away, so new seedlings are in.", "en"),
    ("We're dying to try the new espresso blend, landing Friday.", "en"),
    ("Sad to say we're sold out of the sourdough today, back tomorrow at 8.", "en"),
    ("Me muero de ganas de probar el nuevo café que llega el viernes.", "es"),
    ("Mein Handy ist gestorben, deshalb heute nur Barzahlung am Stand.", "de"),
]

_CHEER = ("✨", "🐾", "🎉", "good one", "furry", "Cuteness", "Tag someone", "Tag a friend")


@pytest.mark.parametrize(("content", "language"), _LOSSES)
def test_a_death_told_in_words_is_a_loss(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.sensitive
    assert "mourning" in post.flags


def test_a_shop_dog_that_died_gets_no_pet_cheer() -> None:
    content = "We're so sad to tell you that Pickle, our bakery cat of 9 years, died on Friday."
    for variant in captions_for(content, language="en"):
        text = text_of(variant)
        assert not any(cue in text for cue in _CHEER), text


@pytest.mark.parametrize(("content", "language"), _NO_DEATHS)
def test_a_thing_that_died_is_no_loss(content: str, language: str) -> None:
    post = read_post(content, language)
    assert not post.sensitive
    assert "mourning" not in post.flags
