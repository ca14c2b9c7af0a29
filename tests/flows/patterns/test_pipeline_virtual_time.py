"""Pipeline.observe in virtual time: retry delays, timeouts, budget, circuit cool-down."""

from __future__ import annotations

from typing import Any

import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.notification import OnError, OnNext
from reactivex.testing import TestScheduler
from reactivex.testing.recorded import Recorded

from flows import Pipeline, PipelineResult, ProgressEvent, StageFailedError, StageTrace
from operators import ItemTimeoutError, RetryExhaustedError
from tests.flows.patterns.pipeline_helpers import double

# --- helpers -------------------------------------------------------------------------


def result_of(records: list[Recorded[Any]]) -> tuple[float, PipelineResult]:
    """The single PipelineResult of an ``observe`` run and its virtual time."""
    values = [(r.time, r.value.value) for r in records if isinstance(r.value, OnNext)]
    assert len(values) == 1, records
    at, result = values[0]
    assert isinstance(result, PipelineResult)
    return at, result


def error_of(records: list[Recorded[Any]]) -> tuple[float, StageFailedError]:
    """The StageFailedError of an ``observe`` run and its virtual time."""
    errors = [(r.time, r.value.exception) for r in records if isinstance(r.value, OnError)]
    assert len(errors) == 1, records
    at, error = errors[0]
    assert isinstance(error, StageFailedError)
    return at, error


def flaky(fails: int, calls: list[float], clock: TestScheduler) -> Any:
    """A stage failing ``fails`` times, then returning ``x + 1``; logs call times."""

    def flaky_stage(x: int) -> int:
        calls.append(clock.clock)
        if len(calls) <= fails:
            msg = f"attempt {len(calls)} failed"
            raise ValueError(msg)
        return x + 1

    return flaky_stage


# --- virtual time (observe) --------------------------------------------------------------


def test_retries_at_plus_one_and_plus_three_with_exact_trace() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []
    pipeline = Pipeline("vt", scheduler=scheduler).add_stage(
        flaky(2, calls, scheduler),
        {"retries": 3, "retry_delay": 1, "retry_multiplier": 2, "retry_jitter": 0},
        name="flaky",
    )
    seen: list[ProgressEvent] = []
    pipeline.progress.subscribe(seen.append)

    results = scheduler.start(lambda: pipeline.observe(10))

    assert calls == [200.0, 201.0, 203.0]
    at, result = result_of(results.messages)
    assert at == 203.0
    assert result.result == 11
    assert result.trace == [StageTrace("flaky", "ok", 3, 3000.0)]
    assert result.duration_ms == 3000.0
    retries = [(e.attempt, e.duration_ms) for e in seen if e.kind == "stage_retry"]
    assert retries == [(2, 1000.0), (3, 2000.0)]  # the delay before each retry


def test_observable_stage_times_out_at_plus_two_and_is_retried() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []

    def slow(x: int) -> Observable[int]:
        calls.append(scheduler.clock)
        return reactivex.timer(5, scheduler=scheduler).pipe(ops.map(lambda _: x * 2))

    pipeline = Pipeline("vt", scheduler=scheduler).add_stage(
        slow, {"timeout": 2, "retries": 1, "retry_delay": 1, "retry_jitter": 0}
    )
    results = scheduler.start(lambda: pipeline.observe(4))

    assert calls == [200.0, 203.0]  # timed out at 202, retried 1 s later
    at, error = error_of(results.messages)
    assert at == 205.0
    assert isinstance(error.error, RetryExhaustedError)
    assert isinstance(error.error.last_error, ItemTimeoutError)
    assert error.error.last_error.timeout == 2
    assert [(t.status, t.attempts, t.duration_ms) for t in error.trace] == [("timeout", 2, 5000.0)]


def test_timeout_then_success_on_retry() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []

    def slow_then_fast(x: int) -> Observable[int]:
        calls.append(scheduler.clock)
        due = 5.0 if len(calls) == 1 else 1.0
        return reactivex.timer(due, scheduler=scheduler).pipe(ops.map(lambda _: x + 1))

    pipeline = Pipeline("vt", scheduler=scheduler).add_stage(
        slow_then_fast, {"timeout": 2, "retries": 1, "retry_delay": 1, "retry_jitter": 0}
    )
    at, result = result_of(scheduler.start(lambda: pipeline.observe(1)).messages)
    assert calls == [200.0, 203.0]
    assert at == 204.0
    assert result.result == 2
    assert [(t.status, t.attempts, t.duration_ms) for t in result.trace] == [("ok", 2, 4000.0)]


