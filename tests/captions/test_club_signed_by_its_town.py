"""An English business signed with its town is written whole wherever the caption says it.

Seen (review of lower-case English briefs): "ngoma dance club, lilongwe turns 10" gave a
hook "Ngoma dance club." (the caption set the town in a sentence of its own, and only
the sentence's capital was left), and "we are ngoma dance club, lilongwe" or "10 years
of ngoma dance club, lilongwe" kept the name in lower case. The house writes such a name
whole, kind and all, as it writes "Wren Café, Kamloops".

The rules: a name of several words the brief proves (each word typed in lower case and
written with its capital by the name rules, one of them no word the engine uses) is
written so wherever the caption keeps its words, the first perhaps with a sentence's
capital; and an English business named before its kind and signed with its town opens
after "at", "from", "of", "with", "to", "for", "by", "are", "join" or "visit". A kind
after a common word stays as typed ("our yoga studio, Leeds", "dance studio, Leeds").
"""

from __future__ import annotations

import pytest

from captions._propercase import brief_names, proper_capitals
from tests.captions.helpers import captions_for, text_of


def test_a_business_the_brief_proves_is_written_whole_in_a_sentence_of_its_own() -> None:
    brief = "kestrel running club, nakuru turns 5 today"
    assert brief_names(brief, "Kestrel running club. 🎉", "en") == "Kestrel Running Club. 🎉"


def test_the_hook_writes_the_whole_name() -> None:
    variants = captions_for("kestrel running club, nakuru turns 5 today", language="en")
    for variant in variants:
        assert "Kestrel running club" not in text_of(variant)
        assert "Kestrel Running Club" in text_of(variant)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("5 years of kestrel running club, nakuru!", "of Kestrel Running Club, Nakuru"),
        ("we are kestrel running club, nakuru and we train on sundays", "are Kestrel Running"),
        ("new kit with kestrel running club, nakuru", "with Kestrel Running Club, Nakuru"),
        ("thanks to mbira music school, harare for the show", "to Mbira Music School, Harare"),
    ],
)
def test_a_business_signed_with_its_town_after_a_preposition(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "en")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("proud of our yoga studio, leeds", "our yoga studio, Leeds"),
        ("come to dance studio, leeds", "dance studio, Leeds"),
        ("a cup of black coffee, leeds", "black coffee, Leeds"),
    ],
)
def test_a_kind_after_a_common_word_stays(typed: str, kept: str) -> None:
    assert kept in proper_capitals(typed, "en")


def test_a_phrase_of_common_words_is_not_carried() -> None:
    # "Dance Club" alone proves nothing: "the dance club" elsewhere stays
    brief = "ngoma dance club, lilongwe: the dance club of the north"
    assert "the dance club of" in brief_names(brief, "Join the dance club of the north.", "en")
