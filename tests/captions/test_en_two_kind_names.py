"""An English business whose kind is two kinds' words ("surf school", "coffee roasters",
"yoga studio") is written whole: after "from pika surf school" the name and both kinds
take capitals ("Pika Surf School"), never half ("Pika Surf school"), and so does the kind
after a name the brief's link proves ("pika surf school" under pikasurf.co.uk)."""

from __future__ import annotations

import pytest

from captions._names_en import english_names


@pytest.mark.parametrize(
    ("typed", "written", "wrong"),
    [
        ("Tips from pika surf school, see you soon.", "from Pika Surf School,", "Surf school"),
        ("Beans from numbat coffee roasters this week.", "from Numbat Coffee Roasters this",
         "Coffee roasters"),
    ],
)  # fmt: skip
def test_a_two_word_kind_is_written_whole(typed: str, written: str, wrong: str) -> None:
    out = english_names(typed, typed)
    assert written in out
    assert wrong not in out


def test_a_kind_after_a_name_its_link_proves_is_the_names() -> None:
    typed = "Winter tips from pika surf school, book on pikasurf.co.uk."
    out = english_names(typed, typed)
    assert "from Pika Surf School," in out
    assert "Surf school" not in out


def test_a_kind_after_a_described_one_stays() -> None:
    typed = "Tips from our surf school, see you soon."
    assert english_names(typed, typed) == typed
