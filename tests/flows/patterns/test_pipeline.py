"""Pipeline.process: stage kinds, run ids, errors, retries, circuit breaker, progress."""

from __future__ import annotations

import asyncio

import pytest
import reactivex
from reactivex import Observable

from flows import Pipeline, ProgressEvent, StageFailedError, StageTrace
from operators import CircuitOpenError, RetryExhaustedError
from tests.flows.patterns.pipeline_helpers import add_one, double, reject

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
