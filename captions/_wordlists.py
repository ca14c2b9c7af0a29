"""The maintained word lists in ``config/``: banned hashtags, clichés, profanity.

Plain text, one entry per line, ``#`` starts a comment line. Loaded once per
process; :func:`wordlists` takes a directory so tests can point at their own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ._regex import rx

__all__ = ["CONFIG_DIR", "WordLists", "read_list", "wordlists"]

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


def read_list(path: Path) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``path``, lower-cased, in file order.

    Raises:
        FileNotFoundError: naming the list and where it was looked for.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        msg = f"word list {path.name!r} not found at {path}; it ships in config/ of the repo"
        raise FileNotFoundError(msg) from None
    lines = (line.strip().lower() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def _phrase_pattern(phrases: tuple[str, ...], endings: str = "") -> re.Pattern[str]:
    """One regex matching any phrase on word boundaries (longest first)."""
    if not phrases:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w#])(?:{body}){endings}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WordLists:
    """The lists, with their matchers precompiled."""

    banned_hashtags: frozenset[str]
    cliches: tuple[str, ...]
    profanity: tuple[str, ...]
    cliche_re: re.Pattern[str]
    profanity_re: re.Pattern[str]

    @property
    def cliche_tags(self) -> frozenset[str]:
        """Clichés as hashtag bodies (``living my best life`` → ``livingmybestlife``)."""
        return frozenset(rx(r"\W").sub("", c) for c in self.cliches)


@functools.cache
def wordlists(config_dir: Path = CONFIG_DIR) -> WordLists:
    """The lists under ``config_dir`` (``banned_hashtags.txt``, ``wordlists/*.txt``)."""
    banned = read_list(config_dir / "banned_hashtags.txt")
    cliches = read_list(config_dir / "wordlists" / "cliches.txt")
    profanity = read_list(config_dir / "wordlists" / "profanity.txt")
    return WordLists(
        banned_hashtags=frozenset(t.lstrip("#") for t in banned),
        cliches=cliches,
        profanity=profanity,
        cliche_re=_phrase_pattern(cliches),
        profanity_re=_phrase_pattern(profanity, r"(?:s|es|ed|ing)?"),
    )
