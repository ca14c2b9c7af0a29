"""A venue's town after its comma is no sentence of its own.

Seen: "open mic at the rose and crown, ludlow from 7pm" was retold "Open mic at the Rose
and Crown." then "Ludlow from 7pm.", and "craft fair at st mary's church hall, corbridge
on sunday" gave "Corbridge on Sunday.": a lone sentence was cut at its comma, and what
followed the venue was its town, a fragment alone.

The rule: a comma after a venue ("at …", "en …", "no …") followed by its town (one the
gazetteer knows, or in English a word the vocabulary lacks that ends its clause) does
not split the sentence.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        ("open mic at the rose and crown, ludlow from 7pm", "Rose and Crown, Ludlow from 7pm"),
        ("craft fair at st mary's church hall, corbridge on sunday", "hall, Corbridge on Sunday"),
        ("jazz brunch at the old corn exchange, alnwick this sunday", "Exchange, Alnwick this"),
    ],
)  # fmt: skip
def test_the_town_stays_with_its_venue(content: str, kept: str) -> None:
    for variant in captions_for(content, language="en"):
        assert kept in text_of(variant), text_of(variant)
