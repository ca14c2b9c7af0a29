"""Names read whole and people read as people:

- a first name after its role ("our founder Priya", "notre fondatrice Claire", "our
  head chef Tomasz") is a person, no tag (#Priya was the first tag of an award post);
- a shop whose name opens with a word of a cue phrase ("Black Pine Records", black as
  in "black friday") keeps that word (#PineRecords);
- "a little look at how we pack" is no thing to tag (#LittleLook).
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        (
            "our founder Priya was named Young Entrepreneur of the Year at the Bristol "
            "Business Awards last night 🏆",
            "en",
            "priya",
        ),
        ("notre fondatrice Claire fête ses 60 ans samedi au salon de thé", "fr", "claire"),
        (
            "so proud: our head chef Tomasz has been shortlisted for Chef of the Year",
            "en",
            "tomasz",
        ),
    ],
)
def test_a_first_name_after_its_role_is_no_tag(content: str, language: str, name: str) -> None:
    assert f"#{name}" not in post_tags(content, language, 5, lower=True)


def test_a_name_opening_with_a_cue_phrase_word_is_whole() -> None:
    content = "Black Pine Records: vinyl sale, all used LPs 2 for £15 this weekend only"
    tags = post_tags(content, "en", 5)
    assert "#BlackPineRecords" in tags
    assert "#PineRecords" not in tags


def test_a_look_is_no_thing() -> None:
    content = (
        "a little look at how we pack your orders: tissue paper, a handwritten note, "
        "and a sprig of dried lavender 💜"
    )
    assert "#littlelook" not in post_tags(content, "en", 5, lower=True)
