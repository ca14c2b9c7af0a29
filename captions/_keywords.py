"""Small text helpers shared by the engines and the rules: words, sentences, markup."""

from __future__ import annotations

import re

import emoji

__all__ = ["sentences", "strip_markup", "words_of"]

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<!\w)@[\w.]+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*", re.UNICODE)
_TAG = re.compile(r"(?<![\w&])#\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def strip_markup(text: str, *, keep_mentions: bool = False) -> str:
    """``text`` without URLs, @mentions (unless kept), emoji and ``#tags``."""
    if not keep_mentions:
        text = _URL.sub(" ", text)
        text = _MENTION.sub(" ", text)
    text = _TAG.sub(" ", text)
    return emoji.replace_emoji(text, " ")


def words_of(text: str) -> list[str]:
    """Lower-cased words of ``text`` (letters first; digits, apostrophes, hyphens inside)."""
    return [w.lower() for w in _WORD.findall(text)]


def sentences(text: str) -> list[str]:
    """The sentences (and lines) of ``text``, stripped, empty ones dropped."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
