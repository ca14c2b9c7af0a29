"""A room or a home made new ("unser neues Bad", "our new kitchen with …", "la nueva
cocina") is a renovation, a home post, never a launch; goods for a room ("new kitchen
knives, €39", "new bathroom range") stay launches."""

from __future__ import annotations

import pytest

from captions._understand import read_post

_ROOMS = [
    ("Endlich fertig: unser neues Bad mit ebenerdiger Dusche und grünen Fliesen.", "de"),
    ("Finally done: our new kitchen with oak worktops and a window over the sink.", "en"),
    ("Enfin terminée : notre nouvelle cuisine avec plan de travail en chêne.", "fr"),
    ("Por fin terminada: nuestra nueva cocina con encimera de roble.", "es"),
    ("Finalmente pronta: a nossa nova cozinha com bancada de carvalho.", "pt"),
    ("Finalmente finito: il nostro nuovo bagno con doccia a filo pavimento.", "it"),
]

_GOODS = [
    ("New kitchen knives just in: Japanese steel, €39 each.", "en"),
    ("New bathroom range launching Friday: soaps, salts and towels.", "en"),
    ("Nueva colección de cocina: delantales de lino, 25 €.", "es"),
]


@pytest.mark.parametrize(("content", "language"), _ROOMS)
def test_a_new_room_is_home(content: str, language: str) -> None:
    assert read_post(content, language).intent == "home"


@pytest.mark.parametrize(("content", "language"), _GOODS)
def test_new_goods_for_a_room_stay_a_launch(content: str, language: str) -> None:
    assert read_post(content, language).intent == "product_launch"
