"""A town of several words after a comma that ends its clause gets its capitals (blind
round: "associação o priolo, ponta delgada" kept the town in lower case, while one-word
towns after a comma had theirs).

The rule: after a comma, a gazetteer town of several words, none a function word, that a
full stop, a comma or the end follows signs an address ("…, Ponta Delgada."); a phrase
with a function word ("…, pôr do sol") or going on stays as typed.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("feira de trocas no sábado na escola das hortênsias, ponta delgada.", ", Ponta Delgada."),
        ("pão de queijo quentinho na padaria, belo horizonte", ", Belo Horizonte"),
    ],
)
def test_a_town_after_a_comma_gets_its_capitals(text: str, written: str) -> None:
    assert written in proper_capitals(text, "pt")


def test_a_phrase_after_a_comma_stays() -> None:
    text = "caipirinha na varanda, pôr do sol."
    assert proper_capitals(text, "pt") == text
