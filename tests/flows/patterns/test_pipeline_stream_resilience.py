"""Pipeline.as_operator in virtual time: retry backoff, stage timeouts, circuit breaker."""

from __future__ import annotations

import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.testing import TestScheduler

from flows import Pipeline
from operators import CircuitOpenError, ItemFailure, ItemTimeoutError, RetryExhaustedError
from tests.flows.patterns.pipeline_helpers import hot
from tests.rx_helpers import events


def test_retry_delays_of_one_then_two_seconds() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []

    def fails_twice(x: int) -> int:
        calls.append(scheduler.clock)
        if len(calls) <= 2:
            msg = f"attempt {len(calls)}"
            raise ConnectionError(msg)
        return x * 3

    pipeline = Pipeline("backoff", scheduler=scheduler).add_stage(
        fails_twice, {"retries": 3, "retry_delay": 1, "retry_multiplier": 2, "retry_jitter": 0}
    )
    source = hot(scheduler, (210, 7), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert calls == [210.0, 211.0, 213.0]
    assert events(results.messages) == [(213.0, "next", 21), (220.0, "completed", None)]


def test_as_operator_scheduler_overrides_the_pipeline_default() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []

    def fails_once(x: int) -> int:
        calls.append(scheduler.clock)
        if len(calls) == 1:
            msg = "once"
            raise ConnectionError(msg)
        return x

    pipeline = Pipeline("override").add_stage(
        fails_once, {"retries": 1, "retry_delay": 4, "retry_jitter": 0}
    )
    source = hot(scheduler, (210, 1), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(scheduler=scheduler)))
    assert calls == [210.0, 214.0]
    assert events(results.messages) == [(214.0, "next", 1), (220.0, "completed", None)]


def test_observable_stage_timeout_fails_the_item_at_plus_two_then_retries() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []

    def slow(x: int) -> Observable[int]:
        calls.append(scheduler.clock)
        return reactivex.timer(5, scheduler=scheduler).pipe(ops.map(lambda _: x * 2))

    pipeline = Pipeline("timeout", scheduler=scheduler).add_stage(
        slow, {"timeout": 2, "retries": 1, "retry_delay": 1, "retry_jitter": 0}
    )
    source = hot(scheduler, (210, 1), end=230)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))

    assert calls == [210.0, 213.0]  # timed out at 212, retried at 213
    got = events(results.messages)
    assert [(at, kind) for at, kind, _ in got] == [(215.0, "next"), (230.0, "completed")]
    failure = got[0][2]
    assert isinstance(failure, ItemFailure)
    assert isinstance(failure.error, RetryExhaustedError)
    assert isinstance(failure.error.last_error, ItemTimeoutError)


def test_circuit_opens_after_threshold_and_later_items_fail_fast() -> None:
    scheduler = TestScheduler()
    calls: list[int] = []

    def down(x: int) -> int:
        calls.append(x)
        msg = f"down for {x}"
        raise ConnectionError(msg)

    pipeline = Pipeline("breaker", scheduler=scheduler).add_stage(
        down, {"circuit_breaker": {"failure_threshold": 2, "cool_down": 10}}
    )
    source = hot(scheduler, (210, 0), (211, 1), (212, 2), (213, 3), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))

    failures = [value for _, kind, value in events(results.messages) if kind == "next"]
    assert calls == [0, 1]
    assert all(isinstance(f, ItemFailure) for f in failures)
    kinds = [type(f.error) for f in failures if isinstance(f, ItemFailure)]
    assert kinds == [ConnectionError, ConnectionError, CircuitOpenError, CircuitOpenError]


def test_open_circuit_is_not_retried() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []

    def down(x: int) -> int:
        calls.append(scheduler.clock)
        msg = "down"
        raise ConnectionError(msg)

    pipeline = Pipeline("no_retry", scheduler=scheduler).add_stage(
        down,
        {
            "retries": 5,
            "retry_delay": 1,
            "retry_jitter": 0,
            "circuit_breaker": {"failure_threshold": 1, "cool_down": 100},
        },
    )
    source = hot(scheduler, (210, 1), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))
    assert calls == [210.0]  # the retry at 211 met the open circuit
    failure = events(results.messages)[0]
    assert failure[0] == 211.0
    assert isinstance(failure[2], ItemFailure)
    assert isinstance(failure[2].error, CircuitOpenError)
