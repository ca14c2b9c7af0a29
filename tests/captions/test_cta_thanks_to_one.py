"""A thank-you to one maker, trade or person ("Thank you to @x for fixing our roof") is
asked to send that one some love or a follow, never for the crowd's "favourite moment",
"your story" or "see you next time", which thank everyone who came to something."""

from __future__ import annotations

import re

from .helpers import captions_for, text_of

_CROWD_ASK = re.compile(r"(?i)favourite moment|your story|see you next time|part of it")


def _endings(content: str, tone: str) -> list[str]:
    return [text_of(v).split("\n")[-1] for v in captions_for(content, tone=tone)]


def test_thanks_to_one_maker_asks_for_them() -> None:
    for content, tone in (
        ("Huge thanks to @marlow.plumbing for sorting our burst pipe on a Sunday night.", "casual"),
        ("thank you to @ada.signs for our new shop sign, hand painted in two days", "professional"),
        ("Thank you to Amara Okafor for the mural on our shop front. We love it.", "casual"),
    ):
        endings = _endings(content, tone)
        assert not any(_CROWD_ASK.search(e) for e in endings), endings
        assert any(rx_them(e) for e in endings), endings


def rx_them(ending: str) -> bool:
    return bool(re.search(r"\bthem\b|@\w", ending))


def test_thanks_to_a_crowd_keeps_its_asks() -> None:
    content = "Thank you to everyone who came to quiz night at the Copper Kettle! 42 teams."
    endings = _endings(content, "casual")
    assert not any("follow" in e for e in endings), endings
