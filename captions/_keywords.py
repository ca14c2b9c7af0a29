"""Keyword extraction with YAKE (per language), plus the content's sentences and words.

YAKE scores candidate phrases statistically (no model, ~2 ms); lower is better.
Content that YAKE finds nothing in (a single word, only emoji) falls back to its
plain words, then to the names of its emoji.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import emoji

if TYPE_CHECKING:
    import yake

__all__ = ["Keyword", "extract_keywords", "sentences", "stopwords", "strip_markup", "words_of"]

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<!\w)@[\w.]+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*", re.UNICODE)
_TAG = re.compile(r"(?<![\w&])#\w+", re.UNICODE)
_WEAK = frozenset(
    [
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "now",
        "time",
        "thing",
        "things",
        "way",
        "lot",
        "bit",
    ]
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
# yake's stop-word files use a few non-ISO codes
_YAKE_CODES = {"cs": "cz"}


@dataclass(frozen=True, slots=True)
class Keyword:
    """A key phrase of the content; ``score`` is YAKE's (lower = more relevant)."""

    text: str  # as written in the content ("Sunset hike", "Valencia")
    score: float

    @property
    def words(self) -> list[str]:
        """Lower-cased words of the phrase."""
        return [w.lower() for w in _WORD.findall(self.text)]


@functools.cache
def _extractor(language: str) -> yake.KeywordExtractor:
    # imported on first use: yake pulls in numpy and networkx (~30 MiB, ~0.4 s), which a
    # service that never writes an offline caption should not pay for at start-up
    import yake

    return yake.KeywordExtractor(lan=_YAKE_CODES.get(language, language), n=2, top=10)


def stopwords(language: str) -> frozenset[str]:
    """YAKE's stop words for ``language`` (lower-case), plus words too vague for a tag."""
    return _stopwords(language)


@functools.cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _extractor(language).stopword_set) | _WEAK


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


def _emoji_names(text: str) -> list[Keyword]:
    found: list[Keyword] = []
    for match in emoji.emoji_list(text):
        name = emoji.demojize(match["emoji"]).strip(":").replace("_", " ")
        if name and all(k.text != name for k in found):
            found.append(Keyword(name, 1.0 + len(found)))
    return found


def extract_keywords(
    content: str, language: str = "en", *, exclude: frozenset[str] = frozenset(), top: int = 8
) -> list[Keyword]:
    """The content's key phrases, most relevant first.

    Args:
        content: the post description.
        language: ISO 639-1 code for YAKE's stop words (unknown codes: none).
        exclude: lower-cased words that must not appear in any keyword (banned,
            profane); phrases containing one are dropped.
        top: at most this many keywords.
    """
    plain = strip_markup(content)
    try:
        raw = _extractor(language).extract_keywords(plain)
    except (ValueError, ZeroDivisionError, IndexError):  # degenerate input inside yake
        raw = []
    found = [Keyword(str(text), float(score)) for text, score in raw]
    if not found:
        seen: dict[str, Keyword] = {}
        for i, word in enumerate(_WORD.findall(plain)):
            if len(word) > 1 and word.lower() not in seen:
                seen[word.lower()] = Keyword(word, 0.5 + i)
        tags = [Keyword(t, 0.9) for t in _TAG.findall(content)]  # "#sundayfunday" alone
        found = list(seen.values()) or [Keyword(t.text[1:], t.score) for t in tags]
        found = found or _emoji_names(content)
    kept: list[Keyword] = []
    for kw in found:
        words = kw.words
        if not words or any(w in exclude for w in words):
            continue
        if all(len(w) < 2 or w in _WEAK for w in words):
            continue
        kept.append(kw)
    return kept[:top]
