"""A place a post's thing stands beside ("a bench in front of the bakery", "vor dem
Café", "davanti alla pizzeria") says where it is, not what the post is about: a new
bench, bike rack or mural outside a shop is no food post (🍽️, "would you try it?").
What is queued for outside a bakery is still food."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "Neuer Fahrradständer vor dem Café, endlich Platz für alle Räder",
        "Un nouveau banc devant la pâtisserie, venez vous poser",
        "New bike rack outside the bakery, finally",
        "Nuove fioriere davanti alla pizzeria, che colori",
        "Mural nuevo al lado de la panadería del barrio",
        "Banco novo em frente à padaria, venham sentar um pouco",
    ],
)
def test_a_venue_beside_the_thing_is_no_food(content: str) -> None:
    post = read_post(content)
    assert post.intent != "food", post.intent_scores


@pytest.mark.parametrize(
    "content",
    [
        "Coda davanti alla pasticceria per i cornetti caldi",
        "Fila na frente da padaria às 7h por causa do pão de queijo",
        "Queue outside the bakery at 7am for the almond croissants",
    ],
)
def test_what_is_queued_for_outside_a_bakery_is_food(content: str) -> None:
    assert read_post(content).intent == "food", read_post(content).intent_scores
