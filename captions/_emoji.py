"""Emoji by meaning: a curated lexicon per language, never an emoji's name.

``data/lexicon/<lang>.yaml`` maps lemmas to one emoji each (``wedding: 💍``,
``gym: 🏋️``), in one sense only: words whose senses differ (``temple``, ``bar``,
``date``, ``crane``) are simply not listed, so a gym called Iron Temple never gets
🛕. A post with no listed word gets its intent's emoji; a post about a loss gets 🤍
or none. The ``emoji`` package is used only to count and remove emoji.
"""

from __future__ import annotations

import functools
import re

import emoji

from ._lexicon import LANGUAGES, forms, lexicon, tokens_of
from ._understand import Post, in_company

__all__ = [
    "MAX_EMOJI",
    "SENSITIVE_EMOJI",
    "count_emoji",
    "emoji_for",
    "lexicon_emoji",
    "post_emoji",
    "remove_emoji",
]

MAX_EMOJI = 3  # per caption: "too many emoji" is a top complaint
SENSITIVE_EMOJI = "🤍"


@functools.lru_cache(maxsize=4096)
def emoji_for(word: str, language: str = "en") -> str | None:
    """The lexicon's emoji for one word or phrase of ``language`` (by its lemma), or None."""
    if language not in LANGUAGES:
        return None
    table = lexicon(language).emoji
    phrase = word.lower().strip()
    if phrase in table:
        return table[phrase]
    if " " in phrase:
        return None
    for form in forms(phrase, language):
        if form in table:
            return table[form]
    return None


@functools.cache
def lexicon_emoji() -> frozenset[str]:
    """Every emoji the engine may write, in any language (tests check against it)."""
    found: set[str] = {SENSITIVE_EMOJI}
    for language in LANGUAGES:
        lex = lexicon(language)
        found.update(lex.emoji.values())
        found.update(lex.intent_emoji.values())
    return frozenset(found)


def post_emoji(post: Post) -> list[str]:
    """Emoji for a post, best first: its subject's words, its strongest cues, its intent."""
    if post.sensitive:
        return [SENSITIVE_EMOJI] if post.intent not in ("charity", "event") else ["💛"]
    language = post.language
    found: list[str] = []

    def add(icon: str | None) -> None:
        if icon and icon not in found:
            found.append(icon)

    subject = post.subject.text
    if not post.subject.is_name and subject:
        add(emoji_for(subject, language))
        for word in tokens_of(subject):
            add(emoji_for(word, language))
    inside_names = " ".join(n.text.lower() for n in post.names)
    lead = [c for c in post.key_cues if c in post.opening_cues] or list(post.key_cues)
    for cue in lead:
        # a word inside a name is not meant in its sense (Iron Temple, Trilha 22L)
        if not cue.endswith("*") and cue not in inside_names:
            if language == "en" and _modifier(cue, post.content):
                continue  # "a red wine jus": the jus, not the wine
            if in_company(cue, post.content):
                continue  # "a tabby who gets along with dogs": not a dog
            add(emoji_for(cue, language))
    add(lexicon(language).intent_emoji.get(post.intent))
    if _RAINY.search(post.content):
        found = [icon for icon in found if icon not in _SUNNY]  # never ☀️ on a rainy day
    return found


# weather and mood the post states: an emoji never says the opposite
_RAINY = re.compile(
    r"(?i)\b(?:rain\w*|storm\w*|drizzl\w*|snow\w*|grey|gray|overcast|lluvi\w*|llueve|"
    r"tormenta|nieve|regen\w*|gewitter|schnee|pluie|pluvieu\w*|orage|neige|chuva\w*|chove|"
    r"tempestade|neve|pioggia|piove|temporale)\b"
)
_SUNNY = frozenset(["☀️", "☀", "🌞", "😎", "🏖️", "🌴"])


def _modifier(word: str, content: str) -> bool:
    """Whether ``word`` only ever describes the noun after it in the post ("a red wine
    jus", "coffee table"): a side detail, not a thing of its own (English)."""
    uses = list(re.finditer(rf"(?i)(?<!\w){re.escape(word)}(?!\w)(\s+[a-z]+)?", content))
    if not uses:
        return False
    for use in uses:
        after = (use.group(1) or "").strip()
        if not after or after in _NOT_NOUNS or after.endswith(("ed", "ing", "ly")):
            return False
    return True


_NOT_NOUNS = frozenset(
    [
        *("and", "or", "with", "for", "to", "in", "on", "at", "of", "is", "are", "was"),
        *("were", "be", "has", "have", "had", "will", "can", "from", "by", "the", "a", "an"),
        *("this", "that", "it", "its", "as", "so", "but", "not", "just", "all", "too", "very"),
        *("tonight", "today"),
    ]
)


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
