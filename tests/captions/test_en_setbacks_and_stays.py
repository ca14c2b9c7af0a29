"""English posts read by a strict reviewer (reader-en, issue 12).

An apology that opens with a bare "sorry" ("Sorry our deliveries were late this week",
"sorry, the card machine is down today") and a setback the account tells ("We didn't get
the grant this year", "our funding bid was unsuccessful") are notices: they got ✨ and
"What made you smile today?". "Sorry to hear", "sorry not sorry" and a grant won stay
what they are.

A stay typed in lower case in a town the gazetteer knows ("weekend in galway, chowder at
a tiny pub") is the trip, as "Weekend in Galway" was: it got "What should be on the menu
next?".
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

_CHEERFUL = ("little joy", "made you smile", "spend a day like this", "✨", "🎉", "menu next")


@pytest.mark.parametrize(
    "content",
    [
        "Sorry our parcels went out late this week",
        "sorry, the card machine is down again today, cash only",
        "sorry we missed your calls on monday, the phone line was cut",
        "we didn't get the funding this year, so the summer camp won't run",
        "We didn't get the council grant this time",
        "our bid for the market pitch was unsuccessful. we'll try again in spring",
    ],
)
def test_a_bare_sorry_or_a_setback_is_a_notice(content: str) -> None:
    assert confidence(read_post(content, "en")).notice


@pytest.mark.parametrize(
    "content",
    [
        "sorry not sorry, second slice of cake today",
        "so sorry to hear about the fire at the bakery next door, we're sending coffee over",
        "We got the council grant! The garden build starts in May",
        "didn't get the memo about matching outfits 😂",
    ],
)
def test_no_apology_or_setback_is_no_notice(content: str) -> None:
    assert not confidence(read_post(content, "en")).notice


@pytest.mark.parametrize(
    "content",
    ["Sorry our parcels went out late this week", "We didn't get the council grant this time"],
)
def test_a_short_setback_gets_no_cheerful_lines(content: str) -> None:
    for tone in ("playful", "casual", "inspirational"):
        for variant in captions_for(
            content, tone=tone, length="short", hashtags=5, emoji=True, cta=True
        ):
            text = text_of(variant).lower()
            assert not any(c in text for c in _CHEERFUL), text


@pytest.mark.parametrize(
    "content",
    [
        "weekend in galway, chowder at a tiny pub and the wind nearly took my hat",
        "two nights in edinburgh, haggis pie and a whisky by the fire",
        "long weekend in lisbon, custard tarts at every corner and my feet are done",
    ],
)
def test_a_stay_typed_in_lower_case_is_the_trip(content: str) -> None:
    assert read_post(content, "en").intent == "travel"


@pytest.mark.parametrize(
    "content",
    ["weekend in bed with soup and old films", "two nights in bath, a hot water bottle and soup"],
)
def test_a_stay_in_a_common_word_is_no_trip(content: str) -> None:
    assert read_post(content, "en").intent != "travel"
