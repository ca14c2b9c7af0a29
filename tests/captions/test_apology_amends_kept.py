"""A short apology keeps what it owes its reader: the fault owned and the remedy
("Das war unser Fehler …", "Alle Betroffenen bekommen den vollen Betrag zurück"), which
a short caption had dropped for room (blind review 17); and a German verb after a comma
is no town ("Am Freitag, 11. Dezember, kamen …" got "Kamen", a town in Westphalia)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_DE = (
    "Entschuldigung. Am Freitag, 11. Dezember, kamen 24 Geschenkkörbe von Feinkost Zaunkönig "
    "in Köln-Ehrenfeld bis zu vier Stunden zu spät, weil wir zu viele Aufträge angenommen "
    "hatten. Das war unser Fehler, nicht der des Fahrers. Alle Betroffenen bekommen den vollen "
    "Betrag zurück, das läuft schon. Für Silvester nehmen wir nur 40 Bestellungen an."
)
_EN = (
    "We're sorry. On Saturday 40 cake boxes from Wren Bakes in Leith left up to two hours "
    "late because we took on too many orders. That was our mistake, not the driver's. Everyone "
    "affected gets a full refund, it's already on its way. For Hogmanay we're capping orders "
    "at 50."
)


@pytest.mark.parametrize(
    ("content", "language", "owed"),
    [(_DE, "de", ("unser Fehler", "Betrag zurück")), (_EN, "en", ("our mistake", "full refund"))],
)
def test_a_short_apology_keeps_the_fault_and_the_remedy(
    content: str, language: str, owed: tuple[str, ...]
) -> None:
    for variant in captions_for(content, length="short", tone="promotional"):
        for words in owed:
            assert words in text_of(variant), variant.caption


def test_a_german_verb_after_a_comma_is_no_town() -> None:
    for variant in captions_for(_DE, language="de"):
        assert "Kamen" not in variant.caption, variant.caption
        assert "kamen" in variant.caption


def test_a_town_after_a_comma_keeps_its_capital() -> None:
    texts = [
        text_of(v)
        for v in captions_for("neue kollektion bei strickwerk lotte, husum 🧶", language="de")
    ]
    assert any("Husum" in t for t in texts), texts


@pytest.mark.parametrize("town", ["innsbruck", "rostock", "aachen", "zürich"])
def test_a_known_town_after_a_comma_in_german(town: str) -> None:
    content = f"neue kollektion bei strickwerk lotte, {town} 🧶 mützen und schals ab 29 €"
    texts = [text_of(v) for v in captions_for(content, language="de")]
    assert any(town.capitalize() in t for t in texts), texts
