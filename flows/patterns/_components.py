"""Built-in components: each parameter model beside the factory that uses it.

Operators (``wrap:`` of a pipeline step): ``retry``, ``timeout``, ``circuit_breaker``,
``rate_limit``. Stages: ``passthrough``, ``set_field``, ``template``, ``delay``,
``fail_times``. Reactive: ``pick``. Guards: ``has_field``, ``field_equals``.
Handlers: ``publish``, ``log``. Processor steps (``_processor_steps``): ``map``,
``filter``, ``flat_map``, ``key_by``, ``window``, ``aggregate``, ``join``,
``dedupe``, ``debounce``, ``throttle``. Registered by :func:`register_builtins`, never on
import.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import reactivex
from pydantic import BaseModel, ConfigDict, Field
from reactivex import Observable
from reactivex import operators as ops
from reactivex.scheduler import ImmediateScheduler

from operators import rate_limit

from .._registry import BuildContext, Registry, StageParts, StageWrapper
from ._processor_steps import register_processor_steps
from ._stage import CircuitBreakerConfig

__all__ = ["build_registry", "register_builtins"]

log = logging.getLogger("captionflow.flows")


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoParams(_Params):
    """No parameters."""


# -- operators: stage-config wrappers ---------------------------------------------------


class RetryParams(_Params):
    retries: int = Field(3, ge=1, le=100, description="extra attempts after a failure")
    delay: float = Field(0.1, ge=0, description="seconds before the first retry")
    multiplier: float = Field(2.0, ge=1, description="delay growth per retry")
    max_delay: float = Field(10.0, ge=0, description="cap on one retry delay (s)")
    jitter: float = Field(
        0.1, ge=0, le=1, description="± fraction of random jitter; 0 for exact times in tests"
    )
    budget: float | None = Field(None, gt=0, description="seconds all attempts may take")


def _retry(p: RetryParams, _ctx: BuildContext) -> StageWrapper:
    """Retry a failed stage with exponential backoff on the flow's scheduler."""
    patch = {
        "retries": p.retries,
        "retry_delay": p.delay,
        "retry_multiplier": p.multiplier,
        "retry_max_delay": p.max_delay,
        "retry_jitter": p.jitter,
        "retry_budget": p.budget,
    }
    return lambda parts: StageParts(parts.fn, {**parts.config, **patch})


class TimeoutParams(_Params):
    seconds: float = Field(..., gt=0, description="seconds one attempt may take")


def _timeout(p: TimeoutParams, _ctx: BuildContext) -> StageWrapper:
    """Fail an attempt that takes longer than ``seconds`` (ItemTimeoutError)."""
    return lambda parts: StageParts(parts.fn, {**parts.config, "timeout": p.seconds})


def _circuit_breaker(p: CircuitBreakerConfig, _ctx: BuildContext) -> StageWrapper:
    """Open after repeated failures; fail fast until a half-open probe succeeds."""
    return lambda parts: StageParts(parts.fn, {**parts.config, "circuit_breaker": p})


class RateLimitParams(_Params):
    rate: float = Field(..., gt=0, description="calls per second after the burst")
    burst: int = Field(1, ge=1, description="calls allowed back to back")


def settle(result: Any) -> Observable[Any]:
    """A stage result as an Observable of one value (an awaitable runs in a task)."""
    if isinstance(result, Observable):
        observable: Observable[Any] = result
        return observable.pipe(ops.first())
    if inspect.isawaitable(result):
        return reactivex.from_future(asyncio.ensure_future(result))
    return reactivex.just(result)


def _rate_limit(p: RateLimitParams, ctx: BuildContext) -> StageWrapper:
    """Space calls of the stage with a token bucket on the flow's scheduler (delay, never drop)."""

    def wrap(parts: StageParts) -> StageParts:
        # one bucket for the stage: every call (each attempt) is an item through it
        limiter: Callable[[Observable[Any]], Observable[Any]] = rate_limit(
            p.rate, p.burst, scheduler=ctx.scheduler, shared=True
        )
        fn = parts.fn

        def rate_limited(item: Any) -> Observable[Any]:
            call = reactivex.just(item, ImmediateScheduler.singleton())
            return call.pipe(limiter, ops.flat_map(lambda due: settle(fn(due))))

        return StageParts(rate_limited, parts.config)

    return wrap


# -- stages ---------------------------------------------------------------------------


def _passthrough(_p: NoParams, _ctx: BuildContext) -> Callable[[Any], Any]:
    """Return the item unchanged."""

    def passthrough(item: Any) -> Any:
        return item

    return passthrough


class SetFieldParams(_Params):
    field: str = Field(..., min_length=1, description="key to set on the item (a mapping)")
    value: Any = Field(None, description="the value to set")


def _as_dict(item: Any, step: str) -> dict[str, Any]:
    if not isinstance(item, Mapping):
        msg = f"{step}: expected a mapping item, got {type(item).__name__}"
        raise TypeError(msg)
    return dict(item)


def _set_field(p: SetFieldParams, ctx: BuildContext) -> Callable[[Any], Any]:
    """Set ``field`` to ``value`` on a copy of the item."""

    def set_field(item: Any) -> dict[str, Any]:
        return {**_as_dict(item, ctx.step), p.field: p.value}

    return set_field


