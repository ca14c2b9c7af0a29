"""A preposition joined with its article ("unterm", "hinterm", "überm", "vorm") is no
part of a business's name after its kind: "im neuen Atelier unterm Dach" got "Atelier
Unterm Dach", "im Atelier hinterm Bahnhof" got "Atelier Hinterm Bahnhof"; a name that
follows its kind keeps its capitals ("Konditorei Falke")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        ("Erster Tag im neuen Atelier unterm Dach.", "Atelier unterm Dach"),
        ("Wir sitzen jetzt im Atelier hinterm Bahnhof.", "Atelier hinterm Bahnhof"),
        (
            "Frühstück im Café überm Wochenmarkt, mit Blick auf die Stände.",
            "Café überm Wochenmarkt",
        ),
        ("Die Werkstatt vorm Stadttor hat wieder offen, kommt vorbei.", "Werkstatt vorm Stadttor"),
    ],
)
def test_a_contraction_after_a_kind_is_no_name(content: str, kept: str) -> None:
    for variant in captions_for(content, language="de"):
        assert kept in text_of(variant) or kept.split()[0] not in text_of(variant), variant.caption


def test_a_name_after_its_kind_keeps_its_capital() -> None:
    texts = [
        text_of(v)
        for v in captions_for("Heute neu in der Konditorei Falke: Mohnschnecken.", language="de")
    ]
    assert any("Konditorei Falke" in t for t in texts), texts
