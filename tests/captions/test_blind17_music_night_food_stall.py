"""A music night with a food stall is the night: "afrobeat fridays are back 🎷 … with the
ama serwaa quartet live. waakye + fried plantain from sister abena's stall, GH₵45 a plate"
was read as food and tagged "#foodie #foodstagram"; a performance with a start time stays
an event when the post also prices a plate (the stall is its setting)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags

_FOOD_TAGS = {"#foodie", "#foodstagram", "#gastronomie", "#comida", "#gastronomia"}


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("afrobeat fridays are back 🎷 the copper yard in osu, accra, every friday from 6pm till "
         "late. opening night fri 15 jan with the ama serwaa quartet live. waakye + fried "
         "plantain from sister abena's stall, GH₵45 a plate. free entry, no tickets 🎶", "en"),
        ("la soirée zouk revient 🎶 au bar le flamboyant à pointe-à-pitre, chaque samedi dès "
         "20 h. première le samedi 16 janvier avec le groupe kaz a soley en live. accras et "
         "colombo de poulet de chez tatie josette, 12 € l'assiette. entrée libre.", "fr"),
        ("a noite de forró voltou 🪗 no bar do zé em caruaru, todo sábado a partir das 21h. "
         "estreia sábado 16 de janeiro com o trio pé de serra ao vivo. baião de dois e carne "
         "de sol da barraca da dona lurdes, R$ 25 o prato. entrada grátis.", "pt"),
    ],
)  # fmt: skip
def test_a_music_night_with_a_food_stall_is_an_event(content: str, language: str) -> None:
    assert read_post(content, language).intent == "event"
    assert not set(post_tags(content, language, 5)) & _FOOD_TAGS
