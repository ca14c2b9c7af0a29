"""A post that opens with a tip's heading and whom or what it is for ("Tipp für eure
Zimmerpflanzen", "dica para quem tem gatos", "astuce pour vos plantes") is advice,
whatever the topic and whatever emoji sits after the heading (🌿 a plant, 🐱 a cat):
the heading says so as a colon would."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "tipp für eure kräuter auf dem fensterbrett 🌿 lieber morgens gießen, nie abends",
        "tipp für eure zimmerpflanzen im urlaub 🪴 vorher gut wässern und weg vom fenster",
        "dica para quem tem cachorro 🐶 escove os dentes dele três vezes por semana",
        "astuce pour vos orchidées 🌸 un bain de 10 minutes par semaine suffit",
        "consiglio per chi ha il gatto 🐱 spazzolatelo ogni giorno in primavera",
        "consejo para tu huerto en el balcón 🍅 riega al atardecer en verano",
    ],
)
def test_a_tip_heading_with_its_topic_is_a_tip(content: str) -> None:
    post = read_post(content)
    assert post.intent == "tip", post.intent_scores


@pytest.mark.parametrize(
    "content",
    [
        "Trinkgeld für das ganze Team 🙏 danke an alle Gäste vom Wochenende",
        "Mon chat adore sa nouvelle griffe pour les pattes 🐱",
    ],
)
def test_no_heading_no_tip(content: str) -> None:
    assert read_post(content).intent != "tip", read_post(content).intent_scores
