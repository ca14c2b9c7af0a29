"""Reader round: a German adjective before a noun typed with its capital keeps its lower
case. "ein heißes Bad, eine Kerze und ein gutes Buch" came back "ein Gutes Buch", and
"eine grüne Wand" "eine Grüne Wand": the noun list has "Gute" and "Grüne" as nouns, and
the word after them was only looked up in lower case. A word between an article and a
word the brief writes as a noun ("Buch", "Wand") is that noun's adjective."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (
            "Regentag 🌧️ eine heiße Schokolade, eine Decke und ein gutes Buch. Mehr nicht.",
            "gutes Buch",
        ),
        ("Unser Flur hat endlich eine grüne Wand und neue Haken bekommen.", "grüne Wand"),
        ("Heute im Laden: ein schönes Geschenk für jede Oma, ab 12 €.", "schönes Geschenk"),
    ],
)
def test_an_adjective_before_a_typed_noun_stays_lower_case(content: str, phrase: str) -> None:
    for variant in captions_for(content, language="de"):
        assert phrase in text_of(variant), text_of(variant)
