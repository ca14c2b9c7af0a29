from __future__ import annotations

from typing import Any

import pytest

import captions
from captions import (
    DEFAULT_STAGES,
    REACTIVE_FUNCTIONS,
    CaptionCache,
    CaptionEngines,
    CaptionRequest,
    ContentError,
    stage_registry,
)


async def _run(registry: dict[str, captions.StageFn], item: object) -> dict[str, Any]:
    value = item
    for name in DEFAULT_STAGES:
        value = await registry[name](value)
    assert isinstance(value, dict)
    return value


async def test_default_stages_make_a_cached_caption() -> None:
    registry = stage_registry(CaptionCache())
    item = {"content": "Morning run by the river. The river was misty.", "user_id": "u"}
    out = await _run(registry, item)
    assert out["engine"] == "offline"
    assert out["cached"] is False
    assert out["hashtags"][0] == "#MorningRun"  # the subject's tag first
    assert "#running" in out["hashtags"]  # then the category people search
    assert not {"#morning", "#run"} & set(out["hashtags"])  # never the compound's pieces
    assert "morning run" in out["keywords"]
    assert out["caption"] == out["variants"][0]["caption"]
    assert out["caption"].endswith("\n\n" + " ".join(out["hashtags"]))
    assert out["char_count"] == len(out["caption"])
    assert out["hook_visible"] is True
    again = await _run(registry, item)
    assert again["cached"] is True
    other_user = await _run(registry, {**item, "user_id": "v"})
    assert other_user["cached"] is False


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("text", "expected an object"),
        ({"user_id": "u"}, "'content' must be a non-empty string"),
        ({"content": "   "}, "'content' must be a non-empty string"),
        ({"content": "x" * 2201}, "the limit is 2200"),
        ({"content": "ok", "user_id": 5}, "'user_id' must be a string"),
    ],
)
async def test_validate_content_explains(item: object, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        await stage_registry(CaptionCache())["validate_content"](item)


async def test_post_process_dedupes_and_caps_hashtags() -> None:
    post = stage_registry(CaptionCache())["post_process"]
    tags = ["#ab", "#AB", "#bc", "#cd", "#de", "#ef", "#fg", "#likeforlike"]
    out = await post({"caption": "hi", "hashtags": tags})
    assert out["hashtags"] == ["#ab", "#bc", "#cd", "#de", "#ef"]
    assert out["caption"] == "hi\n\n#ab #bc #cd #de #ef"


async def test_stage_options_come_from_the_item() -> None:
    registry = stage_registry(CaptionCache())
    item = {
        "content": "Tacos on the beach with friends",
        "user_id": "u",
        "variants": 3,
        "hashtags": 2,
        "emoji": False,
        "tone": "playful",
    }
    out = await _run(registry, item)
    assert len(out["variants"]) == 3
    assert all(len(v["hashtags"]) <= 2 for v in out["variants"])
    assert out["options"]["tone"] == "playful"
    with pytest.raises(ContentError, match="'tone'"):
        await registry["validate_content"]({**item, "tone": "grumpy"})
    with pytest.raises(ContentError, match="did you mean 'offline'"):
        await registry["load_ai_model"]({**item, "engine": "offlin"})


def test_cache_expires_after_ttl() -> None:
    now = [0.0]
    cache = CaptionCache(ttl=10, max_entries=2, clock=lambda: now[0])
    cache.put("k", 1)
    assert cache.get("k") == 1
    now[0] = 10.0
    assert cache.get("k") is None
    for key in ("a", "b", "c"):
        cache.put(key, key)
    assert len(cache) == 2
    assert cache.get("a") is None


def test_reactive_functions() -> None:
    prefs = REACTIVE_FUNCTIONS["get_preferences"]("u1")
    assert prefs == REACTIVE_FUNCTIONS["get_preferences"]("u1")
    assert prefs["tone"] in {"casual", "professional", "playful"}
    caption = REACTIVE_FUNCTIONS["generate_caption"](prefs, "Tacos on the beach, tacos forever")
    assert "#tacos" in caption
    assert REACTIVE_FUNCTIONS["word_count"]("a b c") == 3


def test_public_api_is_all() -> None:
    public = {name for name in vars(captions) if not name.startswith("_")}
    assert public <= set(captions.__all__) | {"annotations"}
    for name in captions.__all__:
        assert hasattr(captions, name)


def test_a_results_keywords_hold_no_phrase_of_function_words_only() -> None:
    # "Sunset hike at the lake with my dog." gave the keyword "with my" (README's example)
    request = CaptionRequest.model_validate(
        {"content": "Sunset hike at the lake with my dog.", "variants": 1}
    )
    keywords = CaptionEngines().generate_offline(request).keywords
    assert keywords, keywords
    assert "with my" not in keywords, keywords
