"""German short forms typed in lower case: a weekday's short form before a date is one,
with its period ("bis sa, 9.1." is "bis Sa., 9.1.", "am do 14.1." is "am Do. 14.1."), and
a noun after a letter and a hyphen is a noun, both parts with a capital ("e-bikes",
"u-bahn", "t-shirts" are "E-Bikes", "U-Bahn", "T-Shirts"); "x-mal" is an adverb."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Anmeldung bis sa, 16.3. per Mail.", "bis Sa., 16.3. per"),
        ("Konzert am fr 21.2. um 20 Uhr.", "am Fr. 21.2. um"),
        ("Flohmarkt am so, 4. mai im Hof.", "am So., 4. Mai"),
    ],
)  # fmt: skip
def test_a_short_weekday_before_a_date_is_written_with_its_period(typed: str, written: str) -> None:
    assert written in proper_capitals(typed, "de")


def test_a_short_word_that_is_no_weekday_stays_as_typed() -> None:
    assert proper_capitals("Es kamen so 12 Leute.", "de") == "Es kamen so 12 Leute."


def test_a_noun_after_a_letter_and_a_hyphen_is_written_as_one() -> None:
    text = proper_capitals("Neu: e-roller und t-shirts, mit der s-bahn x-mal gefahren.", "de")
    assert "E-Roller und T-Shirts" in text
    assert "S-Bahn x-mal" in text


def test_a_post_with_a_dated_weekday_and_e_bikes() -> None:
    content = "neue e-bikes im laden! probefahrt bis sa, 14.3. bei radhaus kettenblatt"
    for variant in captions_for(content, language="de"):
        caption = text_of(variant)
        assert "E-Bikes" in caption, caption
        assert "Sa., 14.3." in caption, caption
