"""The capitals typed before a currency's sign ("GH₵50", "HK$55", "NZ$12", "US$3") say
whose currency it is: never a name of the post, never its subject (blind review 17:
"highlife sunday is back … GH₵60 a plate" read "GH" as the subject, and a variant opened
with the food stall's price line because it "named" it). Posts invented for this test."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, hooks_of

POSTS = [
    (
        "en",
        "GH",
        "kpanlogo friday is back 🥁 mango tree bar in labadi, accra, every friday from 7pm "
        "till late. first one of the year fri 8 jan with the nii okai band live. banku + "
        "grilled croaker from auntie esi's grill, GH₵50 a plate. entry free, no booking, "
        "first come first seated. follow @mangotreebar for the line-up 🎶 bring your "
        "dancing shoes",
    ),
    (
        "en",
        "HK",
        "open mic mondays are back 🎤 the cedar room in kowloon, every monday from 8pm. "
        "first one of the year mon 11 jan with host jay wong. noodles from uncle lee's "
        "stall, HK$55 a bowl. entry free, no booking. follow @cedarroom for the line-up",
    ),
    (
        "en",
        "NZ",
        "salsa sundays are back 💃 la terraza in wellington, every sunday from 6pm. first "
        "one of the year sun 10 jan with dj rosa. tacos from the chilli van, NZ$12 a plate. "
        "entry free, no booking. follow @laterrazawgtn for the line-up",
    ),
]


@pytest.mark.parametrize(("language", "letters", "content"), POSTS)
def test_a_currencys_letters_are_no_name(language: str, letters: str, content: str) -> None:
    post = read_post(content, language)
    assert letters not in [n.text for n in post.names], post.names
    assert post.subject.text != letters, post.subject
    for hook in hooks_of(captions_for(content, language=language, tone="playful")):
        assert letters not in hook, hook  # the price line never opens a variant
