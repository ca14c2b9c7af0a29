"""One pipeline stage: its config spec, and what one item's attempts at it *are*.

The semantics of a stage live here once, as observables built from the project's
operators. One attempt::

    just(value) >> timeout_each(timeout, call) >> circuit_breaker(breaker)

where ``call`` invokes the stage function and, when the result is pending, waits
for it: an ``async def`` stage's coroutine runs in a task, an Observable result
gives its first value, a ``run_in: thread`` stage runs in a worker thread. All of an
item's attempts::

    attempt >> retry_with_backoff(policy, on the flow's scheduler)

The pipeline (``_engine.py``) runs stages as a chain of ``map_async`` over these; its
fast path calls the same pieces (:meth:`Stage.call`, :meth:`Stage.pending`) inline
and hands anything that fails back to :meth:`Stage.attempts`.

Kinds: an ``async def`` stage runs on the loop and its timeout preempts it (the
task is cancelled). A plain function runs on the loop, where it cannot be
interrupted: its timeout covers only a pending result it returns (an Observable or
an awaitable), and a value it returned is never discarded as late; with
``run_in: thread`` it runs in a worker thread, which the timeout stops waiting for.
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
from reactivex.scheduler import ImmediateScheduler
from reactivex.subject import Subject

from operators import (
    BackoffPolicy,
    CircuitBreaker,
    CircuitOpenError,
    ItemFailure,
    ItemTimeoutError,
    LatencyStats,
    RetryExhaustedError,
    circuit_breaker,
    retry_with_backoff,
    timeout_each,
)

from .._errors import FlowConfigError

__all__ = [
    "CircuitBreakerConfig",
    "ErrorMode",
    "ProgressEvent",
    "Stage",
    "StageConfig",
    "StageKind",
    "StageTrace",
    "status_of",
]

ErrorMode = Literal["raise", "skip", "emit"]
StageStatus = Literal["ok", "failed", "timeout", "circuit_open"]
StageKind = Literal["sync", "async", "thread"]
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
        None,
        gt=0,
        description="seconds one attempt may take; None = the flow default. It preempts an "
        "async def stage or a thread; a plain function's own run cannot be interrupted",
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
        description="False: one item at a time; True: up to 16 items at once; N: up to N "
        "(async def stages, pending results, or threads with run_in: thread)",
    )
    run_in: Literal["loop", "thread"] | None = Field(
        None,
        description="where a plain function runs: loop (the default; it cannot be "
        "interrupted) or thread (a worker thread, so blocking code does not stall the loop; "
        "the timeout stops waiting for it). An async def stage always runs on the loop",
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


def status_of(error: Exception) -> StageStatus:
    """The trace status of a final stage error."""
    if isinstance(error, RetryExhaustedError):
        error = error.last_error  # type: ignore[assignment]
    if isinstance(error, CircuitOpenError):
        return "circuit_open"
    if isinstance(error, ItemTimeoutError):
        return "timeout"
    return "failed"


def _is_async(fn: Callable[[Any], Any]) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004 - an object with an async __call__
    )


_PLAIN_TYPES: dict[type, bool] = {}
PLAIN_TYPES: set[type] = set()
"""The types :func:`is_plain` has found plain: a hot loop checks ``type(x) in
PLAIN_TYPES`` first (no call) and asks :func:`is_plain` only when that misses."""


def is_plain(value: object) -> bool:
    """Neither an Observable nor an awaitable: a finished result (cached per type)."""
    kind = type(value)
    known = _PLAIN_TYPES.get(kind)
    if known is None:
        known = _PLAIN_TYPES[kind] = not (
            isinstance(value, Observable) or inspect.isawaitable(value)
        )
        if known:
            PLAIN_TYPES.add(kind)
    return known


def _no_loop(stage: str) -> RuntimeError:
    msg = (
        f"stage '{stage}' is async (or runs in a thread) and needs a running asyncio "
        "event loop; in virtual time run it on flows.VirtualTimeLoop with a LoopScheduler"
    )
    return RuntimeError(msg)


class Stage:
    """A named function plus its config; see the module docstring."""

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
        parallel = config.parallel
        self.concurrency = (
            1 if parallel is False else DEFAULT_PARALLELISM if parallel is True else parallel
        )
        is_async = _is_async(fn)
        run_in = config.run_in or "loop"
        if is_async and run_in == "thread":
            msg = (
                f"pipeline '{pipeline}' stage '{name}': an async def stage runs on the event "
                "loop; run_in: thread is for plain functions that block"
            )
            raise FlowConfigError(msg)
        self.kind: StageKind = "async" if is_async else "thread" if run_in == "thread" else "sync"
        self.timeout = config.timeout if config.timeout is not None else default_timeout
        self.policy = BackoffPolicy(
            max_attempts=config.retries + 1,
            base_delay=config.retry_delay,
            multiplier=config.retry_multiplier,
            max_delay=config.retry_max_delay,
            jitter=config.retry_jitter,
            budget=config.retry_budget,
        )
        self.retries = config.retries > 0
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
        self.scheduler = scheduler
        self.progress = progress
        self.stats = LatencyStats()

    def describe(self) -> dict[str, Any]:
        """Definition and counters, JSON-ready."""
        return {
            "name": self.name,
            "kind": self.kind,
            "config": self.config.model_dump(),
            "circuit": self.breaker.state if self.breaker else None,
            "stats": self.stats.snapshot(),
        }

    # -- the pieces of one attempt ----------------------------------------------------
    def call(self, value: Any) -> Any:
        """Ask the breaker, then call the function once (on the loop).

        Returns what the function returned: a finished value, or a pending one (see
        :meth:`pending`).

        Raises:
            CircuitOpenError: the breaker refuses the call.
            Exception: whatever the function raised.
        """
        if self.breaker is not None:
            self.breaker.allow()
        return self.fn(value)

    def pending(self, result: Any) -> Observable[Any]:
        """A pending result as an Observable of one value: an awaitable runs in a task
        (cancelled when the observable is disposed), an Observable gives its first value."""
        if isinstance(result, Observable):
            observable: Observable[Any] = result
            return observable.pipe(ops.first())
        try:
            task = asyncio.ensure_future(result)
        except RuntimeError:  # no running loop
            if inspect.iscoroutine(result):
                result.close()
            return reactivex.throw(_no_loop(self.name))
        return reactivex.from_future(task)

    def timed_out(self, value: Any) -> ItemTimeoutError:
        """The error of an attempt at ``value`` that ran out of time."""
        assert self.timeout is not None
        return ItemTimeoutError(self.timeout, value)

    def _within(
        self,
        start: Callable[[Any], Observable[Any]],
        value: Any,
        scheduler: abc.SchedulerBase | None,
    ) -> Observable[Any]:
        """``start(value)`` subscribed within the stage's timeout: ``timeout_each`` over
        the one item ``value``, its ``ItemFailure`` raised as the attempt's error."""
        if self.timeout is None:
            return reactivex.defer(lambda _: start(value))

        def boxed(item: Any) -> Observable[Any]:
            return start(item).pipe(ops.map(_Answer))

        # the item goes in at subscription (as ``defer`` would call), not trampolined
        item = reactivex.just(value, ImmediateScheduler.singleton())
        return item.pipe(timeout_each(self.timeout, boxed, scheduler=scheduler), ops.map(_unbox))

    def limit(
        self, source: Observable[Any], value: Any, scheduler: abc.SchedulerBase | None
    ) -> Observable[Any]:
        """A pending result of an attempt :meth:`call` started, within the stage's
        timeout and counted by its breaker (the call was already admitted)."""
        limited = self._within(lambda _: source, value, scheduler)
        if self.breaker is not None:
            limited = limited.pipe(circuit_breaker(self.breaker, admitted=True))
        return limited

    # -- the reference: one attempt, every attempt -------------------------------------
    def attempt(self, value: Any, scheduler: abc.SchedulerBase | None = None) -> Observable[Any]:
        """One attempt at ``value`` as an observable of its result (see the module doc)."""

        def start(item: Any) -> Observable[Any]:
            if self.kind == "thread":
                return self._threaded(item)
            result = self.fn(item)
            return reactivex.just(result) if is_plain(result) else self.pending(result)

        source = self._within(start, value, scheduler)
        if self.breaker is not None:
            source = source.pipe(circuit_breaker(self.breaker))
        return source

    def _threaded(self, value: Any) -> Observable[Any]:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return reactivex.throw(_no_loop(self.name))
        future = loop.run_in_executor(None, self.fn, value)

        def settled(result: Any) -> Observable[Any]:
            return reactivex.just(result) if is_plain(result) else self.pending(result)

        return reactivex.from_future(future).pipe(ops.flat_map(settled))

    def attempts(
        self,
        value: Any,
        *,
        first: Observable[Any] | Exception | None = None,
        on_retry: Callable[[int, Exception, float], None] | None = None,
        scheduler: abc.SchedulerBase | None = None,
    ) -> Observable[Any]:
        """Every attempt at ``value``: :meth:`attempt`, retried with backoff.

        Args:
            first: the first attempt when it already started elsewhere (the fast path
                called the function): its pending result, limited by :meth:`limit`, or
                the error it raised (the breaker already counted it).
            on_retry: called with ``(attempt number that failed, error, delay)``.
            scheduler: where timeouts and retry delays run (default the stage's).
        """
        sched = scheduler or self.scheduler
        if first is None:
            source = self.attempt(value, sched)
        else:
            opening: Observable[Any] = (
                reactivex.throw(first) if isinstance(first, Exception) else first
            )
            started = [False]

            def next_attempt(_: abc.SchedulerBase) -> Observable[Any]:
                if started[0]:
                    return self.attempt(value, sched)
                started[0] = True
                return opening

            source = reactivex.defer(next_attempt)
        if not self.retries:
            return source
        return source.pipe(
            retry_with_backoff(
                self.policy,
                retryable=_retryable,
                on_retry=on_retry,
                scheduler=sched,
            )
        )


class _Answer:
    """A value an attempt answered, boxed so that a stage returning an ``ItemFailure``
    is never mistaken for ``timeout_each``'s report of a failed attempt."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _unbox(outcome: _Answer | ItemFailure[Any]) -> Any:
    if type(outcome) is _Answer:
        return outcome.value
    assert isinstance(outcome, ItemFailure)
    raise outcome.error


def _retryable(error: Exception) -> bool:
    """An open circuit fails fast: never retried."""
    return not isinstance(error, CircuitOpenError)


def is_coroutine(value: object) -> bool:
    """A coroutine object (the usual result of an ``async def`` stage)."""
    return type(value) is CoroutineType
