"""Instagram's rules, applied to every engine's output before anyone sees it.

- The whole caption (hashtags, @mentions and URLs included) is at most 2,200
  characters: the body is cut at a sentence (then a word) to make room.
- Hashtags: cleaned to valid characters, deduplicated (case-insensitive), never a
  banned/spam tag or a cliché, never a compound with one of its pieces (the first
  written wins), at most the request's cap (default 5, up to 30), all on the last
  line; ``#tags`` inside the body become plain words.
- At most 20 @mentions; later ones lose their ``@``.
- ``emoji: false`` removes every emoji; otherwise at most :data:`MAX_EMOJI`.
- Brand ``banned_words`` and profanity are removed word by word (the rest of the
  sentence, its @mentions and URLs stay), or with their whole clause when the word was
  its head or its claim ("Insane results guaranteed, sign up …" is "Sign up …", never
  "Results, sign up …"); sentences carrying a cliché go.
- ``hook_visible``: the opening sentence fits in the ~125 characters shown before
  "more".
"""

from __future__ import annotations

import functools
import re

from ._capitals import sentence_start
from ._emoji import MAX_EMOJI, remove_emoji
from ._hashtags import clean_tag, split_tag_words
from ._keywords import sentences, words_of
from ._models import MAX_CAPTION_CHARS, CaptionRequest, VariantOut
from ._regex import rx
from ._wordlists import WordLists, forms_pattern

__all__ = ["HOOK_CHARS", "MAX_MENTIONS", "apply_rules", "hook_of", "remove_banned"]

HOOK_CHARS = 125
MAX_MENTIONS = 20
_INLINE_TAG = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)
_TAG_LINE = re.compile(r"^[ \t]*(?:#\w+[ \t]*)+$", re.UNICODE | re.MULTILINE)
_MENTION = re.compile(r"(?<![\w@])@([\w.]+)", re.UNICODE)
_CUT = "\x00"  # where a banned word was, while the words around it are tidied
# words that lean on the next one: left alone before a cut clause end, they go too
_LEANERS = r"(?:and|or|&|so|very|really|super|too|und|oder|sehr|et|ou|très|trop|y|o|muy|e|molto)"
_CUT_AT_START = re.compile(rf"(^|[,;:.!?]\s+)\x00[ \t]*(?:{_LEANERS}[ \t]+)?", re.I | re.M)
_CUTS = re.compile(r"\x00(?:[ \t]*\x00)+")
_CUT_AT_END = re.compile(
    rf"(?:[ \t]*[,;:])?(?:[ \t]+{_LEANERS})?[ \t]*\x00[ \t]*(?=[,;:.!?]|$)", re.I | re.M
)
_CUT_INSIDE = re.compile(r"[ \t]*\x00[ \t]*")
# where a clause ends: a comma, semicolon or colon, a sentence's end (before a space or
# the end, so a URL's "." and ":" stay inside), a line break
_CLAUSE_END = re.compile(r"((?:[ \t]*[,;:]|[.!?…]+)(?=\s|$)[ \t]*|\n)")
_LEANER = re.compile(rf"^{_LEANERS}$", re.I)
# what a clause keeps for the reader whatever else it loses: a mention, a link, a number
_KEPT_FACT = re.compile(r"@\w|\w\.\w{2,}/|https?://|\d")


def hook_of(caption: str) -> str:
    """The caption's opening sentence: its first line, up to the first sentence end."""
    line = caption.strip().split("\n", 1)[0].strip()
    return rx(r"(?<=[.!?…])\s").split(line, 1)[0]


@functools.lru_cache(maxsize=64)
def _word_re(words: frozenset[str]) -> re.Pattern[str] | None:
    return forms_pattern(words)


def remove_banned(text: str, request: CaptionRequest, blocked_words: frozenset[str]) -> str:
    """``text`` without the brand's banned phrases and the blocked words: only the words
    go (with their plural/verb endings); the rest of each sentence, its @mentions and
    URLs stay. A connector left dangling ("and", "&") and doubled spaces are tidied.

    Args:
        text: any text (a user's sentence, an engine's caption).
        request: the caption request, for its brand's ``banned_words`` (whole phrases
            first: "fast food").
        blocked_words: lower-case single words never to appear (brand-banned + profanity).
    """
    banned_phrases = frozenset(
        b.lower() for b in (request.brand.banned_words if request.brand else []) if b.strip()
    )
    for pattern in (_word_re(banned_phrases), _word_re(blocked_words)):
        if pattern is not None:
            text = pattern.sub(_CUT, text)
    if _CUT not in text:
        return text
    text = _without_stub_clauses(_CUTS.sub(_CUT, text))
    text = _CUT_AT_END.sub("", text)  # "so yummy, come" → ", come"; "a, cheap, b" → "a, b"
    text = _CUT_AT_START.sub(r"\1", text)  # "Cheap and cheerful" → "cheerful"
    return _CUT_INSIDE.sub(" ", text)


def _stub(clause: str) -> bool:
    """Whether a clause with a word cut from it is left without its head or its claim:
    the cut was its last word ("Cheap sofas and great deals" → "sofas and great", "so
    yummy" → "so") or one word at most is left ("Insane results guaranteed" →
    "results"). A clause that carries a mention, a link or a number keeps its other
    words all the same: the reader needs them."""
    if _CUT not in clause or _KEPT_FACT.search(clause):
        return False
    words = [w for w in clause.replace(_CUT, " ").split() if not _LEANER.match(w)]
    return clause.rstrip().endswith(_CUT) or len(words) <= 1


