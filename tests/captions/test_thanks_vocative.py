"""A name said after thanks at a sentence's end gets its capital (blind round: "thank
you, gord.", "merci marcel", "grazie ettore" kept the name in lower case).

The rule: one or two words after "thank you", "thanks", "danke", "merci", "grazie",
"gracias", "obrigado/a" that end the sentence are a name when each is no common word of
the engine's, no verb's, adverb's or abstract noun's form, rarer than the commonest words
and none of the words said to many ("thanks, folks!", "grazie ragazzi", "merci
infiniment", "obrigada, vizinhança!" stay).

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._names_en import english_names
from captions._propercase import proper_capitals


def _written(text: str, language: str) -> str:
    if language == "en":
        text = english_names(text, text)
    return proper_capitals(text, language)


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("en", "the new sign is up. thank you, dermot.", "thank you, Dermot."),
        ("fr", "le four est réparé, merci gaspard !", "merci Gaspard !"),
        ("it", "la vetrina è pronta. grazie, ottavio!", "grazie, Ottavio!"),
        ("es", "el mural quedó precioso, gracias eulalio", "gracias Eulalio"),
        ("pt", "a horta está linda. obrigada, zulmira.", "obrigada, Zulmira."),
    ],
)
def test_a_name_after_thanks_gets_its_capital(language: str, text: str, written: str) -> None:
    assert written in _written(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the new sign is up. thanks, folks!"),
        ("en", "the new sign is up. thank you kindly."),
        ("fr", "le four est réparé, merci infiniment !"),
        ("it", "la vetrina è pronta. grazie ragazzi!"),
        ("it", "la vetrina è pronta. grazie infinite!"),
        ("pt", "a horta está linda. obrigada, vizinhança!"),
        ("es", "el mural quedó precioso, gracias totales"),
    ],
)
def test_thanks_to_many_stays(language: str, text: str) -> None:
    assert _written(text, language) == text
