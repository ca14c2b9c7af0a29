"""The offline engine over the issue-12 corpus (``posts.jsonl``, see ``README_corpus.md``).

Every check reads the engine's output, not its code paths: the language written in,
the intent understood, the hook naming the subject, subjects that are whole phrases of
the post, emoji only from the lexicon, hashtags without a compound and its pieces, no
sentence frame in more than 5 % of the captions, and Instagram's rules. The older
``corpus.jsonl`` (long, emoji-only and banned-word posts) is run through the rules too.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import emoji
import pytest

from captions import (
    HOOK_CHARS,
    MAX_CAPTION_CHARS,
    MAX_EMOJI,
    TONES,
    CaptionEngines,
    CaptionRequest,
    VariantOut,
    detect_language,
    lexicon_emoji,
    wordlists,
)
from captions._service import Generated, finish
from captions._writer import templates

HERE = Path(__file__).parent
POSTS = [json.loads(line) for line in (HERE / "posts.jsonl").read_text("utf-8").splitlines()]
OLD = [
    json.loads(line)
    for line in (HERE / "corpus.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
ENGINES = CaptionEngines()
_TAG = re.compile(r"#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@[\w.]+")
_CORPUS_ONLY = {
    "id",
    "intent",
    "subject",
    "subject_free",
    "entities",
    "category_tags",
    "reference",
    "send_language",
}


def request_for(post: dict[str, Any], **overrides: Any) -> CaptionRequest:
    """The request a user would send: corpus answers dropped, ``language`` only when
    the corpus says to send it."""
    fields = {k: v for k, v in post.items() if k not in _CORPUS_ONLY}
    if not post.get("send_language"):
        fields.pop("language", None)
    fields.update(overrides)
    return CaptionRequest.model_validate(fields)


@functools.cache
def written(index: int) -> tuple[Generated, tuple[VariantOut, ...]]:
    """The engine's drafts and finished variants for post ``index`` (computed once)."""
    request = request_for(POSTS[index])
    generated = ENGINES.generate_offline(request)
    return generated, tuple(finish(request, generated.drafts, generated.language))


def body_of(variant: VariantOut) -> str:
    """The caption without its final hashtag line."""
    if variant.hashtags:
        assert variant.caption.endswith("\n\n" + " ".join(variant.hashtags))
        return variant.caption[: -len(" ".join(variant.hashtags))].rstrip()
    return variant.caption


def hook_of(variant: VariantOut) -> str:
    return body_of(variant).split("\n", 1)[0]


IDS = [p["id"] for p in POSTS]


def test_the_corpus_is_what_the_issue_asks_for() -> None:
    assert len(POSTS) >= 150
    assert len({p["intent"] for p in POSTS}) >= 15
    assert len({p["language"] for p in POSTS}) >= 5


def test_language_is_detected_and_kept() -> None:
    for index, post in enumerate(POSTS):
        generated, variants = written(index)
        assert generated.language == post["language"], post["id"]
        # the captions themselves read as the post's language, judged by the detector
        text = " ".join(body_of(v) for v in variants)
        assert detect_language(text)[0] == post["language"], (post["id"], text)


def test_intent_is_right_for_at_least_90_percent() -> None:
    right = [written(i)[0].intent == p["intent"] for i, p in enumerate(POSTS)]
    share = sum(right) / len(right)
    wrong = [(p["id"], written(i)[0].intent) for i, p in enumerate(POSTS) if not right[i]]
    assert share >= 0.90, (share, wrong)


@pytest.mark.parametrize("index", range(len(POSTS)), ids=IDS)
def test_every_hook_names_a_whole_subject_of_the_post(index: int) -> None:
    post = POSTS[index]
    generated, variants = written(index)
    subject = generated.subject
    assert subject, post["id"]
    content = post["content"]
    # a wedding post names the day when it names no couple ("We got married!!")
    words = templates(generated.language or "en").words
    named_by_engine = subject in (words.get("wedding"), words.get("moment"))
    if not post.get("subject_free") and not named_by_engine:
        # a whole phrase of the post: found in it, on word boundaries, never half a name
        match = re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", content, re.IGNORECASE)
        assert match, (subject, content)
        after = content[match.end() : match.end() + 40].split()
        if after and subject[:1].isupper() and after[0][:1].isupper():
            assert after[0].lower() in _CONTINUATIONS or not after[0].isalpha(), (subject, after)
    for variant in variants:
        assert (
            subject.lower() in hook_of(variant).lower()
            or subject.lower() in body_of(variant).split("\n")[0].lower()
        ), (subject, variant.caption)


