"""What an English post is for, read from its shape rather than a side word (a social-media
manager's read of invented posts): a trip counted in days is travel, whatever was eaten
on it; a run for a named hospice is a fundraiser, not training; the hour before opening
is behind the scenes; "holiday glam" is make-up, not a trip; a price gone up and storm
damage are news told plainly. A comparison ("smelled like eggs") or a warning ("keep away
from cats") names nothing the emoji or the intent should take."""

from __future__ import annotations

import re

import pytest

from captions._sure import confidence
from captions._understand import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_EN = "en"


def test_a_trip_counted_in_days_is_travel() -> None:
    content = (
        "Four days in Marrowby Bay: the harbour walk at low tide, crab tacos at Quay 3, and a "
        "sulphur pool that smelled like eggs and was lovely anyway."
    )
    assert read_post(content, _EN).intent == "travel"


def test_a_comparison_gives_no_emoji() -> None:
    content = (
        "Four days in Marrowby Bay: the harbour walk at low tide, crab tacos at Quay 3, and a "
        "sulphur pool that smelled like eggs and was lovely anyway."
    )
    for variant in captions_for(content, language=_EN, emoji=True):
        assert "🥚" not in variant.caption, variant.caption


def test_a_warning_names_no_animal() -> None:
    content = (
        "how to keep your amaryllis flowering into february: cool room, turn the pot weekly, "
        "water from below, keep away from dogs"
    )
    assert read_post(content, _EN).intent == "tip"
    for variant in captions_for(content, language=_EN, emoji=True):
        assert not re.search("[🐶🐕🐾]", variant.caption), variant.caption


@pytest.mark.parametrize(
    "content",
    [
        "Swimming the Lough Arrow mile on 16 January for Beacon Ridge Hospice. Every €10 "
        "pays for a night of care. gofundme.com/f/beaconridgeswim",
        "doing the dunmere half marathon in march for the local food bank, "
        "justgiving.com/page/tessruns, every pound helps",
    ],
)
def test_a_sport_for_a_cause_is_charity(content: str) -> None:
    assert read_post(content, _EN).intent == "charity"
    for variant in captions_for(content, language=_EN):
        body = text_of(variant)
        assert not re.search(r"(?i)training partner|joining the next one", body), body


def test_a_fundraising_address_keeps_its_lower_case() -> None:
    content = (
        "Swimming the Lough Arrow mile on 16 January for Beacon Ridge Hospice. Every €10 "
        "pays for a night of care. gofundme.com/f/beaconridgeswim"
    )
    for variant in captions_for(content, language=_EN):
        assert "Gofundme" not in variant.caption, variant.caption
        assert "gofundme.com/f/beaconridgeswim" in variant.caption, variant.caption


def test_the_work_before_opening_is_behind_the_scenes() -> None:
    content = (
        "4am at the roastery, cupping 12 lots before the first customers at 7. "
        "this is the part nobody sees"
    )
    assert read_post(content, _EN).intent == "behind_the_scenes"


def test_holiday_make_up_is_beauty_not_travel() -> None:
    content = (
        "holiday glam bookings open at studio amara, victoria island. soft glam + lashes "
        "₦38,000, dm to book"
    )
    post = read_post(content, _EN)
    assert post.intent == "fashion_beauty"
    for variant in captions_for(content, language=_EN, emoji=True):
        assert "#travel" not in variant.hashtags, variant.caption
        assert "🏝️" not in variant.caption, variant.caption


def test_a_week_of_specials_is_food_not_an_event() -> None:
    content = (
        "this week's specials at suya spot: ram suya ₦4,000, asun ₦3,500, chapman by the "
        "jug ₦2,000. ikeja gra, open till 11pm"
    )
    assert read_post(content, _EN).intent == "food"
    variants = captions_for(content, language=_EN, emoji=True)
    assert all("📅" not in v.caption for v in variants)


@pytest.mark.parametrize(
    "content",
    [
        "Someone asked why our cinnamon buns went up to £2.90. Flour and butter cost a "
        "third more than last year, and we won't make them smaller.",
        "Hail damage: the glasshouse at Birchmoor Nursery lost half its panes. No bedding "
        "plants until February.",
    ],
)
def test_a_price_rise_or_storm_damage_is_a_notice(content: str) -> None:
    assert confidence(read_post(content, _EN)).notice
    for variant in captions_for(content, language=_EN):
        body = text_of(variant)
        assert not re.search(r"(?i)dinner buddy|on the menu next|who'd love it", body), body
        assert "#foodie" not in variant.hashtags, variant.caption


def test_a_labelled_notice_gets_no_second_label() -> None:
    content = (
        "Hail damage: the glasshouse at Birchmoor Nursery lost half its panes. No bedding "
        "plants until February."
    )
    assert confidence(read_post(content, _EN)).notice
    for variant in captions_for(content, language=_EN):
        first = text_of(variant).split("\n")[0]
        assert first.count(":") == 1, first


@pytest.mark.parametrize(
    ("content", "written"),
    [
        ("carols and mulled wine on christmas eve at the drovers rest from 7pm", "Christmas Eve"),
        ("new year's day dip at Sandy Haven, 11am sharp, towels and soup after", "New Year's Day"),
    ],
)
def test_a_named_holiday_day_keeps_both_capitals(content: str, written: str) -> None:
    for variant in captions_for(content, language=_EN):
        assert written in variant.caption, variant.caption


def test_tags_of_a_trip_are_not_food_tags() -> None:
    content = (
        "Four days in Marrowby Bay: the harbour walk at low tide, crab tacos at Quay 3, and a "
        "sulphur pool that smelled like eggs and was lovely anyway."
    )
    tags = {t.lower() for t in tags_of(captions_for(content, language=_EN))}
    assert not tags & {"#foodie", "#foodstagram"}, tags


def test_a_shouted_holiday_heading_is_not_half_recased() -> None:
    content = "CHRISTMAS EVE SALE at Bramble Lane Books: 25% off every hardback, 9am to 4pm"
    for variant in captions_for(content, language=_EN):
        assert "Christmas Eve SALE" not in variant.caption, variant.caption
        assert "CHRISTMAS EVE SALE" in variant.caption, variant.caption
