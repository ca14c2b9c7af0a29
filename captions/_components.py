"""The caption domain as flow components: stages, reactive functions, guards, handlers.

``register_components(registry)`` adds them to a ``flows.Registry``; nothing is
registered on import. The app passes its shared cache; without one, every built
``cache_result`` stage gets its own (so each marble test starts cold).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from flows import BuildContext, Registry

from ._cache import CaptionCache
from ._reactive_fns import REACTIVE_FUNCTIONS
from ._service import CaptionEngines
from ._stages import DEFAULT_STAGES, StageFn, stage_registry

__all__ = ["register_components"]


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoParams(_Params):
    """No parameters."""


class CacheParams(_Params):
    ttl: float = Field(300.0, gt=0, description="seconds a cached caption stays fresh")
    max_entries: int = Field(1024, ge=1, description="captions kept before the oldest go")


class CaptionHandlerParams(_Params):
    publish: str = Field("caption_completed", min_length=1, description="event of the result")
    on_error: str | None = Field(
        "caption_failed", description="event published with {error, data} on a failure"
    )
    stages: list[str] = Field(
        default_factory=lambda: list(DEFAULT_STAGES), description="caption stages, in order"
    )

    @field_validator("stages")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = [s for s in value if s not in DEFAULT_STAGES]
        if unknown:
            msg = f"unknown stage '{unknown[0]}'; expected some of {', '.join(DEFAULT_STAGES)}"
            raise ValueError(msg)
        return value


class PreferencesHandlerParams(_Params):
    publish: str = Field(
        "preferences_updated", min_length=1, description="event of the new preferences"
    )


class HasContentParams(_Params):
    min_chars: int = Field(1, ge=1, description="least non-blank characters of `content`")


def register_components(
    registry: Registry,
    *,
    cache: CaptionCache | None = None,
    engines: CaptionEngines | None = None,
) -> None:
    """Register the caption stages, reactive functions, guards and handlers.

    Args:
        registry: where to register.
        cache: shared by every ``cache_result`` stage built (the app's cache);
            None gives each built stage its own.
        engines: the caption engines the stages use (default: offline only).
    """

    def stages_for(p: CacheParams | None = None) -> dict[str, StageFn]:
        own = (
            cache
            if cache is not None
            else CaptionCache(ttl=p.ttl if p else 300.0, max_entries=p.max_entries if p else 1024)
        )
        return stage_registry(own, engines)

    plain = stages_for()
    for name in DEFAULT_STAGES:
        if name == "cache_result":
            continue
        registry.register(name, "stage", NoParams, _fixed(plain[name]), _doc(plain[name]))

    def cache_result(p: CacheParams, _ctx: BuildContext) -> StageFn:
        return stages_for(p)["cache_result"]

    registry.register(
        "cache_result",
        "stage",
        CacheParams,
        cache_result,
        "Serve a fresh identical caption from the cache, else store this one.",
    )
    for name, fn in REACTIVE_FUNCTIONS.items():
        registry.register(name, "reactive", NoParams, _fixed(fn), _doc(fn))

    def has_content(p: HasContentParams, _ctx: BuildContext) -> Callable[[Mapping[str, Any]], bool]:
        return lambda context: len(str(context.get("content") or "").strip()) >= p.min_chars

    registry.register(
        "has_content",
        "guard",
        HasContentParams,
        has_content,
        "Allow the transition when the context has non-blank `content`.",
    )

    def caption_handler(p: CaptionHandlerParams, ctx: BuildContext) -> Callable[[Any], Any]:
        bus = ctx.require_bus()
        fns = stages_for()
        chain = [fns[s] for s in p.stages]

        async def caption(data: Any) -> None:
            item = data
            try:
                for fn in chain:
                    item = await fn(item)
            except Exception as error:
                if p.on_error is None:
                    raise
                await bus.publish(p.on_error, {"error": str(error), "data": data})
                return
            await bus.publish(p.publish, item)

        return caption

    registry.register(
        "caption",
        "handler",
        CaptionHandlerParams,
        caption_handler,
        "Run the caption stages on the event's data and publish the result.",
    )

    def preferences_handler(p: PreferencesHandlerParams, ctx: BuildContext) -> Callable[[Any], Any]:
        bus = ctx.require_bus()
        get_preferences = REACTIVE_FUNCTIONS["get_preferences"]

        async def preferences(data: Any) -> None:
            user = data.get("user_id") if isinstance(data, Mapping) else data
            await bus.publish(p.publish, get_preferences(user))

        return preferences

    registry.register(
        "preferences",
        "handler",
        PreferencesHandlerParams,
        preferences_handler,
        "Publish the user's (derived) preferences after a preference change.",
    )


def _fixed(fn: Callable[..., Any]) -> Callable[[Any, BuildContext], Callable[..., Any]]:
    """A factory that always returns ``fn`` (a component without parameters)."""

    def factory(_p: Any, _ctx: BuildContext) -> Callable[..., Any]:
        return fn

    return factory


def _doc(fn: Callable[..., Any]) -> str:
    lines = (fn.__doc__ or "").strip().splitlines()
    return lines[0] if lines else ""
