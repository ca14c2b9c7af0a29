"""``rx``: ``re.compile`` with a cache big enough for the caption engine.

The engine builds patterns around the post's own words and the lexicon's (a cue, a
town, a name): thousands of distinct ones over a corpus, where ``re`` keeps only the
last 512 compiled, so most were compiled again on every post. Every pattern the
engine builds at run time goes through :func:`rx`. The cache is bounded: a pattern
holds about 0.85 KB, so at most ~7 MiB, whatever the posts (513 posts of the
evaluation sets made 7,091).
"""

from __future__ import annotations

import functools
import re

__all__ = ["rx"]


@functools.lru_cache(maxsize=8192)
def rx(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled once."""
    return re.compile(pattern, flags)
