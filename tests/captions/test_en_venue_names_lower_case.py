"""An English venue typed in lower case is a name: "quiz night at the red lion, ludlow"
was retold "at the red lion" and "live music tonight at the old fire station, hexham"
kept "hexham" in lower case.

The rule (a wrong capital is worse than a missing one, so only where it is certain): a
pub is named after the picture on its sign, so a sign's picture after a colour, "old",
"royal" or a king's ("the black bull", "the white hart"), two pictures joined by "and"
("the rose and crown"), a trade's or a king's "arms" after a preposition ("at the
bricklayers arms") and a king's or a nag's "head" are written with capitals; a
building's old use names a venue when its town follows ("the old corn exchange,
alnwick"); and a town after a venue's comma that ends its clause is one ("…, hexham",
"…, saffron walden"), where the gazetteer knows it or the vocabulary lacks the word. The
post stays about the event, not the venue. A picture alone ("the crown"), a colour and a
thing ("the red door") and an old building with no town ("at the old school, then")
stay as typed.
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._names_en import english_names
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("pub quiz tonight at the black bull, hexham. teams of 4", "at the Black Bull, Hexham."),
        ("open mic at the rose and crown from 7pm", "at the Rose and Crown from"),
        ("curry night at the bricklayers arms, saturday 7pm", "at the Bricklayers Arms,"),
        ("beer festival at the nag's head this weekend", "at the Nag's Head this"),
        ("jazz at the old corn exchange, alnwick this sunday", "the Old Corn Exchange, Alnwick"),
        ("comedy at the white hart, saffron walden. £8", "the White Hart, Saffron Walden."),
    ],
)  # fmt: skip
def test_a_lower_case_venue_and_its_town_are_written_with_capitals(
    typed: str, written: str
) -> None:
    assert written in english_names(typed, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "we painted the red door and the white fence",
        "the crown looked lovely on her",
        "we met at the old school, then went home",
        "a drink at the pub, then home",
        "the old mill is for sale",
    ],
)
def test_a_phrase_of_the_language_stays_as_typed(typed: str) -> None:
    assert english_names(typed, typed) == typed


@pytest.mark.parametrize(
    ("content", "venue", "event"),
    [
        ("pub quiz tonight at the black bull, hexham. teams of 4, £2 a head", "Black Bull", "quiz"),
        ("open mic at the kings arms, rothbury. sign up from 7pm", "Kings Arms", "open mic"),
    ],
)  # fmt: skip
def test_the_post_is_about_the_event_at_the_named_venue(
    content: str, venue: str, event: str
) -> None:
    assert event in read_post(content, "en").subject.text.lower()
    for variant in captions_for(content, language="en"):
        assert f"the {venue}" in text_of(variant), text_of(variant)
