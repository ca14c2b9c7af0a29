"""A one-word product name in quotes is no tag alone; its kind is (blind review 16).

Seen: "neu bei uns: der riesling-sekt 'kerwe' 🥂 …" was tagged #kerwe (a village fair):
the subject ran on into the quoted name. The rule: a subject phrase that runs on into a
quoted one-word name is its kind ("riesling-sekt", "cider"), which gives the tag; and a
quoted name right after its kind gives a launch its kind's tag (#spumante, #licor), as
the unquoted name does.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "name", "kind"),
    [
        ("Neu im Hofladen: unser apfel-secco 'wiese' 🍏 ab sofort gekühlt.", "de", "#wiese",
         "#secco"),
        ("new in: our cider 'orchard' is back, pressed from our own apples", "en",
         "#ciderorchard", "#cider"),
        ("new at the farm shop: our honey 'meadow', from the top field hives", "en",
         "#honeymeadow", "#honey"),
        ("novità: il nostro spumante 'Brina', metodo classico, 12 mesi sui lieviti", "it",
         "#brina", "#spumante"),
        ("novidade: o nosso licor 'Saudade' já está na loja", "pt", "#saudade", "#licor"),
    ],
)  # fmt: skip
def test_a_quoted_name_gives_its_kind(content: str, language: str, name: str, kind: str) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert name not in tags, tags
    assert kind in tags, tags
