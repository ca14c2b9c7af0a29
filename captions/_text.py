"""Deterministic offline caption text: keywords, hashtags, hook and body.

No model, no network: keywords are the most frequent non-stop-words of the
content (ties broken by first appearance), so the same content always gives the
same caption.
"""

from __future__ import annotations

import re
from collections import Counter

from ._regex import rx

__all__ = [
    "MAX_CAPTION_CHARS",
    "MAX_HASHTAGS",
    "build_caption",
    "clamp_caption",
    "dedupe_hashtags",
    "hashtags_for",
    "keywords",
]

MAX_CAPTION_CHARS = 2200  # Instagram's caption limit
MAX_HASHTAGS = 5

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9']+")
_STOP_TEXT = """
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with you your yours
yourself yourselves im it's i'm we're you're get got really also
"""
_STOP_WORDS = frozenset(_STOP_TEXT.split())

_TONES = {
    "casual": ("Guess what?", "Had to share this one."),
    "professional": ("Here is something worth your time.", "Details below."),
    "playful": ("Okay, this made our day!", "Tell us what you think."),
}


def keywords(content: str, limit: int = 5) -> list[str]:
    """The ``limit`` most frequent non-stop-words of ``content``, lower-cased."""
    words = [w.lower().strip("'") for w in _WORD.findall(content)]
    words = [w for w in words if w not in _STOP_WORDS and len(w) > 2]
    counts = Counter(words)
    first = {w: i for i, w in reversed(list(enumerate(words)))}
    ranked = sorted(counts, key=lambda w: (-counts[w], first[w]))
    return ranked[:limit]


def hashtags_for(words: list[str], limit: int = MAX_HASHTAGS) -> list[str]:
    """``#word`` for each keyword, deduplicated, at most ``limit``."""
    return dedupe_hashtags([f"#{rx(r'[^a-z0-9]').sub('', w.lower())}" for w in words])[:limit]


def dedupe_hashtags(tags: list[str]) -> list[str]:
    """Drop empty and repeated hashtags (case-insensitive), keeping the first spelling."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        key = tag.lower()
        if len(tag) > 1 and key not in seen:
            seen.add(key)
            out.append(tag)
    return out


def build_caption(content: str, tone: str = "casual") -> tuple[str, list[str], list[str]]:
    """A hook sentence, a body and hashtags for ``content``.

    Returns:
        (caption text without hashtags, keywords, hashtags)
    """
    found = keywords(content)
    hook_open, closing = _TONES.get(tone, _TONES["casual"])
    if found:
        topic = " and ".join(found[:2]) if len(found) > 1 else found[0]
        hook = f"{hook_open} All about {topic}."
    else:
        hook = hook_open
    first_sentence = rx(r"(?<=[.!?])\s+").split(content.strip(), 1)[0]
    body = f"{first_sentence.rstrip('.!?')}. {closing}"
    return f"{hook}\n\n{body}", found, hashtags_for(found)


def clamp_caption(text: str, tags: list[str]) -> str:
    """Caption plus hashtags, cut so the whole stays within ``MAX_CAPTION_CHARS``."""
    tag_line = " ".join(tags)
    room = MAX_CAPTION_CHARS - (len(tag_line) + 2 if tag_line else 0)
    if len(text) > room:
        text = text[: max(room - 1, 0)].rstrip() + "…"
    return f"{text}\n\n{tag_line}" if tag_line else text
