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
    post_hashtags,
    read_post,
    tag_from_words,
    wordlists,
)
from captions._lexicon import LANGUAGES, load_data
from captions._wordlists import read_list

LISTS = wordlists()
REQUEST = CaptionRequest(content="post")


def _rules(text: str, tags: list[str] | None = None, **options: object) -> tuple[str, list[str]]:
    request = CaptionRequest.model_validate({**REQUEST.model_dump(), **options})
    banned = set(request.brand.banned_words if request.brand else [])
    out = apply_rules(text, tags or [], request, LISTS, frozenset(banned) | set(LISTS.profanity))
    assert out.char_count == len(out.caption) <= MAX_CAPTION_CHARS
    return out.caption, out.hashtags


def test_emoji_come_from_the_lexicon_by_meaning_never_from_emoji_names() -> None:
    assert emoji_for("rain") == "🌧️"
    assert emoji_for("train") == "🚆"
    assert emoji_for("dogs") == emoji_for("dog") == "🐶"  # by lemma
    assert emoji_for("wedding") == emoji_for("weddings") == "💍"
    assert emoji_for("boda", "es") == "💍"
    # words whose senses differ are not in the lexicon, whatever an emoji is called
    for word in ("temple", "bar", "date", "crane", "category", "battery", "minutes", "at"):
        assert emoji_for(word) is None, word


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
    # "#seaside" is a compound of "#Sea": never both
    assert tags == ["#Sea", "#ok_tag", "#wow"]
    assert caption == "Beach day.\n\n#Sea #ok_tag #wow"
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


def test_hashtags_put_the_users_first_then_subject_place_and_category() -> None:
    post = read_post("Sunset hike in Lisbon with my dog #lakelife #followforfollow")
    tags, note = post_hashtags(post, 5, blocked=LISTS.banned_hashtags)
    assert tags[:2] == ["#lakelife", "#Lisbon"]
    assert "#hiking" in tags  # the category people search
    assert "#followforfollow" not in tags
    assert note is None or "No filler" in note
    wedding = read_post("Marco and Giulia got married in Puglia on Saturday.")
    tags, _ = post_hashtags(wedding, 5, blocked=LISTS.banned_hashtags)
    assert tags[:2] == ["#MarcoAndGiulia", "#Puglia"]
    assert "#wedding" in tags
    assert not {"#marco", "#giulia"} & {t.lower() for t in tags}


def test_fewer_hashtags_than_asked_come_with_a_note_not_filler() -> None:
    post = read_post("Leg day at Iron Temple gym. New PR on squats: 140 kg!")
    tags, note = post_hashtags(post, 30, blocked=LISTS.banned_hashtags)
    assert tags[0] == "#IronTemple"
    assert not {"#iron", "#temple", "#leg", "#day", "#140"} & {t.lower() for t in tags}
    assert len(tags) < 30
    assert note is not None
    assert f"{len(tags)} relevant hashtag(s)" in note


def test_word_lists_are_maintained_files(tmp_path: Path) -> None:
    assert {"followforfollow", "likeforlike", "f4f"} <= LISTS.banned_hashtags
    assert "living my best life" in LISTS.cliches
    with pytest.raises(FileNotFoundError, match="config/ of the repo"):
        read_list(tmp_path / "missing.txt")


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_hold_no_cliches_and_every_hook_names_the_subject(language: str) -> None:
    data = load_data("templates", language)
    for section in ("hook", "line", "fact", "list", "cta"):
        for intent, templates in data[section].items():
            for template in templates:
                assert not LISTS.cliche_re.search(template), template
                assert not LISTS.profanity_re.search(template), template
                if section in ("hook", "list"):
                    assert "{S}" in template or "{S^}" in template, (language, intent, template)
