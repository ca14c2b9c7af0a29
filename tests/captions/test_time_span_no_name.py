"""A time span that opens a sentence is no name: "Sabato 12 ottobre festeggiamo dieci anni!
Dalle 10 alle 18 caffè e torta per tutti." was about "Dalle 10" and tagged #Dalle10.
"dalle", "ab", "bis", "dès", "until" are prepositions like "dal" and "von".

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("language", "content", "junk"),
    [
        (
            "it",
            "Sabato 12 ottobre festeggiamo dieci anni! Dalle 10 alle 18 caffè e torta per tutti.",
            "Dalle",
        ),
        (
            "de",
            "Samstag feiern wir zehn Jahre Laden! Ab 10 Uhr Kaffee und Kuchen für alle.",
            "Ab",
        ),
        ("fr", "Samedi on fête nos dix ans ! Dès 10h café et gâteau pour tous.", "Dès"),
    ],
)
def test_a_time_span_is_no_name(language: str, content: str, junk: str) -> None:
    post = read_post(content, language)
    assert not post.subject.text.startswith(junk), post.subject
    tags = post_tags(content, language, 6)
    assert not any(t.lower().startswith(f"#{junk.lower()}") for t in tags), tags
