"""One pipeline stage: its config spec, and how one attempt of it runs.

A stage call takes a *fast path* when it can: a plain function, or an ``async def``
that finishes without suspending, runs inline with no Task, no timer and no inner
observable. Only an item that suspends, fails or needs a thread takes the *slow
path*: an inner observable built from the operators — ``timeout`` per attempt, the
circuit breaker, ``retry_with_backoff`` — on the flow's scheduler. Output order is
the input order either way.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from types import CoroutineType
from typing import Annotated, Any, Literal

import reactivex
from pydantic import BaseModel, ConfigDict, Field
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.subject import Subject

from operators import (
    BackoffPolicy,
    CircuitBreaker,
    CircuitOpenError,
    ItemTimeoutError,
    LatencyStats,
    RetryExhaustedError,
    retry_with_backoff,
)

from ._eager import start_eager

__all__ = [
    "CircuitBreakerConfig",
    "ErrorMode",
    "ProgressEvent",
    "Stage",
    "StageConfig",
    "StageTrace",
    "Suspended",
    "status_of",
]

ErrorMode = Literal["raise", "skip", "emit"]
StageStatus = Literal["ok", "failed", "timeout", "circuit_open"]
DEFAULT_PARALLELISM = 16


class CircuitBreakerConfig(BaseModel):
    """Circuit breaker of one stage."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    failure_threshold: int = Field(5, ge=1, description="failures within `window` that open it")
    window: float = Field(60.0, gt=0, description="seconds over which failures are counted")
    cool_down: float = Field(30.0, gt=0, description="seconds open before a half-open probe")
    half_open_probes: int = Field(1, ge=1, description="successful probes needed to close")


