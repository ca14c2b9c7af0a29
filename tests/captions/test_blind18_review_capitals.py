"""The day's capitals rules read against posts they did not claim (review of blind
round 18's changes): a wrong capital is worse than a missing one.

- a river after its banks or a walk round it: a diminutive of a known word
  ("paesello", "riozinho") or a town that is an everyday word ("parco", "porto") is the
  everyday word, no river.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals

KEPT = [
    # a diminutive of an everyday word, after a walk round it or its banks
    ("it", "il giro del paesello in bici stamattina", "giro del paesello"),
    ("it", "un giro del borghetto prima di cena", "giro del borghetto"),
    ("pt", "passeio na margem do riozinho com as crianças", "margem do riozinho"),
    ("es", "merendamos a la orilla del arroyito", "orilla del arroyito"),
    # a town the gazetteer holds that is an everyday word
    ("it", "il giro del parco con il cane", "giro del parco"),
    ("it", "una passeggiata sulla riva del porto vecchio", "riva del porto"),
]

WRITTEN = [
    # a river the vocabulary does not know, or a place, stays a river
    ("it", "la piena del bacchiglione ha allagato i campi", "piena del Bacchiglione"),
    ("pt", "a cheia do douro chegou à ribeira", "cheia do Douro"),
    ("es", "comimos a la orilla del nazas", "orilla del Nazas"),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT)
def test_an_everyday_word_after_a_waterside_is_kept(
    language: str, text: str, expected: str
) -> None:
    assert expected in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), WRITTEN)
def test_a_river_after_its_banks_is_written(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)
