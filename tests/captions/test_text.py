from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions import (
    MAX_CAPTION_CHARS,
    build_caption,
    clamp_caption,
    dedupe_hashtags,
    hashtags_for,
    keywords,
)


def test_keywords_by_frequency_then_first_appearance() -> None:
    text = "The beach, the sun and the beach again. Sun! Waves."
    assert keywords(text) == ["beach", "sun", "waves"]


def test_keywords_drop_stop_words_and_short_words() -> None:
    assert keywords("it is a an of to") == []


def test_hashtags_are_clean_unique_and_bounded() -> None:
    assert hashtags_for(["Coffee", "coffee", "don't", "a1", "x", "y", "z", "w"]) == [
        "#coffee",
        "#dont",
        "#a1",
        "#x",
        "#y",
    ]


def test_dedupe_keeps_first_spelling() -> None:
    assert dedupe_hashtags(["#Sun", "#sun", "#", "#sea"]) == ["#Sun", "#sea"]


def test_build_caption_is_deterministic_and_real() -> None:
    content = "Homemade pasta night with friends. The pasta was perfect."
    first = build_caption(content, "playful")
    assert first == build_caption(content, "playful")
    text, words, tags = first
    assert text.startswith("Okay, this made our day! All about pasta")
    assert "Homemade pasta night with friends." in text
    assert words[0] == "pasta"
    assert tags[0] == "#pasta"


def test_clamp_keeps_the_limit() -> None:
    out = clamp_caption("y" * 5000, ["#a", "#b"])
    assert len(out) == MAX_CAPTION_CHARS
    assert out.endswith("#a #b")


@given(st.text(max_size=3000), st.lists(st.text(max_size=40), max_size=5))
def test_clamp_never_exceeds_the_limit(text: str, tags: list[str]) -> None:
    assert len(clamp_caption(text, tags)) <= MAX_CAPTION_CHARS + sum(len(t) for t in tags)
