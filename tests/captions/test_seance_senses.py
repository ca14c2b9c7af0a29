"""French "séance" is a workout only when the post says so ("séance de muscu", "grosse
séance ce matin"); a photo shoot, a book signing or a film showing is a "séance" too,
and none of them is a fitness post (💪, "tag your training partner", #fitness)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of


@pytest.mark.parametrize(
    "content",
    [
        "Séance photo au jardin avec Caramel, il a été très sage",
        "Séance de dédicaces à la médiathèque mercredi après-midi",
        "Séance de cinéma en plein air dans la cour, apportez vos coussins",
        "Petite séance de lecture au coin du feu avec les enfants",
    ],
)
def test_a_seance_of_something_else_is_no_workout(content: str) -> None:
    post = read_post(content)
    assert post.intent != "fitness", post.intent_scores
    variants = captions_for(content, hashtags=5)
    assert "#fitness" not in tags_of(variants)
    assert not any("💪" in v.caption for v in variants)


@pytest.mark.parametrize(
    "content",
    [
        "Grosse séance ce matin, les jambes ne répondent plus",
        "Séance jambes avant le boulot, on ne lâche rien",
        "Dernière séance de la semaine : 40 minutes de fractionné",
    ],
)
def test_a_workout_seance_is_still_fitness(content: str) -> None:
    assert read_post(content).intent == "fitness", read_post(content).intent_scores
