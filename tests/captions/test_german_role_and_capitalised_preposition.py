"""A noun after "als", and after a preposition that opens a sentence.

"mit dabei als koch: unser sohn" names a role as a preposition names a place, and "Pro runde
zahlt ihr 5 €" opens its sentence with a preposition written with its capital; both
kept the noun that is also a verb's form ("koch", "runde") in lower case, since a
preposition was read only in lower case, and "als" not as one. A noun's genitive in
"-es" ("tages", "marktes") no longer makes a noun an adjective's form there: "pro
tag", "seit tag 1".
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("mit dabei als koch: unser sohn", "mit dabei als Koch: unser Sohn"),
        ("Pro runde zahlt ihr 5 €.", "Pro Runde zahlt ihr 5 €."),
        # (a noun after a preposition is no town either: "In Kürze", as German writes it)
        ("In kürze eröffnen wir.", "In Kürze eröffnen wir."),
        ("geöffnet seit tag 1, zwei kurse pro tag", "geöffnet seit Tag 1, zwei Kurse pro Tag"),
    ],
)  # fmt: skip
def test_a_noun_after_als_or_a_capitalised_preposition(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


def test_an_adjective_after_als_or_a_preposition_stays() -> None:
    typed = "als erstes kaffee, für gut befunden, seit langem"
    assert proper_capitals(typed, "de") == "als erstes Kaffee, für gut befunden, seit langem"
