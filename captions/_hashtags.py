"""Hashtags people search: the brand's own, the subject's, the place's, the category's.

Built from what :mod:`captions._understand` read, never from n-grams: the tags the
content carries come first, then the subject's compound tag in CamelCase
(``#IronTemple``, which screen readers say as words), the place, and category tags
from the curated taxonomy of ``data/lexicon/<lang>.yaml``. A compound and its pieces
never go together; banned/spam tags (``config/banned_hashtags.txt``), clichés,
brand-banned and profane words never pass. When fewer relevant tags exist than were
asked for, fewer are returned, with a note, rather than filler.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ._keywords import words_of
from ._lexicon import lexicon
from ._understand import Post

__all__ = [
    "camel_tag",
    "clean_tag",
    "post_hashtags",
    "split_tag_words",
    "tag_from_words",
    "tags_in",
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


def camel_tag(phrase: str) -> str | None:
    """``#IronTemple`` for "Iron Temple", ``#LuigisTrattoria`` for "Luigi's Trattoria"."""
    phrase = re.sub(r"(?<=\w)/(?:a|as|o|os|in|innen|e|ra)\b", "", phrase)  # "camarero/a"
    words = [re.sub(r"['\u2019]", "", w) for w in re.findall(r"[^\W_][\w'\u2019]*", phrase)]
    words = [w for w in words if w]
    if len(words) > 1 and words[0].lower() in (
        "the",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "o",
        "a",
        "der",
        "die",
        "das",
    ):
        words = words[1:]  # #RiversideMakersMarket, not #TheRiversideMakersMarket
    if not words:
        return None
    if len(words) == 1:
        word = words[0]
        body = word if word[:1].isupper() else word.lower()
    else:
        body = "".join(w[:1].upper() + w[1:] for w in words)
    return clean_tag(body)


def _is_piece(a: str, b: str) -> bool:
    """Whether one tag body is a word-piece of the other (#wedding / #weddingday)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and (long.startswith(short) or long.endswith(short))


def post_hashtags(
    post: Post,
    limit: int,
    *,
    blocked: frozenset[str],
    blocked_words: frozenset[str] = frozenset(),
) -> tuple[list[str], str | None]:
    """The post's hashtags, most useful first, and a note when fewer than ``limit`` fit.

    In order: the tags written in the content (a brand's own, kept first); the
    subject's compound tag (``#IronTemple``); the place (``#Puglia``); category tags
    of the curated taxonomy for the post's cues and intent (``#weddingday``,
    ``#vegan``). Never a stopword, a number word or a generic noun alone, never a
    compound together with one of its pieces, never a blocked tag.

    Args:
        post: the post as read by :func:`captions._understand.read_post`.
        limit: the cap (0 → none).
        blocked: lower-case tag bodies never to emit (banned, spam, clichés).
        blocked_words: lower-case words no tag may contain (brand-banned, profane).
    """
    if limit <= 0:
        return [], None
    lex = lexicon(post.language)
    english = lexicon("en")
    # a day or a month alone is no tag people search (#Friday from "Black Friday")
    dates = lex.weekdays | lex.months | english.weekdays | english.months
    junk = lex.function_words | lex.generic_nouns | lex.number_words | dates
    candidates: list[str | None] = [clean_tag(t) for t in post.user_tags]
    subject = post.subject
    if subject.text and (subject.is_name or len(subject.text.split()) <= 2):
        candidates.append(camel_tag(subject.text))
    if post.place:
        candidates.append(camel_tag(post.place))
    candidates += [camel_tag(n.text) for n in post.names if n.kind in ("event", "venue")]
    inside_names = " ".join(n.text.lower() for n in post.names)
    lead = [c for c in post.key_cues if c in post.opening_cues] or list(post.key_cues)
    for cue in lead:
        if cue.rstrip("*") not in inside_names:
            candidates += [clean_tag(t) for t in lex.lemma_tags.get(cue.rstrip("*"), ())]
    candidates += [clean_tag(t) for t in lex.intent_tags.get(post.intent, ())]
    out: list[str] = []
    kept: list[str] = []
    for tag in candidates:
        if tag is None:
            continue
        key = tag[1:].lower()
        words = _tag_words(key)
        if key in blocked or key in junk or any(w in blocked_words for w in words):
            continue
        if any(_is_piece(key, other) for other in kept):
            continue
        kept.append(key)
        out.append(tag)
        if len(out) >= limit:
            return out, None
    note = f"{len(out)} relevant hashtag(s) found; {limit} allowed. No filler tags were added."
    return out, note


def _tag_words(key: str) -> list[str]:
    return [*words_of(key), *split_tag_words(key)]