def _without_stub_clauses(text: str) -> str:
    """``text`` without each clause a cut left as a stub (see :func:`_stub`), its
    separator with it: "A, stub, C." is "A, C.", "A, stub." is "A.", "Stub, c." is "C."
    (the next clause takes the sentence's capital)."""
    parts = _CLAUSE_END.split(text)  # clause, end, clause, end, …, clause
    clauses, ends = parts[0::2], [*parts[1::2], ""]
    out: list[str] = []
    capital = False
    for clause, end in zip(clauses, ends, strict=True):
        if _stub(clause):
            opening = not out or out[-1] == "\n" or out[-1].strip()[:1] in ".!?…"
            first = clause.lstrip()[:1]  # (a cut there took the sentence's capital with it)
            capital = capital or (opening and (first.isupper() or first == _CUT))
            if end.strip() and end.strip()[0] in ",;:":
                continue  # "stub, C" → "C"
            if out and out[-1].strip() and out[-1].strip()[0] in ",;:":
                out.pop()  # "A, stub." → "A."
                out.append(end)
                continue
            if opening:
                continue  # a whole sentence of a stub goes with its end
            out.append(end)
            continue
        if capital and clause.strip():
            lead = clause[: len(clause) - len(clause.lstrip())]
            clause = lead + sentence_start(clause.lstrip())
            capital = False
        out.extend((clause, end))
    return "".join(out)


def _tidy(text: str, language: str | None = None) -> str:
    """Collapse spaces per line, drop empty paragraphs, fix space before punctuation
    (French keeps its space before ``: ; ! ?``)."""
    before = r"\s+([,.])" if language == "fr" else r"\s+([,.!?;:])"
    paragraphs = []
    for para in rx(r"\n\s*\n").split(text):
        lines = [rx(before).sub(r"\1", " ".join(line.split())) for line in para.split("\n")]
        if language != "fr":
            # a closing quote hugs its last word or emoji: „Gipfel 🎒“, not „Gipfel 🎒 “
            # (French alone spaces its guillemets)
            lines = [
                rx(r"(?<=[^\s„“”\"])\s+([“”])(?=[\s.,!?;:)]|$)").sub(r"\1", ln) for ln in lines
            ]
        lines = [ln for ln in lines if ln.strip(" ,;:-\u2013\u2014\u2022")]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _drop_cliches(text: str, lists: WordLists) -> str:
    if not lists.cliche_re.search(text):
        return text
    paragraphs = []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            kept = [s for s in sentences(line) if not lists.cliche_re.search(s)]
            lines.append(" ".join(kept))
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _limit_mentions(text: str) -> str:
    seen = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return match.group(0) if seen <= MAX_MENTIONS else match.group(1)

    return _MENTION.sub(replace, text)


def _fit(text: str, room: int) -> str:
    """``text`` cut to ``room`` characters at a sentence end, else a word, with "…"."""
    if len(text) <= room:
        return text
    cut = text[: max(room - 1, 0)]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "), cut.rfind("\n"))
    if end > room // 2:
        return cut[: end + 1].rstrip()
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _piece(a: str, b: str) -> bool:
    """Whether one tag body begins or ends the other (#sunset / #SunsetHike)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and short != long and (long.startswith(short) or long.endswith(short))


def apply_rules(
    text: str,
    hashtags: list[str],
    request: CaptionRequest,
    lists: WordLists,
    blocked_words: frozenset[str],
    language: str | None = None,
) -> VariantOut:
    """The finished, rule-abiding variant for an engine's ``text`` and ``hashtags``.

    Args:
        text: the engine's caption (may contain hashtags, emoji, anything).
        hashtags: the engine's hashtags, best first (tags in ``text`` rank first).
        request: the caption request (caps, emoji, brand).
        lists: banned hashtags, clichés and profanity.
        blocked_words: lower-case words never to appear (brand-banned + profanity).
        language: the caption's language (French typography keeps "mot :" spacing);
            default ``request.language``.
    """
    candidates = [f"#{t}" for t in _INLINE_TAG.findall(text)] + list(hashtags)
    body = _TAG_LINE.sub("", text)  # a hashtag block: its tags are candidates, not words
    body = _INLINE_TAG.sub(lambda m: " ".join(split_tag_words(m.group(1))), body)
    body = remove_banned(body, request, blocked_words)
    body = _drop_cliches(body, lists)
    body = remove_emoji(body, MAX_EMOJI if request.emoji else 0)
    body = _tidy(_limit_mentions(body), language or request.language)

    blocked_tags = lists.banned_hashtags | lists.cliche_tags
    tags: list[str] = []
    seen: set[str] = set()
    for raw in candidates:
        tag = clean_tag(raw)
        if tag is None or len(tags) >= request.hashtags:
            continue
        key = tag[1:].lower()
        parts = {*words_of(key), *split_tag_words(key)}
        if key in seen or key in blocked_tags or parts & blocked_words:
            continue
        if any(_piece(key, other) for other in seen):
            continue  # never a compound together with one of its pieces
        seen.add(key)
        tags.append(tag)
    tag_line = " ".join(tags)
    room = MAX_CAPTION_CHARS - (len(tag_line) + 2 if tag_line else 0)
    body = _fit(body, room)
    caption = f"{body}\n\n{tag_line}" if body and tag_line else body or tag_line
    hook = hook_of(body)
    return VariantOut(
        caption=caption,
        hashtags=tags,
        char_count=len(caption),
        hook_visible=bool(hook) and len(hook) <= HOOK_CHARS,
    )
