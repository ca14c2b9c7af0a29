"""Hashtags: candidates from the content's keywords, cleaned, filtered and ranked.

A keyword phrase gives one joined tag (``Sunset hike`` → ``#SunsetHike``) and one
tag per word; a run-together word is split with ``wordninja`` so multi-word tags
read in CamelCase (``#sundayfunday`` → ``#SundayFunday``, which screen readers say
as words). Tags the user wrote in the content rank first, then phrases, then
single words, each by YAKE relevance. Banned/spam tags (``config/banned_hashtags.txt``),
clichés, brand-banned and profane words never pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ._keywords import Keyword, words_of

__all__ = [
    "clean_tag",
    "rank_hashtags",
    "split_tag_words",
    "tag_from_words",
    "tags_in",
    "verbish",
]

_TAG_IN_TEXT = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)
_INVALID = re.compile(r"[^\w]", re.UNICODE)
_MAX_TAG_CHARS = 30
_MAX_PHRASE_WORDS = 3


def tags_in(text: str) -> list[str]:
    """The ``#tag`` bodies written in ``text``, in order."""
    return _TAG_IN_TEXT.findall(text)


@functools.lru_cache(maxsize=4096)
def split_tag_words(body: str) -> tuple[str, ...]:
    """The words of a run-together ASCII tag body (``sundayfunday`` → sunday, funday)."""
    if not body.isascii() or not body.isalpha() or len(body) < 8:
        return (body.lower(),)
    # imported on first use: its word model costs ~13 MiB of memory
    import wordninja

    parts = [p.lower() for p in wordninja.split(body)]
    if len(parts) > 1 and all(len(p) >= 3 for p in parts):
        return tuple(parts)
    return (body.lower(),)


def tag_from_words(words: Iterable[str], *, split: bool = True) -> str | None:
    """``#word`` for one word, ``#CamelCase`` for several; None if nothing valid is left.

    ``split``: run-together English words are split with wordninja (off for other
    languages, whose words wordninja does not know).
    """
    parts: list[str] = []
    for word in words:
        body = _INVALID.sub("", word.replace("'", "").replace("\u2019", ""))
        if body:
            parts.extend(split_tag_words(body) if split else (body.lower(),))
    if not parts:
        return None
    body = parts[0].lower() if len(parts) == 1 else "".join(p[:1].upper() + p[1:] for p in parts)
    return clean_tag(body)


def clean_tag(raw: str) -> str | None:
    """A valid ``#tag`` (letters, digits, underscore; not only digits; ≤ 30 chars) or None."""
    body = _INVALID.sub("", raw.lstrip("#"))
    if len(body) < 2 or len(body) > _MAX_TAG_CHARS or body.replace("_", "").isdigit():
        return None
    return f"#{body}"


def rank_hashtags(
    keywords: list[Keyword],
    content: str,
    *,
    blocked: frozenset[str],
    blocked_words: frozenset[str] = frozenset(),
    limit: int,
    split: bool = True,
    stop: frozenset[str] = frozenset(),
) -> list[str]:
    """Up to ``limit`` hashtags for the content, most relevant first, deduplicated.

    Args:
        keywords: the content's keywords, most relevant first.
        content: the post description (its own ``#tags`` are kept first).
        blocked: lower-case tag bodies never to emit (banned, spam, clichés).
        blocked_words: lower-case words no tag may contain (brand-banned, profane).
        limit: the cap (0 → none).
        split: split run-together words with wordninja (English only).
        stop: stop words of the content's language, never a tag on their own.
    """
    if limit <= 0:
        return []
    scored: list[tuple[float, int, str]] = []
    order = 0

    def add(tag: str | None, score: float) -> None:
        nonlocal order
        if tag is not None:
            scored.append((score, order, tag))
            order += 1

    for body in tags_in(content):
        add(tag_from_words([body], split=split), -1.0)
    for rank, kw in enumerate(keywords):
        words = kw.words
        base = kw.score + rank * 0.01
        # words of prose are words already: only run-together #tags are split
        if 1 < len(words) <= _MAX_PHRASE_WORDS and not (split and any(map(verbish, words))):
            add(tag_from_words(words, split=False), base)
        for word in words:
            if len(word) >= 3 and word not in stop:
                penalty = 1.0 if split and verbish(word, weak_ing=False) else 0.0
                add(tag_from_words([word], split=False), base * 1.5 + 0.02 + penalty)
    out: list[str] = []
    seen: set[str] = set()
    for _score, _order, tag in sorted(scored):
        key = tag[1:].lower()
        if key in seen or key in blocked:
            continue
        if any(w in blocked_words for w in _tag_words(key)):
            continue
        seen.add(key)
        out.append(tag)
        if len(out) >= limit:
            break
    return out


_ING_NOUNS = frozenset(
    [
        "morning",
        "evening",
        "spring",
        "wedding",
        "building",
        "clothing",
        "painting",
        "dumpling",
        "pudding",
        "ceiling",
        "thing",
        "nothing",
        "something",
        "everything",
        "string",
        "swing",
        "king",
        "ring",
        "wing",
        "sibling",
    ]
)


def verbish(word: str, *, weak_ing: bool = True) -> bool:
    """English past tenses, adverbs and (``weak_ing``) gerunds make weak tags and hooks."""
    if len(word) <= 4:
        return False
    if word.endswith(("ed", "ly")):
        return True
    return weak_ing and word.endswith("ing") and word not in _ING_NOUNS


def _tag_words(key: str) -> list[str]:
    return [*words_of(key), *split_tag_words(key)]