_CONTINUATIONS = {"i", "we", "the", "a", "our", "my"}


def test_the_engines_subject_is_the_readers_subject_for_most_posts() -> None:
    """Agreement with the subject a reader would name (word overlap), measured."""
    agree = 0
    for index, post in enumerate(POSTS):
        ours = set(re.findall(r"\w+", written(index)[0].subject.lower()))
        theirs = set(re.findall(r"\w+", post["subject"].lower()))
        agree += bool(ours & theirs)
    # 0.75 before blind review 6: since then a name the opening does not give gets no
    # template hook around it (9 of that review's 32 embarrassing captions were such
    # hooks), so a post whose opening names nothing ("Big news and a bit of a sad one.",
    # "Road trip day 4.") is retold in its own words and its subject is that opening
    assert agree / len(POSTS) >= 0.74, agree


def test_emoji_come_only_from_the_lexicon() -> None:
    allowed = lexicon_emoji()
    for index in range(len(POSTS)):
        for variant in written(index)[1]:
            # (or the post's own, kept where they were)
            own = {e["emoji"] for e in emoji.emoji_list(POSTS[index]["content"])}
            for found in emoji.emoji_list(variant.caption):
                assert found["emoji"] in allowed | own, (POSTS[index]["id"], found["emoji"])
            assert emoji.emoji_count(variant.caption) <= MAX_EMOJI


def test_hashtags_never_hold_a_compound_and_its_pieces() -> None:
    for index in range(len(POSTS)):
        for variant in written(index)[1]:
            bodies = [t[1:].lower() for t in variant.hashtags]
            for a in bodies:
                for b in bodies:
                    if a != b and len(a) >= 3:
                        assert not b.startswith(a), variant.hashtags
                        assert not b.endswith(a), variant.hashtags


def test_no_hashtag_is_a_stopword_a_number_or_a_generic_noun() -> None:
    junk = {"the", "and", "day", "today", "one", "two", "three", "new", "time", "thing"}
    for index in range(len(POSTS)):
        for variant in written(index)[1]:
            for tag in variant.hashtags:
                assert tag[1:].lower() not in junk, tag
                assert not tag[1:].isdigit(), tag


def test_no_sentence_frame_in_more_than_5_percent_of_captions() -> None:
    frames: Counter[str] = Counter()
    captions = 0
    for index in range(len(POSTS)):
        generated, _ = written(index)
        for draft in generated.drafts:
            captions += 1
            frames.update(set(draft.frames))
    worst, count = frames.most_common(1)[0]
    assert count / captions <= 0.05, (worst, count, captions)