class TemplateParams(_Params):
    field: str = Field(..., min_length=1, description="key that receives the formatted text")
    template: str = Field(..., description="str.format template over the item's keys")


def _template(p: TemplateParams, ctx: BuildContext) -> Callable[[Any], Any]:
    """Set ``field`` to ``template`` formatted with the item's keys ("{user_id}: {caption}")."""

    def template(item: Any) -> dict[str, Any]:
        data = _as_dict(item, ctx.step)
        try:
            text = p.template.format_map(data)
        except KeyError as error:
            msg = f"{ctx.step}: the template needs key {error}, which the item lacks"
            raise KeyError(msg) from None
        return {**data, p.field: text}

    return template


class DelayParams(_Params):
    seconds: float = Field(..., ge=0, description="seconds to wait, on the flow's scheduler")


def _delay(p: DelayParams, ctx: BuildContext) -> Callable[[Any], Any]:
    """Pass the item on after ``seconds`` (virtual seconds in marble tests)."""

    def delay(item: Any) -> Observable[Any]:
        return reactivex.timer(p.seconds, scheduler=ctx.scheduler).pipe(ops.map(lambda _: item))

    return delay


class FailTimesParams(_Params):
    times: int = Field(..., ge=0, description="how many calls fail before calls succeed")
    message: str = Field("planned failure", description="text of the RuntimeError raised")


def _fail_times(p: FailTimesParams, _ctx: BuildContext) -> Callable[[Any], Any]:
    """Fail the first ``times`` calls with RuntimeError, then pass items through."""
    calls = [0]

    def fail_times(item: Any) -> Any:
        calls[0] += 1
        if calls[0] <= p.times:
            msg = f"{p.message} ({calls[0]} of {p.times})"
            raise RuntimeError(msg)
        return item

    return fail_times


# -- reactive, guards, handlers ---------------------------------------------------------


class PickParams(_Params):
    field: str = Field(..., description="key to read from the (single) dependency's value")
    default: Any = Field(None, description="value when the key is missing")


def _pick(p: PickParams, _ctx: BuildContext) -> Callable[..., Any]:
    """A computation returning one key of its dependency's value."""

    def pick(value: Any) -> Any:
        return value.get(p.field, p.default) if isinstance(value, Mapping) else p.default

    return pick


class HasFieldParams(_Params):
    field: str = Field(..., description="context key that must be present and truthy")


def _has_field(p: HasFieldParams, _ctx: BuildContext) -> Callable[[Mapping[str, Any]], bool]:
    """Allow the transition when the trigger context has a truthy ``field``."""
    return lambda context: bool(context.get(p.field))


class FieldEqualsParams(_Params):
    field: str = Field(..., description="context key to compare")
    value: Any = Field(..., description="the value it must equal")


def _field_equals(p: FieldEqualsParams, _ctx: BuildContext) -> Callable[[Mapping[str, Any]], bool]:
    """Allow the transition when ``context[field] == value``."""
    return lambda context: bool(context.get(p.field) == p.value)


class PublishParams(_Params):
    event: str = Field(..., min_length=1, description="event type to publish the data as")


def _publish(p: PublishParams, ctx: BuildContext) -> Callable[[Any], Any]:
    """Publish the event's data again as ``event`` (a relay)."""
    bus = ctx.require_bus()

    async def publish(data: Any) -> None:
        await bus.publish(p.event, data)

    return publish


class LogParams(_Params):
    level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="logging level of the record"
    )


def _log(p: LogParams, ctx: BuildContext) -> Callable[[Any], Any]:
    """Log each event's data on the ``captionflow.flows`` logger."""
    level = logging.getLevelName(p.level.upper())

    def log_event(data: Any) -> None:
        log.log(level, "%s: %r", ctx.step, data)

    return log_event


def register_builtins(registry: Registry) -> None:
    """Register every built-in component on ``registry``."""
    registry.register("retry", "operator", RetryParams, _retry)
    registry.register("timeout", "operator", TimeoutParams, _timeout)
    registry.register("circuit_breaker", "operator", CircuitBreakerConfig, _circuit_breaker)
    registry.register("rate_limit", "operator", RateLimitParams, _rate_limit)
    registry.register("passthrough", "stage", NoParams, _passthrough)
    registry.register("set_field", "stage", SetFieldParams, _set_field)
    registry.register("template", "stage", TemplateParams, _template)
    registry.register("delay", "stage", DelayParams, _delay)
    registry.register("fail_times", "stage", FailTimesParams, _fail_times)
    registry.register("pick", "reactive", PickParams, _pick)
    registry.register("has_field", "guard", HasFieldParams, _has_field)
    registry.register("field_equals", "guard", FieldEqualsParams, _field_equals)
    registry.register("publish", "handler", PublishParams, _publish)
    registry.register("log", "handler", LogParams, _log)
    register_processor_steps(registry)


def build_registry(
    extra: Iterable[Callable[[Registry], None]] = (), *, entry_points: bool = True
) -> Registry:
    """The built-in components, then ``extra`` registrars, then installed entry points."""
    registry = Registry()
    register_builtins(registry)
    for registrar in extra:
        registrar(registry)
    if entry_points:
        registry.load_entry_points()
    return registry
