"""English names a brief types in lower case are written with their capitals where the
brief proves them.

A brief typed in lower case ("launching the kea wallet from kiwi tannery … shop at
kiwitannery.co.nz", "send your cv to jobs@possumplumbing.nz", "uk and usa shipping") was
retold word for word, and a reviewer marked every such caption an edit. The words its
own link, e-mail address or @handle spell, the short forms English writes in capitals,
and one or two uncommon words right before a kind of business after "at", "from" or
"visit" (or opening a sentence whose verb follows) are now written with capitals; an
everyday word, a describing word, a dish, a word the user capitalised, a hashtag, a
mention and a link stay as typed.
"""

from __future__ import annotations

import pytest

from captions._names_en import english_names
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "brief", "written"),
    [
        # the brief's link, e-mail address or handle spells the name
        ("Launching from kiwi tannery today.", "shop at kiwitannery.co.nz",
         "Launching from Kiwi Tannery today."),
        ("Possum plumbing is hiring.", "cv to jobs@possumplumbing.nz",
         "Possum Plumbing is hiring."),
        ("New at owl and moth this week.", "follow @owlandmoth_nz",
         "New at Owl And Moth this week."),
        ("Fresh loaves at owl bakery.", "order via theowlbakery.com",
         "Fresh loaves at Owl Bakery."),
        ("A look inside weta-kiwi leather's workshop", "@wetakiwileather",
         "A look inside Weta-Kiwi Leather's workshop"),
        ("at wirrah outfitters, and from numbat apparel", "",
         "at Wirrah Outfitters, and from Numbat Apparel"),
        # short forms English writes in capitals
        ("Uk and usa shipping, send your cv", "", "UK and USA shipping, send your CV"),
        ("a diy-minded apprentice, dm us", "", "a DIY-minded apprentice, DM us"),
        # uncommon words before a kind of business, after "at", "from", "visit"
        ("brisket at quokka bbq tonight", "", "brisket at Quokka BBQ tonight"),
        ("a sale at bunyip surf wollongong, all week", "",
         "a sale at Bunyip Surf Wollongong, all week"),
        ("come and visit wallaroo cycles today", "", "come and visit Wallaroo Cycles today"),
        # or opening a sentence whose verb follows
        ("Quokka aircon is hiring in perth.", "", "Quokka Aircon is hiring in perth."),
    ],
)  # fmt: skip
def test_a_name_the_brief_proves_gets_its_capitals(typed: str, brief: str, written: str) -> None:
    assert english_names(typed, brief) == written


@pytest.mark.parametrize(
    ("typed", "brief"),
    [
        # everyday and describing words before a kind, and no name slot
        ("we ate at the bakery, then the local gym", ""),
        ("Tiny bakery is hiring.", ""),
        ("Our coffee is ready at good coffee", ""),
        ("fresh arancini and mostaza from the deli", ""),
        ("Sourdough bakery is open, artisan bakery is open", ""),
        ("Keto bakery is open, a class at reiki studio", ""),
        ("Bunyip surf, wollongong has wetsuits.", ""),
        # a user's capitals are kept; "us", "it" are no short forms
        ("a sale at Bunyip surf, join us", ""),
        ("Wombat aircon is hiring, owl cafe too", ""),
        ("Made in NZ, it ships to us", ""),
        # an everyday word is no name because a handle spells it
        ("sunshine all day, more sunshine", "@sunshine and sunshine.com"),
        # a hashtag, a mention, a link, an e-mail address
        ("#uk #kiwitannery @kiwitannery kiwitannery.co.nz cv@kiwitannery.nz", "kiwitannery.co.nz"),
    ],
)
def test_what_the_brief_does_not_prove_stays_as_typed(typed: str, brief: str) -> None:
    assert english_names(typed, brief) == typed


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("see you this fri, open mon-sat", "see you this Fri, open Mon-Sat"),
        ("open tue to thurs, back in nov", "open Tue to Thurs, back in Nov"),
        ("sun-fri hours, and on wed too", "Sun-Fri hours, and on Wed too"),
        ("open mon to sat, sat-sun brunch", "open Mon to Sat, Sat-Sun brunch"),
    ],
)
def test_a_short_day_or_month_gets_its_capital(typed: str, written: str) -> None:
    assert english_names(typed, "") == written


@pytest.mark.parametrize(
    "typed",
    [
        "we sat in the sun, then the mon river",
        "we sat to sun ourselves",
        "the sun dec of a ship, a wed couple",
        "#fri @sat fri.com, a fri-day?",
    ],
)
def test_a_word_that_is_also_a_short_day_stays_as_typed(typed: str) -> None:
    assert english_names(typed, "") == typed


@pytest.mark.parametrize(
    ("content", "written"),
    [
        ("launching the kea wallet from kiwi tannery in whanganui. shop at kiwitannery.co.nz",
         "Kiwi Tannery"),
        ("possum plumbing is hiring an apprentice. send your cv to jobs@possumplumbing.nz",
         "Send your CV"),
        ("boxing day sale at bunyip surf wollongong, 30% off all wetsuits",
         "Bunyip Surf Wollongong"),
        ("new brisket at quokka bbq this friday, come hungry", "Quokka BBQ"),
        ("brisket is back this fri, open till 9", "this Fri"),
    ],
)  # fmt: skip
def test_the_caption_writes_the_names_the_brief_proves(content: str, written: str) -> None:
    texts = [text_of(v) for v in captions_for(content, language="en")]
    assert any(written in t for t in texts), texts
