"""A business's first year or decade is an anniversary (blind review: tags).

Seen: business anniversaries that count no "years" ("our first year", "ein
Jahrzehnt") got only #milestone / #meilenstein. The rule: the years sub-domain of a
milestone also reads one year and a decade ("first year", "one year", "a year ago",
"decade"; "ein Jahr", "ersten Jahr", "Jahrzehnt", "Jahrestag"), so the post gets
#anniversary / #jubiläum; a milestone that counts followers or a best year gets none.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("One year of Fern & Flour: 12,000 loaves baked!", "en", "#anniversary"),
        ("Our first year: 1,000 candles poured at Wick & Ember!", "en", "#anniversary"),
        (
            "Jahrestag! Vor einem Jahr hat die Fahrradwerkstatt Speiche aufgemacht: 1.200 Räder "
            "repariert.",
            "de",
            "#jubiläum",
        ),
    ],
)
def test_one_year_is_an_anniversary(content: str, language: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("1,000 followers! Thank you all so much.", "en", "#anniversary"),
        ("Best year yet: 500 orders shipped from our tiny studio!", "en", "#anniversary"),
        ("Meine Oma wird heute 90 Jahre, wir feiern im Garten.", "de", "#jubiläum"),
    ],
)
def test_no_years_of_the_business_no_anniversary(content: str, language: str, wrong: str) -> None:
    assert wrong not in post_tags(content, language, 5, lower=True)
