"""A group collecting things for others is a drive, not a sale (blind review 14: a book
drive that said "Can't drop off? Send GH₵20 and we buy one book" was read as a sale and
tagged #sale #shopsmall): "X is collecting … for …", a book drive and money sent to buy
one book for the cause are a charity's words.

Posts invented for this test.
"""

from __future__ import annotations

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

BRIEF = (
    "Marula Reading Club is collecting books for the library at our primary school in "
    "Gaborone 📚 We need picture books for ages 5-10, plus crayons and exercise books. "
    "Can't drop off? Send P50 and we buy one book. Drop-off Sat 16 Jan, 9am-1pm."
)


def test_a_group_collecting_books_is_a_drive() -> None:
    assert read_post(BRIEF, "en").intent == "charity"
    tags = tags_of(captions_for(BRIEF, language="en"))
    assert not tags & {"#sale", "#shopsmall"}, tags