def test_stage_timeout_without_retries_reports_timeout() -> None:
    scheduler = TestScheduler()

    def never(x: int) -> Observable[int]:
        return reactivex.never()

    pipeline = (
        Pipeline("vt", scheduler=scheduler).add_stage(double).add_stage(never, {"timeout": 3})
    )
    at, error = error_of(scheduler.start(lambda: pipeline.observe(1)).messages)
    assert at == 203.0
    assert error.stage == "never"
    assert [(t.stage, t.status, t.duration_ms) for t in error.trace] == [
        ("double", "ok", 0.0),
        ("never", "timeout", 3000.0),
    ]


def test_retry_budget_stops_retries() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []
    pipeline = Pipeline("budget", scheduler=scheduler).add_stage(
        flaky(100, calls, scheduler),
        {
            "retries": 10,
            "retry_delay": 1,
            "retry_multiplier": 2,
            "retry_jitter": 0,
            "retry_budget": 2.5,
        },
        name="flaky",
    )
    at, error = error_of(scheduler.start(lambda: pipeline.observe(1)).messages)
    # the next retry would start at +3 s, past the 2.5 s budget
    assert calls == [200.0, 201.0]
    assert at == 201.0
    assert isinstance(error.error, RetryExhaustedError)
    assert error.error.reason == "budget=2.5s"
    assert [(t.status, t.attempts) for t in error.trace] == [("failed", 2)]


def test_retry_delay_is_capped_by_max_delay() -> None:
    scheduler = TestScheduler()
    calls: list[float] = []
    pipeline = Pipeline("cap", scheduler=scheduler).add_stage(
        flaky(3, calls, scheduler),
        {
            "retries": 3,
            "retry_delay": 2,
            "retry_multiplier": 10,
            "retry_max_delay": 5,
            "retry_jitter": 0,
        },
        name="flaky",
    )
    at, result = result_of(scheduler.start(lambda: pipeline.observe(1)).messages)
    assert calls == [200.0, 202.0, 207.0, 212.0]  # delays 2, min(20, 5), min(200, 5)
    assert result.trace[0].duration_ms == 12000.0
    assert at == 212.0


def test_circuit_half_opens_after_cool_down_in_virtual_time() -> None:
    scheduler = TestScheduler()
    healthy = [False]
    calls: list[float] = []

    def dependency(x: int) -> int:
        calls.append(scheduler.clock)
        if not healthy[0]:
            msg = "down"
            raise ConnectionError(msg)
        return x

    pipeline = Pipeline("cb", scheduler=scheduler).add_stage(
        dependency, {"circuit_breaker": {"failure_threshold": 2, "cool_down": 10}}
    )
    statuses: list[tuple[float, str]] = []

    def run(at: float, item: int) -> None:
        def go(_: Any, __: Any = None) -> None:
            def record_error(error: Exception) -> None:
                assert isinstance(error, StageFailedError)
                statuses.append((scheduler.clock, error.trace[0].status))

            pipeline.observe(item).subscribe(
                lambda r: statuses.append((scheduler.clock, r.trace[0].status)), record_error
            )

        scheduler.schedule_absolute(at, go)

    for at, item in [(1.0, 1), (2.0, 2), (5.0, 3), (11.0, 4), (13.0, 5)]:
        run(at, item)

    def recover(_: Any, __: Any = None) -> None:
        healthy[0] = True

    scheduler.schedule_absolute(12.5, recover)
    scheduler.start()

    assert statuses == [
        (1.0, "failed"),
        (2.0, "failed"),  # opens the circuit until 12.0
        (5.0, "circuit_open"),
        (11.0, "circuit_open"),  # cool-down counted in virtual seconds
        (13.0, "ok"),  # half-open probe succeeds
    ]
    assert calls == [1.0, 2.0, 13.0]
    assert pipeline.stages[0].breaker is not None
    assert pipeline.stages[0].breaker.state == "closed"
