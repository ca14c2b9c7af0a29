"""Pipeline.process / observe: named stages, per-stage config, traces, progress, errors."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.notification import OnError, OnNext
from reactivex.testing import TestScheduler
from reactivex.testing.recorded import Recorded

from flows import (
    FlowConfigError,
    Pipeline,
    PipelineResult,
    ProgressEvent,
    StageFailedError,
    StageTrace,
)
from operators import CircuitOpenError, ItemTimeoutError, RetryExhaustedError

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


def double(x: int) -> int:
    return x * 2


async def add_one(x: int) -> int:
    return x + 1


def reject(x: int) -> int:
    msg = f"rejected {x}"
    raise ValueError(msg)


# --- process(): the seed's API --------------------------------------------------------


async def test_process_runs_sync_async_and_observable_stages_in_order() -> None:
    def as_observable(x: int) -> Observable[int]:
        return reactivex.just(x - 3)

    pipeline = Pipeline("mixed")
    assert pipeline.add_stage(double).add_stage(add_one).add_stage(as_observable) is pipeline

    result = await pipeline.process(5)

    assert result.result == 8  # (5 * 2 + 1) - 3
    assert result.pipeline == "mixed"
    assert [(t.stage, t.status, t.attempts) for t in result.trace] == [
        ("double", "ok", 1),
        ("add_one", "ok", 1),
        ("as_observable", "ok", 1),
    ]
    assert result.duration_ms >= 0.0
    assert all(t.duration_ms >= 0.0 for t in result.trace)


async def test_process_awaits_a_stage_that_really_suspends() -> None:
    gate = asyncio.Event()
    entered = asyncio.Event()

    async def fetch(data: dict[str, str]) -> dict[str, str]:
        entered.set()
        await gate.wait()
        return {**data, "caption": data["content"].upper()}

    pipeline = Pipeline("suspends").add_stage(fetch)
    run = asyncio.create_task(pipeline.process({"content": "sunset"}))
    await entered.wait()
    assert not run.done()
    gate.set()
    result = await run
    assert result.result == {"content": "sunset", "caption": "SUNSET"}
    assert result.trace[0].status == "ok"


async def test_run_ids_increase_per_run() -> None:
    pipeline = Pipeline("ids").add_stage(double)
    first = await pipeline.process(1)
    second = await pipeline.process(2)
    assert (first.run_id, second.run_id) == (1, 2)
    assert (first.result, second.result) == (2, 4)


async def test_to_dict_is_json_ready() -> None:
    result = await Pipeline("j").add_stage(double).process(3)
    body = result.to_dict()
    assert body["pipeline"] == "j"
    assert body["result"] == 6
    assert body["trace"][0]["stage"] == "double"
    assert body["trace"][0]["status"] == "ok"


async def test_failing_stage_raises_stage_failed_error_with_the_trace() -> None:
    pipeline = Pipeline("fails").add_stage(double).add_stage(reject).add_stage(add_one)

    with pytest.raises(StageFailedError) as caught:
        await pipeline.process(4)

    error = caught.value
    assert (error.pipeline, error.stage) == ("fails", "reject")
    assert isinstance(error.error, ValueError)
    assert str(error.error) == "rejected 8"
    assert [(t.stage, t.status, t.attempts) for t in error.trace] == [
        ("double", "ok", 1),
        ("reject", "failed", 1),
    ]  # add_one never ran
    assert error.trace[1].error == "ValueError: rejected 8"
    assert "stage 'reject'" in str(error)


async def test_retries_then_success_under_asyncio() -> None:
    attempts: list[int] = []

    def sometimes(x: int) -> int:
        attempts.append(x)
        if len(attempts) < 3:
            msg = "transient"
            raise ConnectionError(msg)
        return x + 100

    pipeline = Pipeline("retry").add_stage(sometimes, {"retries": 2, "retry_delay": 0})
    result = await pipeline.process(1)
    assert result.result == 101
    assert attempts == [1, 1, 1]
    assert result.trace == [StageTrace("sometimes", "ok", 3, result.trace[0].duration_ms)]


async def test_async_stage_failing_after_suspending_is_retried() -> None:
    gate = asyncio.Event()
    attempts: list[int] = []

    entered = asyncio.Event()

    async def remote(x: int) -> int:
        attempts.append(x)
        entered.set()
        await gate.wait()  # the first attempt really suspends here
        if len(attempts) == 1:
            msg = "reset by peer"
            raise ConnectionError(msg)
        return -x

    pipeline = Pipeline("async_retry").add_stage(remote, {"retries": 1, "retry_delay": 0})
    seen: list[ProgressEvent] = []
    pipeline.progress.subscribe(seen.append)
    run = asyncio.create_task(pipeline.process(9))
    await entered.wait()
    assert not run.done()
    gate.set()
    result = await run
    assert result.result == -9
    assert attempts == [9, 9]
    assert [(t.status, t.attempts) for t in result.trace] == [("ok", 2)]
    assert [e.kind for e in seen] == ["stage_started", "stage_retry", "stage_finished"]


async def test_retries_exhausted_report_every_attempt() -> None:
    calls: list[int] = []

    def always(x: int) -> int:
        calls.append(x)
        msg = "down"
        raise ConnectionError(msg)

    pipeline = Pipeline("exhausted").add_stage(always, {"retries": 2, "retry_delay": 0})
    with pytest.raises(StageFailedError) as caught:
        await pipeline.process(7)
    assert calls == [7, 7, 7]
    assert isinstance(caught.value.error, RetryExhaustedError)
    assert isinstance(caught.value.error.last_error, ConnectionError)
    trace = caught.value.trace
    assert [(t.stage, t.status, t.attempts) for t in trace] == [("always", "failed", 3)]


async def test_open_circuit_fails_fast_with_status_circuit_open() -> None:
    calls: list[int] = []

    def down(x: int) -> int:
        calls.append(x)
        msg = "dependency down"
        raise ConnectionError(msg)

    pipeline = Pipeline("cb").add_stage(
        down, {"circuit_breaker": {"failure_threshold": 2, "cool_down": 60}}
    )
    for i in range(2):
        with pytest.raises(StageFailedError) as caught:
            await pipeline.process(i)
        assert caught.value.trace[0].status == "failed"

    with pytest.raises(StageFailedError) as caught:
        await pipeline.process(2)
    assert calls == [0, 1]  # the open circuit did not call the stage
    assert isinstance(caught.value.error, CircuitOpenError)
    assert caught.value.trace[0].status == "circuit_open"
    assert pipeline.describe()["stages"][0]["circuit"] == "open"


async def test_circuit_breaker_true_uses_defaults() -> None:
    pipeline = Pipeline("cb_default").add_stage(reject, {"circuit_breaker": True})
    for i in range(5):  # default failure_threshold is 5
        with pytest.raises(StageFailedError) as caught:
            await pipeline.process(i)
        assert caught.value.trace[0].status == "failed"
    with pytest.raises(StageFailedError) as caught:
        await pipeline.process(5)
    assert caught.value.trace[0].status == "circuit_open"


# --- progress ----------------------------------------------------------------------------


async def test_progress_reports_started_retry_finished_and_failed() -> None:
    attempts: list[int] = []

    def second_time_lucky(x: int) -> int:
        attempts.append(x)
        if len(attempts) == 1:
            msg = "first try"
            raise ValueError(msg)
        return x

    pipeline = (
        Pipeline("progress")
        .add_stage(second_time_lucky, {"retries": 1, "retry_delay": 0})
        .add_stage(reject)
    )
    seen: list[ProgressEvent] = []
    pipeline.progress.subscribe(seen.append)

    with pytest.raises(StageFailedError):
        await pipeline.process(3)

    assert [(e.kind, e.stage, e.attempt) for e in seen] == [
        ("stage_started", "second_time_lucky", 1),
        ("stage_retry", "second_time_lucky", 2),
        ("stage_finished", "second_time_lucky", 2),
        ("stage_started", "reject", 1),
        ("stage_failed", "reject", 1),
    ]
    assert {e.run_id for e in seen} == {1}
    assert {e.pipeline for e in seen} == {"progress"}
    assert seen[-1].error == "rejected 3"


async def test_progress_is_not_emitted_by_as_operator() -> None:
    pipeline = Pipeline("quiet").add_stage(double)
    seen: list[ProgressEvent] = []
    pipeline.progress.subscribe(seen.append)
    out: list[int] = []
    reactivex.of(1, 2).pipe(pipeline.as_operator()).subscribe(out.append)
    assert out == [2, 4]
    assert seen == []
    await pipeline.process(1)
    assert [e.kind for e in seen] == ["stage_started", "stage_finished"]


# --- configuration -----------------------------------------------------------------------


def test_misspelled_config_field_names_stage_and_field() -> None:
    pipeline = Pipeline("cfg")
    with pytest.raises(FlowConfigError, match=r"pipeline 'cfg' stage 'double'.*retires"):
        pipeline.add_stage(double, config={"retires": 3})
    assert pipeline.stages == []


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"retries": -1}, "retries"),
        ({"parallel": -1}, "parallel"),
        ({"retry_jitter": 2.0}, "retry_jitter"),
        ({"retry_multiplier": 0.5}, "retry_multiplier"),
        ({"retry_budget": 0}, "retry_budget"),
        ({"circuit_breaker": {"failure_threshold": 0}}, "circuit_breaker"),
    ],
)
def test_invalid_config_values_are_rejected(config: dict[str, Any], field: str) -> None:
    with pytest.raises(FlowConfigError, match=rf"stage 'stage_x'.*{field}"):
        Pipeline("cfg").add_stage(double, config, name="stage_x")


def test_non_mapping_config_is_a_config_error() -> None:
    with pytest.raises(FlowConfigError, match="config must be a mapping"):
        Pipeline("cfg").add_stage(double, [("retries", 1)])  # type: ignore[arg-type]


def test_seed_stage_config_is_accepted() -> None:
    pipeline = Pipeline("seed").add_stage(
        double,
        config={"timeout": 10.0, "retries": 3, "parallel": False, "circuit_breaker": True},
    )
    stage = pipeline.stages[0]
    assert stage.timeout == 10.0
    assert stage.policy.max_attempts == 4
    assert stage.concurrency == 1
    assert stage.breaker is not None


def test_parallel_values_set_stage_concurrency() -> None:
    pipeline = Pipeline("par")
    pipeline.add_stage(double, {"parallel": False}, name="one")
    pipeline.add_stage(double, {"parallel": True}, name="many")
    pipeline.add_stage(double, {"parallel": 3}, name="three")
    assert [s.concurrency for s in pipeline.stages] == [1, 16, 3]


def test_duplicate_stage_names_are_rejected() -> None:
    pipeline = Pipeline("dup").add_stage(double)
    with pytest.raises(FlowConfigError, match="'double' already exists"):
        pipeline.add_stage(double)
    pipeline.add_stage(double, name="double_again")
    assert [s.name for s in pipeline.stages] == ["double", "double_again"]


def test_non_callable_stage_is_rejected() -> None:
    with pytest.raises(FlowConfigError, match="not callable"):
        Pipeline("nc").add_stage(42, name="answer")  # type: ignore[arg-type]


def test_stage_timeout_defaults_to_the_pipeline_default() -> None:
    pipeline = Pipeline("defaults", default_timeout=30.0)
    pipeline.add_stage(double).add_stage(add_one, {"timeout": 2})
    assert [s.timeout for s in pipeline.stages] == [30.0, 2]


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
