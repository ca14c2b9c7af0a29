"""The maintained word lists in ``config/``: banned hashtags, clichés, profanity.

Plain text, one entry per line, ``#`` starts a comment line. Loaded once per
process; :func:`wordlists` takes a directory so tests can point at their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._regex import rx

__all__ = ["CONFIG_DIR", "WordLists", "forms_pattern", "read_list", "wordlists"]

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


_SIBILANT = rx(r"(?:s|x|z|ch|sh)$")
_SHORT_CLOSED = rx(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")  # "twat" → "twatted"


def _english_forms(phrase: str) -> set[str]:
    """``phrase`` and the forms English makes of its last word: a plural or third
    person ("bitches", "twats"), a past and an -ing ("damned", "douching", "twatting").
    Only those: "spic" gives "spics", never "spices" or "spiced", other words."""
    forms = {phrase}
    forms.add(phrase + ("es" if _SIBILANT.search(phrase) else "s"))
    if phrase.endswith("o"):
        forms.add(phrase + "es")  # "potatoes", "photos"
    if phrase.endswith("e"):
        forms |= {phrase + "d", phrase[:-1] + "ing"}
    elif phrase.endswith("c"):
        forms |= {phrase + "ked", phrase + "king"}
    else:
        forms |= {phrase + "ed", phrase + "ing"}
        if _SHORT_CLOSED.search(phrase):
            forms |= {phrase + phrase[-1] + "ed", phrase + phrase[-1] + "ing"}
    return forms


def forms_pattern(
    phrases: Iterable[str], *, inflected: bool = True, after: str = r"\w"
) -> re.Pattern[str] | None:
    """One case-blind regex matching any of ``phrases`` as whole words (longest first),
    with the endings English gives each when ``inflected``, never right after a
    character of class ``after``; None for no phrases."""
    words = {p for p in phrases if p}
    if not words:
        return None
    if inflected:
        words = {f for w in words for f in _english_forms(w)}
    body = "|".join(re.escape(p) for p in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![{after}])(?:{body})(?!\w)", re.IGNORECASE)


def _phrase_pattern(phrases: tuple[str, ...], *, inflected: bool = False) -> re.Pattern[str]:
    """One regex matching any phrase on word boundaries (longest first), never a
    hashtag's word."""
    return forms_pattern(phrases, inflected=inflected, after=r"\w#") or re.compile(r"(?!x)x")


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
        profanity_re=_phrase_pattern(profanity, inflected=True),
    )
