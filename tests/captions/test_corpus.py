"""The offline engine over a corpus of real-looking posts, judged by users' complaints.

Every variant of every post, under several option sets, must: stay within
Instagram's rules; mention a keyword of the content; carry only hashtags built
from the content's own words (or their wordninja parts); differ in structure from
its siblings; and contain no banned word, profanity, cliché or emoji pile-up.
The checks below are written independently of the engine's code paths.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import emoji
import pytest
import wordninja
import yake

from captions import (
    HOOK_CHARS,
    MAX_CAPTION_CHARS,
    MAX_EMOJI,
    TONES,
    CaptionEngines,
    CaptionRequest,
    CaptionService,
    VariantOut,
    wordlists,
)

CORPUS = [
    json.loads(line)
    for line in (Path(__file__).parent / "corpus.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_TAG = re.compile(r"#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@[\w.]+")


def _request(entry: dict[str, Any], **overrides: Any) -> CaptionRequest:
    fields = {k: v for k, v in entry.items() if k not in {"category", "banned"}}
    if entry.get("banned"):
        fields["brand"] = {"banned_words": entry["banned"]}
    fields.update(overrides)
    return CaptionRequest.model_validate(fields)


def _body(variant: VariantOut) -> str:
    """The caption without its final hashtag line."""
    if variant.hashtags:
        assert variant.caption.endswith("\n\n" + " ".join(variant.hashtags))
        return variant.caption[: -len(" ".join(variant.hashtags))].rstrip()
    return variant.caption


def _vocabulary(content: str) -> set[str]:
    """Lower-case words of the content, their wordninja parts and its emoji's names."""
    words = {w.lower().replace("'", "").replace("\u2019", "") for w in _WORD.findall(content)}
    for char in emoji.distinct_emoji_list(content):
        words.update(emoji.demojize(char).strip(":").lower().split("_"))
    for word in list(words):
        words.update(w.lower() for w in wordninja.split(word))
        words.update(part for part in re.split(r"[-']", word) if part)
    return {w for w in words if w}


def _built_from(body: str, vocabulary: set[str]) -> bool:
    """Whether ``body`` is a concatenation of vocabulary words."""
    body = body.lower()
    reachable = [True] + [False] * len(body)
    for end in range(1, len(body) + 1):
        reachable[end] = any(
            reachable[start] and body[start:end] in vocabulary for start in range(end)
        )
    return reachable[-1]


@functools.cache
def _content_keywords(content: str, language: str) -> frozenset[str]:
    """YAKE's keyword words, computed here (not through the engine) plus plain words."""
    found = yake.KeywordExtractor(lan=language, n=1, top=12).extract_keywords(content)
    words = {w.lower() for text, _ in found for w in _WORD.findall(text)}
    return frozenset(words | {w for w in _vocabulary(content) if len(w) > 3})


def _signature(variant: VariantOut) -> tuple[bool, bool, int]:
    """Structure, read from the text: question hook, bullet lines, paragraph count."""
    body = emoji.replace_emoji(_body(variant), "")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    first = re.split(r"(?<=[.!?])\s", paragraphs[0].split("\n")[0].strip(), maxsplit=1)[0]
    bullets = any(line.lstrip().startswith("•") for line in body.splitlines())
    return first.rstrip().endswith("?"), bullets, min(len(paragraphs), 3)


SERVICE = CaptionService(CaptionEngines())
OPTION_SETS: list[dict[str, Any]] = [
    {"variants": 5},
    {"variants": 3, "emoji": False, "cta": False, "length": "short"},
    {"variants": 4, "length": "long", "hashtags": 30},
]


def _check_rules(entry: dict[str, Any], request: CaptionRequest, variant: VariantOut) -> None:
    lists = wordlists()
    caption = variant.caption
    assert variant.char_count == len(caption) <= MAX_CAPTION_CHARS
    assert len(variant.hashtags) <= request.hashtags
    assert len({t.lower() for t in variant.hashtags}) == len(variant.hashtags)
    assert all(re.fullmatch(r"#\w{2,30}", t) for t in variant.hashtags), variant.hashtags
    assert not {t[1:].lower() for t in variant.hashtags} & lists.banned_hashtags
    assert _TAG.findall(_body(variant)) == [], "hashtags only on the last line"
    assert len(_MENTION.findall(caption)) <= 20
    assert emoji.emoji_count(caption) <= (MAX_EMOJI if request.emoji else 0), caption
    assert not lists.cliche_re.search(caption), caption
    assert not lists.profanity_re.search(caption), caption
    for word in entry.get("banned", []):
        assert not re.search(rf"(?i)(?<!\w){re.escape(word)}", caption), (word, caption)
    assert variant.hook_visible
    first_line = caption.split("\n", 1)[0]
    assert len(re.split(r"(?<=[.!?])\s", first_line, maxsplit=1)[0]) <= HOOK_CHARS


@pytest.mark.parametrize(
    "entry", CORPUS, ids=[f"{i}-{e['category']}" for i, e in enumerate(CORPUS)]
)
async def test_every_variant_is_within_the_rules_relevant_and_distinct(
    entry: dict[str, Any],
) -> None:
    content = entry["content"]
    keywords = _content_keywords(content, entry.get("language", "en"))
    vocabulary = _vocabulary(content)
    for index, options in enumerate(OPTION_SETS):
        tone = TONES[(CORPUS.index(entry) + index) % len(TONES)]
        request = _request(entry, **{"tone": tone, **options})
        result = await SERVICE.caption(request)
        assert result.engine == "offline"
        assert len(result.variants) == request.variants
        for variant in result.variants:
            _check_rules(entry, request, variant)
            body_words = {w.lower() for w in _WORD.findall(_body(variant))}
            assert body_words & keywords, (keywords, variant.caption)
            assert variant.hashtags or not keywords
            for tag in variant.hashtags:
                assert _built_from(tag[1:], vocabulary), (tag, content)
        signatures = [_signature(v) for v in result.variants]
        assert len(set(signatures)) == len(signatures), signatures
        texts = [_body(v) for v in result.variants]
        assert len(set(texts)) == len(texts)


def test_corpus_covers_what_users_post() -> None:
    categories = {e["category"] for e in CORPUS}
    assert len(CORPUS) >= 50
    assert {
        "food",
        "travel",
        "fitness",
        "fashion",
        "business",
        "pets",
        "non-english",
        "emoji-heavy",
        "very-short",
        "very-long",
    } <= categories
    assert max(len(e["content"]) for e in CORPUS) > 1500


async def test_non_english_content_keeps_its_keywords() -> None:
    for entry in (e for e in CORPUS if e["category"] == "non-english"):
        request = _request(entry, variants=2)
        result = await SERVICE.caption(request)
        top = yake.KeywordExtractor(lan=entry["language"], n=1, top=3).extract_keywords(
            entry["content"]
        )
        top_words = {t.lower() for t, _ in top}
        for variant in result.variants:
            assert top_words & {w.lower() for w in _WORD.findall(variant.caption)}, variant


async def test_captions_are_not_all_alike_across_posts() -> None:
    """Generic sameness: different posts must not share hooks."""
    hooks = []
    for entry in CORPUS[:40]:
        result = await SERVICE.caption(_request(entry, variants=1, emoji=False))
        hooks.append(result.variants[0].caption.split("\n", 1)[0])
    assert len(set(hooks)) == len(hooks)
