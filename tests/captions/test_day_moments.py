"""A list of moments is the day itself, not a menu: "frost on the car, coffee too hot,
monday again" was read as food and asked "Send this to your dinner buddy" and "What
should be on the menu next?" beside a 🍽️ (an X in two variants of blind round 13).
A list of things stays a food post's; the intent's emoji is used only when no word of
the post gives one.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_MENU_ASKS = ("dinner buddy", "on the menu", "food craving", "share this with")


@pytest.mark.parametrize(
    "content",
    [
        "frost on the car, coffee too hot, monday again",
        "fog on the river, tea in a flask, sunday again",
    ],
)
def test_a_list_of_moments_gets_no_menu_asks(content: str) -> None:
    for variant in captions_for(content, language="en", cta=True):
        text = text_of(variant).lower()
        assert "🍽️" not in text
        assert not any(ask in text for ask in _MENU_ASKS), text


def test_a_list_of_things_stays_food() -> None:
    content = "tomatoes, basil, mozzarella and good olive oil"
    texts = [text_of(v).lower() for v in captions_for(content, language="en", cta=True)]
    assert any(ask in text for text in texts for ask in _MENU_ASKS), texts
