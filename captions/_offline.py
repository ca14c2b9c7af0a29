"""The offline engine: real captions with no network and no model download.

Per request: YAKE keywords, the content's own most informative sentences (minus
clichés, banned words and emoji), a tone bank, emoji matched to keywords on whole
words, and ranked hashtags. Each variant has its own *structure*, in this order::

    question   hook ends in "?"; body; call to action
    statement  declarative hook; body and call to action in one paragraph
    list       hook, then "•" lines (sentences or key phrases); call to action
    story      hook, then one paragraph per sentence, a closing line, the CTA
    one_liner  everything on a single line

Deterministic: the same request always gives the same captions (cacheable,
testable); template choice is seeded by the content so posts do not all read alike.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from ._banks import BANKS, I18N, NEUTRAL, Bank
from ._emoji import emoji_for
from ._hashtags import rank_hashtags, verbish
from ._keywords import Keyword, extract_keywords, sentences, stopwords, strip_markup, words_of
from ._models import CaptionRequest
from ._wordlists import WordLists, wordlists

__all__ = ["STRUCTURES", "Draft", "OfflineEngine", "blocked_words"]

STRUCTURES = ("question", "statement", "list", "story", "one_liner")
_BODY_SENTENCES = {"short": 1, "medium": 2, "long": 5}
_LIST_ITEMS = {"short": 2, "medium": 3, "long": 4}
_MAX_SENTENCE = {"short": 140, "medium": 220, "long": 400}
_FALLBACK_PHRASE = "today"


@dataclass(frozen=True, slots=True)
class Draft:
    """One caption before the rules: text without hashtags, the hashtags, its structure."""

    text: str
    hashtags: list[str]
    structure: str


def blocked_words(request: CaptionRequest, lists: WordLists) -> frozenset[str]:
    """Lower-cased words no caption may contain: brand-banned plus profanity."""
    banned = request.brand.banned_words if request.brand else []
    words = {w for b in banned for w in words_of(b)}
    return frozenset(words | set(lists.profanity))


def _bank(request: CaptionRequest) -> Bank:
    language = request.language or "en"
    if language == "en":
        return BANKS[request.tone]
    return I18N.get(language, NEUTRAL)


def _display(phrase: str, content: str) -> str:
    """Keep a phrase's capitals only where the content capitalises it mid-sentence."""
    if phrase[:1].islower():
        return phrase
    for match in re.finditer(re.escape(phrase), content):
        before = content[: match.start()].rstrip()
        if before and before[-1] not in ".!?…\n" and match.group(0)[:1].isupper():
            return phrase
    return phrase.lower() if not phrase.isupper() else phrase


def _distinct(phrases: list[str]) -> list[str]:
    """Phrases that add a word: "sunset" after "sunset hike" says nothing new."""
    out: list[str] = []
    seen: set[str] = set()
    for phrase in phrases:
        words = set(words_of(phrase))
        if words and not words <= seen:
            out.append(phrase)
            seen |= words
    return out


def _fit(sentence: str, limit: int) -> str:
    """One clean sentence: spacing tidied, capitalised, ended, cut at a word if too long."""
    text = " ".join(sentence.split()).strip(" -\u2013\u2014,;:")
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    if text and text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:]


class OfflineEngine:
    """Writes every variant of a request locally (~1-3 ms per request)."""

    name = "offline"
    streams = False

    def __init__(self, lists: WordLists | None = None) -> None:
        self.lists = lists or wordlists()

    def drafts(self, request: CaptionRequest) -> list[Draft]:
        """All the request's variants, each of a different structure."""
        return self.compose(request)[0]

    def compose(self, request: CaptionRequest) -> tuple[list[Draft], list[str]]:
        """The variants and the content's keywords (lower-case phrases, best first)."""
        lists = self.lists
        blocked = blocked_words(request, lists)
        language = request.language or "en"
        content = request.content
        keywords = [
            k
            for k in extract_keywords(content, language, exclude=blocked)
            if not lists.cliche_re.search(k.text)
        ]
        body = self._sentences(content, keywords, blocked, request.length)
        tags = rank_hashtags(
            keywords,
            content,
            blocked=lists.banned_hashtags | lists.cliche_tags,
            blocked_words=blocked,
            limit=request.hashtags,
            split=language == "en",
            stop=stopwords(language),
        )
        phrases = _distinct([_display(k.text, content) for k in keywords])
        if language == "en":  # "sorting green" reads badly in a hook; keep noun-like phrases
            phrases = [p for p in phrases if not any(map(verbish, words_of(p)))] or phrases
        phrases = phrases or [_FALLBACK_PHRASE]
        voice = self._voice_words(request)
        seed = zlib.crc32(f"{content}\x00{request.tone}".encode())
        out = []
        for i in range(request.variants):
            structure = STRUCTURES[i % len(STRUCTURES)]
            main = phrases[i % min(2, len(phrases))]
            second = phrases[(i + 1) % len(phrases)] if len(phrases) > 1 else ""
            writer = _Writer(request, _bank(request), seed + i, voice, main, second, phrases)
            text = writer.write(structure, body[i % len(body) :] + body[: i % len(body)])
            out.append(Draft(text, list(tags), structure))
        return out, [k.text.lower() for k in keywords]

    def _sentences(
        self, content: str, keywords: list[Keyword], blocked: frozenset[str], length: str
    ) -> list[str]:
        """The content's usable sentences, most keyword-dense first (ties: text order)."""
        key_words = {w for k in keywords for w in k.words}
        scored: list[tuple[float, int, str]] = []
        for i, raw in enumerate(sentences(content)):
            plain = strip_markup(raw, keep_mentions=True)
            words = words_of(plain)
            if not words or self.lists.cliche_re.search(plain):
                continue
            if any(w in blocked for w in words):
                continue
            density = sum(1 for w in words if w in key_words) / len(words) ** 0.5
            scored.append((-density, i, _fit(plain, _MAX_SENTENCE[length])))
        return [s for _, _, s in sorted(scored)] or [""]

    @staticmethod
    def _voice_words(request: CaptionRequest) -> frozenset[str]:
        examples = request.brand.voice_examples if request.brand else []
        return frozenset(w for e in examples for w in words_of(e) if len(w) > 3)


