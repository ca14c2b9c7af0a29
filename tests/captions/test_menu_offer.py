"""A menu, a board or a list of what is served is a place's offer to its guests: its
short line gets a food post's asks, never a person's "how is your day?" ("Nouvelle
carte des vins ce soir au comptoir" was asked "Et votre journée, comment ça va ?",
"Heute frische Spargelsuppe auf der Tageskarte" "Was hat euch heute zum Lächeln
gebracht?"; a reader's invented briefs). A person's own soup stays their moment.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_DAY_ASKS = (
    "votre journée",
    "petit bonheur",
    "journée comme ça",
    "zum lächeln",
    "glück des tages",
    "so einen tag",
    "made you smile",
    "little joy",
    "a day like this",
    "piccola gioia",
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Nouvelle carte des vins ce soir au comptoir", "fr"),
        ("Heute frische Spargelsuppe auf der Tageskarte", "de"),
        ("soup of the day: roast squash and ginger", "en"),
    ],
)
def test_a_menu_gets_no_question_about_the_day(content: str, language: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert not any(ask in text for ask in _DAY_ASKS), text
