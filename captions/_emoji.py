"""Emoji for keywords, matched on whole words of the emoji's CLDR name.

"rain" finds 🌧️ (``cloud_with_rain``) but never 🚆 (``train``): names are split
into words and a keyword must equal one of them, never a substring. Built once
from the ``emoji`` package's data (fully-qualified emoji, no skin-tone variants).
"""

from __future__ import annotations

import functools

import emoji

__all__ = ["MAX_EMOJI", "count_emoji", "emoji_for", "remove_emoji"]

MAX_EMOJI = 3  # per caption: "too many emoji" is a top complaint

# name words that say nothing about the subject
_FILLER = frozenset(
    [
        "with",
        "of",
        "the",
        "and",
        "in",
        "on",
        "a",
        "an",
        "at",
        "for",
        "face",
        "button",
        "sign",
        "symbol",
        "mark",
        "light",
        "dark",
        "medium",
        "skin",
        "tone",
        "person",
        "people",
        "man",
        "woman",
        "men",
        "women",
        "hand",
        "selector",
        "keycap",
        "squared",
        "old",
        "new",
        "up",
        "down",
        "left",
        "right",
        "small",
        "large",
    ]
)


@functools.cache
def _index() -> dict[str, list[tuple[int, str]]]:
    """word → [(number of name words, emoji)], best first."""
    index: dict[str, list[tuple[int, str]]] = {}
    for char, data in emoji.EMOJI_DATA.items():
        if data.get("status") != emoji.STATUS["fully_qualified"]:
            continue
        names = [data["en"], *data.get("alias", [])]
        if "skin_tone" in data["en"]:
            continue
        for name in names:
            parts = [p.lower() for p in name.strip(":").replace("-", "_").split("_") if p]
            for part in parts:
                if part in _FILLER or not part.isalpha():
                    continue
                index.setdefault(part, []).append((len(parts), char))
    for entries in index.values():
        entries.sort()
    return index


def _forms(word: str) -> list[str]:
    """The word and its simple inflections (plural, -ing) to look up."""
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    if word.endswith("e") and len(word) > 3:
        forms.append(word[:-1] + "ing")
    elif len(word) > 3:
        forms.append(word + "ing")
    return forms


@functools.lru_cache(maxsize=4096)
def emoji_for(word: str) -> str | None:
    """The best emoji for one keyword word, or None (whole-word match only)."""
    word = word.lower()
    if len(word) < 3:
        return None
    index = _index()
    for form in _forms(word):
        entries = index.get(form)
        if entries:
            return entries[0][1]
    return None


def count_emoji(text: str) -> int:
    """Emoji in ``text``."""
    return int(emoji.emoji_count(text))


def remove_emoji(text: str, keep: int = 0) -> str:
    """``text`` with every emoji after the first ``keep`` removed (spacing tidied)."""
    seen = 0

    def replace(chars: str, _data: dict[str, str]) -> str:
        nonlocal seen
        seen += 1
        return chars if seen <= keep else ""

    out = emoji.replace_emoji(text, replace=replace)
    lines = [" ".join(line.split()) for line in out.split("\n")]
    return "\n".join(lines).strip()
