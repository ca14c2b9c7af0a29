""" "der", "die", "das" after a preposition: the article, never a pronoun.

A German brief typed in lower case says "frisch aus dem garten" or "erst in den
schuppen": "der", "die", "das", "den", "dem" alone may be pronouns ("…, der das sehen
muss"), so a noun that is also a verb's or adjective's form ("garten", "schuppen") was
left in lower case after them. After a preposition they are the article, and the noun
after them is a noun; after a comma a preposition opens a relative clause ("…, in dem
wir …") and the words after it are read as before.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("äpfel frisch aus dem garten", "Äpfel frisch aus dem Garten"),
        ("erst in den schuppen, dann auf die wiese", "erst in den Schuppen, dann auf die Wiese"),
        ("nach dem baden gibt es tee", "nach dem Baden gibt es Tee"),
        ("die bretter mit der säge zugeschnitten", "die Bretter mit der Säge zugeschnitten"),
        ("picknick unter den bäumen am see", "Picknick unter den Bäumen am See"),
    ],
)  # fmt: skip
def test_a_noun_after_a_preposition_and_its_article_is_a_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


def test_a_relative_clause_after_a_comma_is_read_as_before() -> None:
    # "…, in dem wir …": after a comma the preposition opens a relative clause
    assert proper_capitals("die hütte, in der wir wohnen", "de") == "die Hütte, in der wir wohnen"