class StageConfig(BaseModel):
    """Per-stage settings (the seed's ``config={...}`` of ``add_stage``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    timeout: float | None = Field(
        None, gt=0, description="seconds one attempt may take; None = the flow default"
    )
    retries: int = Field(0, ge=0, le=100, description="extra attempts after a failure")
    retry_delay: float = Field(0.1, ge=0, description="seconds before the first retry")
    retry_multiplier: float = Field(2.0, ge=1, description="delay growth per retry")
    retry_max_delay: float = Field(10.0, ge=0, description="cap on one retry delay")
    retry_jitter: float = Field(0.1, ge=0, le=1, description="± fraction of random jitter")
    retry_budget: float | None = Field(
        None, gt=0, description="seconds all attempts of one item may take together"
    )
    parallel: bool | Annotated[int, Field(ge=1)] = Field(
        False,
        description="False: one item at a time; True: up to 16 items at once; N: up to N. "
        "A plain (sync) function marked parallel runs in a worker thread.",
    )
    circuit_breaker: bool | CircuitBreakerConfig = Field(
        False, description="True (defaults) or settings: fail fast after repeated failures"
    )


@dataclass(slots=True)
class StageTrace:
    """What happened to one item in one stage."""

    stage: str
    status: StageStatus
    attempts: int
    duration_ms: float
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "stage": self.stage,
            "status": self.status,
            "attempts": self.attempts,
            "duration_ms": round(self.duration_ms, 3),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """A stage started, retried, finished or failed for one run."""

    kind: Literal["stage_started", "stage_retry", "stage_finished", "stage_failed"]
    pipeline: str
    stage: str
    run_id: int
    attempt: int = 1
    duration_ms: float = 0.0
    error: str | None = None


class Suspended(Exception):
    """The attempt did not finish inline; ``pending`` is what to await or subscribe."""

    def __init__(self, pending: Any) -> None:
        self.pending = pending


def status_of(error: Exception) -> StageStatus:
    """The trace status of a final stage error."""
    if isinstance(error, RetryExhaustedError):
        error = error.last_error  # type: ignore[assignment]
    if isinstance(error, CircuitOpenError):
        return "circuit_open"
    if isinstance(error, ItemTimeoutError):
        return "timeout"
    return "failed"


class Stage:
    """A named function plus its config, runnable as an operator."""

    def __init__(
        self,
        pipeline: str,
        name: str,
        fn: Callable[[Any], Any],
        config: StageConfig,
        *,
        default_timeout: float | None,
        progress: Subject[ProgressEvent],
        scheduler: abc.SchedulerBase | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.name = name
        self.fn = fn
        self.config = config
        self.timeout = config.timeout if config.timeout is not None else default_timeout
        self.policy = BackoffPolicy(
            max_attempts=config.retries + 1,
            base_delay=config.retry_delay,
            multiplier=config.retry_multiplier,
            max_delay=config.retry_max_delay,
            jitter=config.retry_jitter,
            budget=config.retry_budget,
        )
        parallel = config.parallel
        self.concurrency = (
            1 if parallel is False else DEFAULT_PARALLELISM if parallel is True else parallel
        )
        is_async = inspect.iscoroutinefunction(fn)
        self.threaded = parallel is not False and not is_async
        self.breaker: CircuitBreaker | None = None
        if config.circuit_breaker is not False:
            cb = (
                config.circuit_breaker
                if isinstance(config.circuit_breaker, CircuitBreakerConfig)
                else CircuitBreakerConfig()
            )
            self.breaker = CircuitBreaker(
                f"{pipeline}.{name}",
                failure_threshold=cb.failure_threshold,
                window=cb.window,
                cool_down=cb.cool_down,
                half_open_probes=cb.half_open_probes,
                # the flow's clock, so window and cool_down run in virtual time in tests
                scheduler=scheduler,
            )
        self.progress = progress
        self.stats = LatencyStats()

    def describe(self) -> dict[str, Any]:
        """Definition and counters, JSON-ready."""
        return {
            "name": self.name,
            "config": self.config.model_dump(),
            "circuit": self.breaker.state if self.breaker else None,
            "stats": self.stats.snapshot(),
        }

    # -- one attempt -------------------------------------------------------------
    def call_inline(self, value: Any, clock: Callable[[], float]) -> Any:
        """Run one attempt inline; raise ``Suspended`` if it cannot finish here."""
        breaker = self.breaker
        if breaker is not None:
            breaker.allow()
        if self.threaded:
            raise Suspended(None)
        timeout = self.timeout
        started = clock() if timeout is not None else 0.0
        result = self.fn(value)
        if type(result) is CoroutineType:
            done, result = start_eager(result)
            if not done:
                raise Suspended(result)
        elif _is_observable(result):
            raise Suspended(result)
        if timeout is not None and clock() - started > timeout:
            raise ItemTimeoutError(timeout, value)
        if breaker is not None:
            breaker.record_success()
        return result

    def _attempt(self, value: Any, pending: Any, clock: Callable[[], float]) -> Observable[Any]:
        """An observable of one attempt that did not (or could not) finish inline."""
        if pending is None and self.threaded:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                # no loop to hand a thread's result back to (plain Rx, virtual time)
                try:
                    source: Observable[Any] = _settled(self.fn(value))
                except Exception as error:
                    source = reactivex.throw(error)
            else:
                source = reactivex.from_future(loop.run_in_executor(None, self.fn, value)).pipe(
                    ops.flat_map(_settled)
                )
        elif isinstance(pending, Observable):
            source = pending.pipe(ops.first())
        elif pending is not None:
            source = reactivex.from_future(asyncio.ensure_future(pending))
        else:
            try:
                return reactivex.just(self.call_inline(value, clock))
            except Suspended as suspended:
                return self._attempt(value, suspended.pending, clock)
            except Exception as error:
                return reactivex.throw(error)
        if self.timeout is not None:
            source = source.pipe(
                ops.timeout(self.timeout, reactivex.throw(ItemTimeoutError(self.timeout, value)))
            )
        breaker = self.breaker
        if breaker is not None:
            source = source.pipe(
                ops.do_action(
                    on_completed=breaker.record_success,
                    on_error=lambda _e: breaker.record_failure(),
                )
            )
        return source

    def retryable(self, error: Exception) -> bool:
        """Whether a failed attempt may be retried (an open circuit fails fast)."""
        return not isinstance(error, CircuitOpenError)

    def slow_path(
        self,
        value: Any,
        pending: Any,
        first_error: Exception | None,
        clock: Callable[[], float],
        scheduler: abc.SchedulerBase,
        on_attempt: Callable[[int, Exception, float], None],
    ) -> Observable[Any]:
        """All remaining attempts of one item as an inner observable.

        The first attempt already ran inline: it either suspended (``pending``) or
        failed (``first_error``). Later attempts are fresh calls, spaced by
        ``retry_with_backoff`` on ``scheduler``.
        """
        first = [True]

        def attempt(_: abc.SchedulerBase) -> Observable[Any]:
            if first[0]:
                first[0] = False
                if first_error is not None:
                    return reactivex.throw(first_error)
                return self._attempt(value, pending, clock)
            if self.threaded and self.breaker is not None:
                # a threaded retry skips call_inline, where every other attempt asks
                try:
                    self.breaker.allow()
                except CircuitOpenError as error:
                    return reactivex.throw(error)
            return self._attempt(value, None, clock)

        return reactivex.defer(attempt).pipe(
            retry_with_backoff(
                self.policy, retryable=self.retryable, on_retry=on_attempt, scheduler=scheduler
            )
        )


def _settled(result: Any) -> Observable[Any]:
    """A threaded stage's result as one value: an Observable or coroutine is awaited too."""
    if _is_observable(result):
        observable: Observable[Any] = result
        return observable.pipe(ops.first())
    if inspect.iscoroutine(result):
        return reactivex.from_future(asyncio.ensure_future(result))
    return reactivex.just(result)


_OBSERVABLE_TYPES: dict[type, bool] = {}


def _is_observable(value: object) -> bool:
    """``isinstance(value, Observable)``, cached per type (it is on the hot path)."""
    kind = type(value)
    known = _OBSERVABLE_TYPES.get(kind)
    if known is None:
        known = _OBSERVABLE_TYPES[kind] = isinstance(value, Observable)
    return known
