"""A thanks that is one clause among a post's own facts is no thank-you: a renovation
finished ("new floor, new tiles, and thanks to the joiner for the stairs. Painting next
week.") is a home post. A post is a thank-you when its thanks are the point: it opens
with them, closes with them, or says them more than once."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Unser Flur ist fertig! Neue Dielen, die Wände in Salbeigrün, danke an Tischlerei "
         "Brandt für die Treppe. Jetzt fehlen nur noch die Lampen.", "de"),
        ("The loft conversion is done: new skylights, oak floor, a reading nook, and thanks "
         "to Hollis Joinery for the staircase. Paint goes on next week.", "en"),
        ("Notre cuisine est enfin terminée : plan de travail en chêne, carrelage blanc, merci "
         "à la menuiserie Roux pour les placards. Reste la peinture.", "fr"),
        ("Terminamos el baño: azulejos verdes, ducha nueva y gracias a Carpintería Ruiz por "
         "el mueble del lavabo. Falta pintar el techo.", "es"),
    ],
)  # fmt: skip
def test_a_thanks_among_the_renovation_is_a_home_post(content: str, language: str) -> None:
    assert read_post(content, language).intent == "home"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Danke an Tischlerei Brandt! Die neue Treppe ist ein Traum, so sauber gearbeitet "
         "und pünktlich fertig.", "de"),
        ("A huge thank you to Hollis Joinery for our new staircase, beautiful work, on time "
         "and tidy. Couldn't recommend them more.", "en"),
        ("Danke an alle, die am Samstag beim Umzug geholfen haben! Ohne euch hätten wir das "
         "nie geschafft.", "de"),
        ("Gracias a todos los vecinos que vinieron a pintar el local de la asociación. "
         "¡Quedó precioso! Gracias de corazón.", "es"),
    ],
)  # fmt: skip
def test_thanks_that_are_the_point_stay_a_thank_you(content: str, language: str) -> None:
    assert read_post(content, language).intent == "thank_you"


def test_a_death_told_with_thanks_in_the_middle_is_no_pet_post() -> None:
    # a loss keeps its reading: the cat who died is no pet post to cheer over
    content = (
        "We're heartbroken to tell you that Pepper, the grey cat who slept in our window "
        "for 11 years, died peacefully on Sunday. Thank you to everyone who came in to see "
        "her. The shop opens at noon on Tuesday."
    )
    assert read_post(content, "en").intent != "pets"