class _Writer:
    """Fills one structure for one variant."""

    def __init__(
        self,
        request: CaptionRequest,
        bank: Bank,
        seed: int,
        voice: frozenset[str],
        main: str,
        second: str,
        phrases: list[str],
    ) -> None:
        self.request = request
        self.bank = bank
        self.seed = seed
        self.voice = voice
        self.main = main
        self.second = second
        self.phrases = phrases
        icon = None
        if request.emoji:
            icon = next((e for w in words_of(main) if (e := emoji_for(w))), None)
            if icon is None:
                icon = next((e for p in phrases for w in words_of(p) if (e := emoji_for(w))), None)
        self.icon = icon or ""

    def pick(self, slot: str, phrase: str | None = None) -> str:
        """A template of ``slot``, filled; brand voice words win ties over the seed."""
        options = [t for t in self.bank[slot] if self.icon or "{e}" not in t]
        if not options:
            return ""
        ranked = sorted(
            range(len(options)),
            key=lambda j: (
                -len(set(words_of(options[j])) & self.voice),
                (j - self.seed) % len(options),
            ),
        )
        template = options[ranked[0]]
        main = phrase or self.main
        return template.format(k=main, K=main[:1].upper() + main[1:], k2=self.second, e=self.icon)

    def hook(self, slot: str) -> str:
        text = self.pick(slot)
        return f"{text} {self.icon}" if self.icon else text

    def cta(self) -> str:
        # the top key phrase: a call to action about the post's main subject
        return self.pick("cta", self.phrases[0]) if self.request.cta else ""

    def write(self, structure: str, body: list[str]) -> str:
        length = self.request.length
        taken = [s for s in body[: _BODY_SENTENCES[length]] if s]
        if structure == "one_liner":
            parts = [self.hook("one_liner"), taken[0] if taken and length != "short" else ""]
            return " ".join(p for p in (*parts, self.cta()) if p)
        if structure == "list":
            items = [s for s in body if s and len(s) <= 90][: _LIST_ITEMS[length]]
            if len(items) < 2:
                items = [p[:1].upper() + p[1:] for p in self.phrases][: _LIST_ITEMS[length]]
            lines = "\n".join(f"• {item}" for item in items)
            return "\n\n".join(p for p in (self.pick("list"), lines, self.cta()) if p)
        if structure == "story":
            close = self._signoff() or self.pick("close")
            if not close and self.second:
                close = self.second[:1].upper() + self.second[1:] + "."
            story = [self.pick("story"), *(taken or [self.main[:1].upper() + self.main[1:] + "."])]
            paragraphs = [p for p in (*story, close, self.cta()) if p]
            while len(paragraphs) < 3:  # a story has beats, even with little to tell
                paragraphs.append("…")
            return "\n\n".join(paragraphs)
        slot = "question" if structure == "question" else "statement"
        body_text = " ".join(taken)
        if structure == "statement":
            tail = " ".join(p for p in (body_text, self.cta()) if p)
            return "\n\n".join(p for p in (self.hook(slot), tail) if p)
        return "\n\n".join(p for p in (self.hook(slot), body_text, self.cta()) if p)

    def _signoff(self) -> str:
        """The brand's shortest voice example, as a sign-off in its own words."""
        examples = self.request.brand.voice_examples if self.request.brand else []
        short = sorted((e.strip() for e in examples if 0 < len(e.strip()) <= 80), key=len)
        return short[0] if short else ""
