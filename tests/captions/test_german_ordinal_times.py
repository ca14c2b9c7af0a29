""" "Mal" after an ordinal or a determiner: the noun.

A German brief typed in lower case says "heute zum ersten mal geschwommen" or "das letzte
mal vor der pause": after an ordinal ("ersten", "letzte", "nächsten", "3.", "x-ten")
or "jedes", "dieses", "anderes" the word is the noun "Mal", which the caption kept in
lower case ("ersten" is a function word, so no noun's place was read after it); "erst
mal", "komm mal" are adverbs and stay.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("heute zum ersten mal geschwommen", "heute zum ersten Mal geschwommen"),
        ("das letzte mal vor der pause", "das letzte Mal vor der Pause"),
        ("zum x-ten mal verschoben", "zum x-ten Mal verschoben"),
        ("zum 3. mal geprobt", "zum 3. Mal geprobt"),
    ],
)  # fmt: skip
def test_mal_after_an_ordinal_is_the_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


def test_mal_as_an_adverb_stays() -> None:
    assert proper_capitals("erst mal tee, komm mal her", "de") == "erst mal Tee, komm mal her"


def test_a_brief_writes_the_first_time_as_a_noun() -> None:
    for variant in captions_for("unsere katze minka war heute zum ersten mal im garten"):
        assert "zum ersten Mal" in text_of(variant)