def test_no_sentence_repeats_in_more_than_5_percent_of_captions_as_text() -> None:
    """The same check on the text: each sentence with the post's subject masked."""
    seen: Counter[str] = Counter()
    captions = 0
    for index in range(len(POSTS)):
        generated, variants = written(index)
        for variant in variants:
            captions += 1
            body = emoji.replace_emoji(body_of(variant), "").replace(generated.subject, "_")
            sentences = {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\n+", body)}
            # the subject alone ("_.") is the post's own words, not a repeated frame
            seen.update(s for s in sentences if s.strip("_.!?… "))
    sentence, count = seen.most_common(1)[0]
    assert count / captions <= 0.05, (sentence, count, captions)


def test_variants_differ_in_hook_body_and_call_to_action() -> None:
    for index in range(len(POSTS)):
        generated, variants = written(index)
        hooks = [d.hook for d in generated.drafts]
        ctas = [d.cta for d in generated.drafts if d.cta]
        assert len(set(hooks)) == len(hooks), POSTS[index]["id"]
        assert len(set(ctas)) == len(ctas), POSTS[index]["id"]
        bodies = [body_of(v) for v in variants]
        assert len(set(bodies)) == len(bodies)


def test_lists_only_when_the_post_lists_three_or_more_things() -> None:
    for index in range(len(POSTS)):
        for variant in written(index)[1]:
            bullets = [ln for ln in variant.caption.splitlines() if ln.startswith("• ")]
            assert not bullets or len(bullets) >= 3, variant.caption


def test_calls_to_action_fit_the_purpose() -> None:
    selling = re.compile(r"\b(shop|buy|order yours|compra|achète|kaufen|compre|acquista)\b", re.I)
    for index, post in enumerate(POSTS):
        if post["intent"] not in ("charity", "thank_you", "pets"):
            continue
        for variant in written(index)[1]:
            # the post's own words ("Pet Shop Bicho Feliz") are retold, not a call to sell
            own = {w.lower() for w in selling.findall(post["content"])}
            sold = [w for w in selling.findall(variant.caption) if w.lower() not in own]
            assert not sold, (post["id"], variant.caption)


def test_an_ill_fitting_tone_is_adapted_and_said() -> None:
    sensitive = [
        i
        for i, p in enumerate(POSTS)
        if p.get("tone") == "playful" and written(i)[0].intent in ("pets", "charity")
    ]
    assert sensitive
    notes = [n for i in sensitive for n in written(i)[0].notes]
    assert any("tone" in n for n in notes), notes


def test_captions_are_never_cut_and_the_brief_is_not_pasted_back() -> None:
    for index, post in enumerate(POSTS):
        for variant in written(index)[1]:
            body = body_of(variant)
            assert "…" not in body.replace(post["content"], "")
            # a one-line post the account speaks in may be its own first line, whole
            one_line = len(post["content"]) <= 118 and not re.search(r"[.!?] \w", post["content"])
            assert post["content"].strip() not in body or len(post["content"]) < 40 or one_line


def _check_rules(request: CaptionRequest, variant: VariantOut, banned: list[str]) -> None:
    lists = wordlists()
    caption = variant.caption
    assert variant.char_count == len(caption) <= MAX_CAPTION_CHARS
    assert len(variant.hashtags) <= request.hashtags
    assert len({t.lower() for t in variant.hashtags}) == len(variant.hashtags)
    assert all(re.fullmatch(r"#\w{2,30}", t) for t in variant.hashtags), variant.hashtags
    assert not {t[1:].lower() for t in variant.hashtags} & lists.banned_hashtags
    assert _TAG.findall(body_of(variant)) == [], "hashtags only on the last line"
    assert len(_MENTION.findall(caption)) <= 20
    assert emoji.emoji_count(caption) <= (MAX_EMOJI if request.emoji else 0), caption
    assert not lists.cliche_re.search(caption), caption
    assert not lists.profanity_re.search(caption), caption
    for word in banned:
        assert not re.search(rf"(?i)(?<!\w){re.escape(word)}", caption), (word, caption)
    assert variant.hook_visible
    assert len(hook_of(variant).split(". ")[0]) <= HOOK_CHARS


OPTION_SETS: list[dict[str, Any]] = [
    {"variants": 5},
    {"variants": 3, "emoji": False, "cta": False, "length": "short"},
    {"variants": 4, "length": "long", "hashtags": 30},
]


@pytest.mark.parametrize("index", range(0, len(POSTS), 3), ids=IDS[::3])
def test_corpus_captions_keep_instagrams_rules_under_every_option(index: int) -> None:
    post = POSTS[index]
    banned = (post.get("brand") or {}).get("banned_words", [])
    for n, options in enumerate(OPTION_SETS):
        request = request_for(post, **{"tone": TONES[(index + n) % len(TONES)], **options})
        generated = ENGINES.generate_offline(request)
        variants = finish(request, generated.drafts, generated.language)
        assert len(variants) == request.variants
        for variant in variants:
            _check_rules(request, variant, banned)


@pytest.mark.parametrize("index", range(len(OLD)), ids=[e["category"] for e in OLD])
def test_older_corpus_keeps_the_rules(index: int) -> None:
    entry = OLD[index]
    fields = {k: v for k, v in entry.items() if k not in {"category", "banned"}}
    if entry.get("banned"):
        fields["brand"] = {"banned_words": entry["banned"]}
    for options in OPTION_SETS:
        request = CaptionRequest.model_validate({**fields, **options})
        generated = ENGINES.generate_offline(request)
        for variant in finish(request, generated.drafts, generated.language):
            _check_rules(request, variant, entry.get("banned", []))


def test_a_list_keeps_its_promise() -> None:
    """A list intro that counts ("in four points") counts the bullets that follow."""
    for index in range(len(POSTS)):
        generated, variants = written(index)
        numbers = templates(generated.language or "en").numbers
        for variant in variants:
            lines = variant.caption.splitlines()
            bullets = [ln for ln in lines if ln.startswith("• ")]
            if not bullets:
                continue
            intro = lines[0].lower()
            said = [n for n, word in enumerate(numbers) if re.search(rf"\b{word}\b", intro)]
            assert not said or said[-1] == len(bullets), variant.caption
