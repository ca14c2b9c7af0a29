"""The caption pipeline's stages, registered by name.

Each stage is ``async def item -> item`` over a dict: it reads what earlier stages
wrote and adds its own keys. They never suspend, so the pipeline runs them on its
inline fast path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ._cache import CaptionCache, cache_key
from ._text import MAX_CAPTION_CHARS, MAX_HASHTAGS, build_caption, clamp_caption, dedupe_hashtags

__all__ = ["DEFAULT_STAGES", "ContentError", "StageFn", "stage_registry"]

StageFn = Callable[[Any], Awaitable[dict[str, Any]]]

DEFAULT_STAGES = (
    "validate_content",
    "load_ai_model",
    "generate_caption",
    "post_process",
    "cache_result",
)


class ContentError(ValueError):
    """The input item cannot be captioned; the message says which field and why."""


def _as_dict(item: Any, stage: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        msg = f"{stage}: expected an object with 'content' and 'user_id', got {type(item).__name__}"
        raise ContentError(msg)
    return dict(item)


async def validate_content(item: Any) -> dict[str, Any]:
    """Require a non-empty ``content`` of at most 2,200 chars and a string ``user_id``."""
    data = _as_dict(item, "validate_content")
    content = data.get("content")
    if not isinstance(content, str) or not content.strip():
        msg = f"validate_content: 'content' must be a non-empty string, got {content!r}"
        raise ContentError(msg)
    if len(content) > MAX_CAPTION_CHARS:
        msg = (
            f"validate_content: 'content' has {len(content)} chars; "
            f"the limit is {MAX_CAPTION_CHARS}"
        )
        raise ContentError(msg)
    user_id = data.get("user_id", "anonymous")
    if not isinstance(user_id, str):
        msg = f"validate_content: 'user_id' must be a string, got {type(user_id).__name__}"
        raise ContentError(msg)
    data["user_id"] = user_id
    data.setdefault("tone", "casual")
    return data


async def load_ai_model(item: Any) -> dict[str, Any]:
    """Attach the engine that will write the caption (only "offline" exists so far)."""
    data = _as_dict(item, "load_ai_model")
    data["engine"] = "offline"
    return data


async def generate_caption(item: Any) -> dict[str, Any]:
    """Write a hook, a body and hashtags from the content's keywords."""
    data = _as_dict(item, "generate_caption")
    content = data.get("content")
    if not isinstance(content, str):
        msg = "generate_caption: 'content' is missing; run validate_content first"
        raise ContentError(msg)
    text, words, tags = build_caption(content, str(data.get("tone", "casual")))
    data.update(caption=text, keywords=words, hashtags=tags)
    return data


async def post_process(item: Any) -> dict[str, Any]:
    """Dedupe hashtags, keep at most five, and fit the whole caption in 2,200 chars."""
    data = _as_dict(item, "post_process")
    raw_tags = data.get("hashtags") or []
    tags = dedupe_hashtags([str(t) for t in raw_tags])[:MAX_HASHTAGS]
    data["hashtags"] = tags
    data["caption"] = clamp_caption(str(data.get("caption", "")), tags)
    data["length"] = len(data["caption"])
    return data


def _cache_stage(cache: CaptionCache) -> StageFn:
    async def cache_result(item: Any) -> dict[str, Any]:
        """Serve a fresh identical caption from the cache, else store this one."""
        data = _as_dict(item, "cache_result")
        key = cache_key(str(data.get("content", "")), str(data.get("user_id", "")))
        hit = cache.get(key)
        if hit is not None:
            return {**hit, "cached": True}
        data["cached"] = False
        cache.put(key, data)
        return data

    return cache_result


def stage_registry(cache: CaptionCache) -> dict[str, StageFn]:
    """Every known stage by name; ``cache_result`` uses ``cache``."""
    return {
        "validate_content": validate_content,
        "load_ai_model": load_ai_model,
        "generate_caption": generate_caption,
        "post_process": post_process,
        "cache_result": _cache_stage(cache),
    }
