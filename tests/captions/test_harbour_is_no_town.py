"""The Italian harbour is no town (blind round: "… a 14 € in porto" came back "in
Porto").

The rule: in Italian "in porto" is at the harbour, so the town named by the word for a
harbour takes no capital after "in"; going to the town ("un weekend a Porto") keeps it.

Posts invented for this test.
"""

from __future__ import annotations

from captions._propercase import proper_capitals


def test_in_porto_is_the_harbour() -> None:
    text = "stasera fritto misto sulla barca ormeggiata in porto, 18 €"
    assert proper_capitals(text, "it") == text


def test_a_porto_is_the_town() -> None:
    assert "a Porto" in proper_capitals("tre giorni a porto con le amiche", "it")
