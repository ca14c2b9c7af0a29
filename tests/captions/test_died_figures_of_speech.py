""" "Died" said in jest or of a thing tells no death (review of the day's change: "died"
became a sensitive cue, and "I died when I saw this dress 😂" lost its fashion asks and
tags for "Share a memory in the comments"); a death told stays mourned."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "I died when I saw this dress 😂 so good",
        "I nearly died laughing at this video of the new puppy 😂",
        "We all died laughing at the staff party last night 😂",
        "Our sourdough starter nearly died over the holidays but it's bubbling again.",
        "My grandad's old van finally died after 300,000 miles.",
    ],
)
def test_a_figure_of_speech_is_no_death(content: str) -> None:
    post = read_post(content, "en")
    assert not post.sensitive, (post.intent, post.flags)


@pytest.mark.parametrize(
    "content",
    [
        "We're so sad to tell you that Pickle, our bakery cat of 9 years, died on Friday.",
        "Our founder Walter Green died on Sunday, aged 88. The shop is closed on Tuesday.",
    ],
)
def test_a_death_told_is_mourned(content: str) -> None:
    assert read_post(content, "en").sensitive
