"""A sentence typed in lower case after a street's abbreviation opens with its capital
(blind round: "… at the legion hall on 5th ave. bring a record story" kept "bring" in
lower case).

The rule: in lower-case notes a street's kind written short (st., ave., rd., blvd.) after
a house number or an ordinal ("on 5th ave.", "42 main st.") or after a name a
preposition of place opens ("on king st.") may close its sentence: a word that opens a
clause after it (an imperative, a pronoun, an article) opens the next one, while a
joining word or the subject's verb goes on ("on 5th ave. in the old bank", "on elm st.
just reopened"); "dr." after a lower-case word is a doctor's and "st." after "to" a
saint's.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

import captions
from tests.captions.helpers import captions_for, text_of

ENDED = [
    (
        "swap night at the scout hut on 3rd ave. bring one plant, take one home",
        "Bring one plant",
    ),
    ("quiz night moved to the old chapel on mill st. we start at 7 sharp", "We start at 7"),
    ("pop-up market at 18 quarry rd. the stalls open at 9", "The stalls open"),
]


@pytest.mark.parametrize(("content", "start"), ENDED)
def test_the_next_sentence_has_its_capital(content: str, start: str) -> None:
    for variant in captions_for(content, language="en"):
        text = text_of(variant)
        assert start.lower() not in text, text


WHOLE = [
    ("the new deli on 5th ave. in the old bank opens soon", "ave. in the old bank"),
    ("our bakery on elm st. just reopened after the flood", "st. just reopened"),
    ("please call dr. okafor before friday", "dr. okafor before"),
    ("the choir goes to st. brendan's on sunday", "st. brendan's on"),
]


@pytest.mark.parametrize(("content", "phrase"), WHOLE)
def test_a_phrase_that_goes_on_stays_whole(content: str, phrase: str) -> None:
    sentences = captions.read_post(content, "en").sentences
    assert any(phrase in s.lower() for s in sentences), sentences
