"""The caption pipeline's stages, registered by name.

Each stage is ``async def item -> item`` over a dict: it reads what earlier stages
wrote and adds its own keys. The item carries the request fields of
``POST /api/v14/captions`` (``content``, ``tone``, ``variants`` — default 1 here —,
``hashtags``, ``emoji``, ``cta``, ``language``, ``length``, ``brand``, ``engine``)
plus ``user_id``. With the offline engine no stage suspends, so the pipeline runs
them on its inline fast path; the remote engine suspends in ``generate_caption``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError

from ._cache import CaptionCache
from ._models import MAX_CAPTION_CHARS, MAX_USER_ID_CHARS, CaptionRequest
from ._offline import Draft
from ._service import CaptionEngines, finish, request_key

__all__ = ["DEFAULT_STAGES", "ContentError", "StageFn", "stage_registry"]

StageFn = Callable[[Any], Awaitable[dict[str, Any]]]

DEFAULT_STAGES = (
    "validate_content",
    "load_ai_model",
    "generate_caption",
    "post_process",
    "cache_result",
)
_REQUEST_FIELDS = frozenset(CaptionRequest.model_fields)
# request fields a post may carry that validate_content checks itself
_CHECKED = frozenset({"content", "user_id"})
_OPTIONS = _REQUEST_FIELDS - _CHECKED
_DEFAULT_ENGINES: CaptionEngines | None = None


class ContentError(ValueError):
    """The input item cannot be captioned; the message says which field and why."""


def _as_dict(item: Any, stage: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        msg = f"{stage}: expected an object with 'content' and 'user_id', got {type(item).__name__}"
        raise ContentError(msg)
    return dict(item)


def _request(data: dict[str, Any], stage: str) -> CaptionRequest:
    options = data.get("options")
    if isinstance(options, dict):  # written by generate_caption: outputs reuse the names
        fields = {**options, "content": data.get("content")}
    else:
        fields = {k: v for k, v in data.items() if k in _REQUEST_FIELDS and v is not None}
        # outputs of other stages under request names: lists of tags/variants, int length
        for name, kind in (("hashtags", list), ("variants", list), ("length", int)):
            if isinstance(fields.get(name), kind):
                del fields[name]
        fields.setdefault("variants", 1)
    if isinstance(fields.get("engine"), str) and fields["engine"].startswith("offline ("):
        fields["engine"] = "offline"  # a fallback label written by generate_caption
    try:
        return CaptionRequest.model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(
            f"'{'.'.join(str(p) for p in e['loc'])}': {e['msg']}" for e in error.errors()
        )
        msg = f"{stage}: {problems}"
        raise ContentError(msg) from None


def _default_engines() -> CaptionEngines:
    global _DEFAULT_ENGINES
    if _DEFAULT_ENGINES is None:
        _DEFAULT_ENGINES = CaptionEngines()
    return _DEFAULT_ENGINES


async def validate_content(item: Any) -> dict[str, Any]:
    """Require a non-empty ``content`` of at most 2,200 chars, a string ``user_id``
    and valid caption options."""
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
    if not _plain_post(data, user_id):
        _request(data, "validate_content")
    data["user_id"] = user_id
    data.setdefault("tone", "casual")
    return data


def _plain_post(data: dict[str, Any], user_id: str) -> bool:
    """Whether ``data`` (content checked) is a post with no caption option and no stored
    options: then CaptionRequest has nothing left to refuse but a user_id's length, so
    the model is not built (about 3.5 µs of every pipeline run's first stage; the result
    is the same, as tests/captions/test_stages_plain.py checks)."""
    if _OPTIONS.intersection(data) or isinstance(data.get("options"), dict):
        return False
    return data.get("user_id") is None or 1 <= len(user_id) <= MAX_USER_ID_CHARS


def _stages(engines: CaptionEngines, cache: CaptionCache | None) -> dict[str, StageFn]:
    async def load_ai_model(item: Any) -> dict[str, Any]:
        """Choose the engine: the item's ``engine`` or the configured default."""
        data = _as_dict(item, "load_ai_model")
        try:
            data["engine"] = engines.resolve(data.get("engine"))
        except ValueError as error:
            raise ContentError(f"load_ai_model: {error}") from None
        return data

    async def generate_caption(item: Any) -> dict[str, Any]:
        """Write the variants with the chosen engine (drafts, before the rules)."""
        data = _as_dict(item, "generate_caption")
        if not isinstance(data.get("content"), str):
            msg = "generate_caption: 'content' is missing; run validate_content first"
            raise ContentError(msg)
        request = _request(data, "generate_caption")
        generated = await engines.generate(request)
        drafts = [
            {"text": d.text, "hashtags": d.hashtags, "structure": d.structure}
            for d in generated.drafts
        ]
        first = generated.drafts[0]
        data.update(
            options=request.model_dump(mode="json", exclude={"content", "engine"}),
            engine=generated.engine,
            keywords=list(generated.keywords),
            drafts=drafts,
            caption=first.text,
            hashtags=first.hashtags,
        )
        return data

    async def post_process(item: Any) -> dict[str, Any]:
        """Apply Instagram's rules to every draft (limits, hashtags, emoji, banned words)."""
        data = _as_dict(item, "post_process")
        raw = data.get("drafts")
        if not isinstance(raw, list) or not raw:  # a caption written by another stage
            raw = [{"text": data.get("caption", ""), "hashtags": data.get("hashtags") or []}]
        drafts = [
            Draft(str(d.get("text", "")), [str(t) for t in d.get("hashtags") or []], "")
            for d in raw
            if isinstance(d, dict)
        ]
        request = _request({**data, "content": data.get("content") or "-"}, "post_process")
        variants = finish(request, drafts)
        data.pop("drafts", None)
        data["variants"] = [v.model_dump() for v in variants]
        first = variants[0]
        data.update(
            caption=first.caption,
            hashtags=first.hashtags,
            char_count=first.char_count,
            hook_visible=first.hook_visible,
        )
        return data

    stages: dict[str, StageFn] = {
        "validate_content": validate_content,
        "load_ai_model": load_ai_model,
        "generate_caption": generate_caption,
        "post_process": post_process,
    }
    if cache is not None:

        async def cache_result(item: Any) -> dict[str, Any]:
            """Serve a fresh identical caption from the cache, else store this one."""
            data = _as_dict(item, "cache_result")
            engine = str(data.get("engine", "offline"))
            key = request_key(_request(data, "cache_result"), engine, str(data.get("user_id", "")))
            hit = await cache.aget(key)  # the shared store on Redis, else in-process
            if hit is not None:
                return {**hit, "cached": True}
            data["cached"] = False
            if not engine.startswith("offline ("):  # fallbacks are not cached
                await cache.aput(key, data)
            return data

        stages["cache_result"] = cache_result
    return stages


def stage_registry(
    cache: CaptionCache, engines: CaptionEngines | None = None
) -> dict[str, StageFn]:
    """Every known stage by name.

    Args:
        cache: where ``cache_result`` keeps finished captions (TTL).
        engines: the engine registry (default: offline only).
    """
    return _stages(engines or _default_engines(), cache)


def _module_stage(name: str) -> StageFn:
    async def stage(item: Any) -> dict[str, Any]:
        return await _stages(_default_engines(), None)[name](item)

    stage.__name__ = stage.__qualname__ = name
    return stage


# the stages as module attributes, on the default (offline) engines
load_ai_model = _module_stage("load_ai_model")
generate_caption = _module_stage("generate_caption")
post_process = _module_stage("post_process")
