"""Instagram's rules, the emoji matcher, hashtag building and the word lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions import (
    MAX_CAPTION_CHARS,
    MAX_EMOJI,
    MAX_MENTIONS,
    CaptionRequest,
    apply_rules,
    count_emoji,
    emoji_for,
    rank_hashtags,
    tag_from_words,
    wordlists,
)
from captions._banks import BANKS, I18N
from captions._keywords import Keyword
from captions._wordlists import read_list

LISTS = wordlists()
REQUEST = CaptionRequest(content="post")


def _rules(text: str, tags: list[str] | None = None, **options: object) -> tuple[str, list[str]]:
    request = CaptionRequest.model_validate({**REQUEST.model_dump(), **options})
    banned = set(request.brand.banned_words if request.brand else [])
    out = apply_rules(text, tags or [], request, LISTS, frozenset(banned) | set(LISTS.profanity))
    assert out.char_count == len(out.caption) <= MAX_CAPTION_CHARS
    return out.caption, out.hashtags


def test_emoji_match_whole_words_only() -> None:
    assert emoji_for("rain") == "🌧️"
    assert emoji_for("train") == "🚆"
    assert emoji_for("rain") != emoji_for("train")
    assert emoji_for("cat") != emoji_for("category") or emoji_for("category") is None
    assert emoji_for("dogs") == emoji_for("dog") == "🐕"
    assert emoji_for("zzzqx") is None
    assert emoji_for("at") is None  # too short to mean anything


def test_long_captions_are_cut_to_fit_with_their_hashtags() -> None:
    text = "Hook line here.\n\n" + "A long sentence about the sea. " * 120
    caption, tags = _rules(text, ["#sea", "#coast"])
    assert len(caption) <= MAX_CAPTION_CHARS
    assert caption.startswith("Hook line here.")
    assert caption.endswith("\n\n#sea #coast")
    assert tags == ["#sea", "#coast"]


def test_hashtags_are_cleaned_deduped_unbanned_and_capped() -> None:
    raw = ["#Sea", "#sea", "#sea-side", "#f4f", "#LikeForLike", "#123", "#x", "#ok_tag", "#wow!"]
    caption, tags = _rules("Beach day.", raw, hashtags=4)
    assert tags == ["#Sea", "#seaside", "#ok_tag", "#wow"]
    assert caption == "Beach day.\n\n#Sea #seaside #ok_tag #wow"
    assert _rules("Beach day.", raw, hashtags=0) == ("Beach day.", [])


def test_hashtags_in_the_text_move_to_the_end() -> None:
    caption, tags = _rules("Loving #sundayfunday at the lake\n\n#lake #likeforlike", ["#water"])
    assert caption == "Loving sunday fun day at the lake\n\n#sundayfunday #lake #water"
    assert tags == ["#sundayfunday", "#lake", "#water"]


def test_mentions_are_capped_at_twenty() -> None:
    text = " ".join(f"@user{i}" for i in range(25))
    caption, _ = _rules(text)
    assert caption.count("@") == MAX_MENTIONS
    assert "user24" in caption


def test_emoji_off_removes_all_and_on_caps_them() -> None:
    text = "Pizza 🍕🍕🍕🍕 night 🔥🔥"
    assert count_emoji(_rules(text, emoji=False)[0]) == 0
    assert count_emoji(_rules(text)[0]) == MAX_EMOJI


def test_brand_words_profanity_and_cliches_go() -> None:
    brand = {"banned_words": ["cheap", "fast food"], "voice_examples": []}
    text = "Cheap eats and fast food. Living my best life. This damn burger rules."
    caption, _ = _rules(text, ["#cheapeats", "#burger"], brand=brand)
    assert "cheap" not in caption.lower()
    assert "fast food" not in caption.lower()
    assert "damn" not in caption
    assert "best life" not in caption
    assert "burger rules." in caption
    assert caption.endswith("#burger")


def test_hook_visibility_is_reported() -> None:
    request = REQUEST
    short = apply_rules("Short hook.\n\nBody.", [], request, LISTS, frozenset())
    long = apply_rules("x " * 80 + "\n\nBody.", [], request, LISTS, frozenset())
    assert short.hook_visible
    assert not long.hook_visible


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=3000), st.lists(st.text(max_size=40), max_size=40))
def test_rules_never_break_the_limits(text: str, tags: list[str]) -> None:
    out = apply_rules(text, tags, REQUEST, LISTS, frozenset())
    assert len(out.caption) <= MAX_CAPTION_CHARS
    assert len(out.hashtags) <= REQUEST.hashtags
    assert count_emoji(out.caption) <= MAX_EMOJI


def test_tags_from_words() -> None:
    assert tag_from_words(["Sunset", "hike"]) == "#SunsetHike"
    assert tag_from_words(["sundayfunday"]) == "#SundayFunDay"
    assert tag_from_words(["sundayfunday"], split=False) == "#sundayfunday"
    assert tag_from_words(["café"]) == "#café"
    assert tag_from_words(["!!"]) is None


def test_ranking_prefers_the_users_tags_then_phrases_and_blocks_spam() -> None:
    keywords = [Keyword("Sunset hike", 0.01), Keyword("dog", 0.09), Keyword("followme", 0.1)]
    tags = rank_hashtags(
        keywords,
        "Sunset hike with my dog #lakelife #followforfollow",
        blocked=LISTS.banned_hashtags,
        limit=5,
    )
    assert tags == ["#LakeLife", "#SunsetHike", "#sunset", "#hike", "#dog"]


def test_word_lists_are_maintained_files(tmp_path: Path) -> None:
    assert {"followforfollow", "likeforlike", "f4f"} <= LISTS.banned_hashtags
    assert "living my best life" in LISTS.cliches
    with pytest.raises(FileNotFoundError, match="config/ of the repo"):
        read_list(tmp_path / "missing.txt")


def test_phrase_banks_hold_no_cliches() -> None:
    for bank in [*BANKS.values(), *I18N.values()]:
        for templates in bank.values():
            for template in templates:
                assert not LISTS.cliche_re.search(template), template
                assert not LISTS.profanity_re.search(template), template
