"""Pipeline.as_operator: a pipeline over a stream — order, error modes, concurrency."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.subject import Subject
from reactivex.testing import ReactiveTest, TestScheduler

from flows import Pipeline, StageFailedError
from operators import CircuitOpenError, ItemFailure, ItemTimeoutError, RetryExhaustedError
from tests.rx_helpers import events

on_next = ReactiveTest.on_next
on_completed = ReactiveTest.on_completed


def hot(scheduler: TestScheduler, *items: tuple[int, Any], end: int) -> Observable[Any]:
    return scheduler.create_hot_observable(
        *[on_next(at, value) for at, value in items], on_completed(end)
    )


def delayed(
    scheduler: TestScheduler, delays: dict[int, float], log: list[tuple[float, int]]
) -> Any:
    """A stage answering ``x * 10`` after ``delays[x]`` virtual seconds (0: inline)."""

    def stage(x: int) -> Any:
        log.append((scheduler.clock, x))
        due = delays.get(x, 0.0)
        if due == 0.0:
            return x * 10
        return reactivex.timer(due, scheduler=scheduler).pipe(ops.map(lambda _: x * 10))

    return stage


def reject_three(x: int) -> int:
    if x == 3:
        msg = "three is rejected"
        raise ValueError(msg)
    return x


# --- order ---------------------------------------------------------------------------


def test_output_order_is_input_order_when_early_items_are_slow() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = Pipeline("order", scheduler=scheduler).add_stage(
        delayed(scheduler, {1: 5.0, 2: 1.0}, log), {"parallel": 4}, name="slowish"
    )
    source = hot(scheduler, (210, 1), (211, 2), (212, 3), end=220)

    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))

    assert events(results.messages) == [
        (215.0, "next", 10),  # 1 finishes last but leaves first
        (215.0, "next", 20),
        (215.0, "next", 30),
        (220.0, "completed", None),
    ]
    assert log == [(210.0, 1), (211.0, 2), (212.0, 3)]  # all started concurrently


def test_fast_items_after_a_retrying_item_wait_for_it() -> None:
    scheduler = TestScheduler()
    attempts: list[tuple[float, int]] = []

    def first_call_fails(x: int) -> int:
        attempts.append((scheduler.clock, x))
        if x == 1 and len(attempts) == 1:
            msg = "transient"
            raise ConnectionError(msg)
        return x + 100

    pipeline = Pipeline("retry_order", scheduler=scheduler).add_stage(
        first_call_fails, {"retries": 1, "retry_delay": 2, "retry_jitter": 0}
    )
    source = hot(scheduler, (210, 1), (211, 2), (212, 3), end=230)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))

    assert events(results.messages) == [
        (212.0, "next", 101),  # the retry ran at 210 + 2
        (212.0, "next", 102),
        (212.0, "next", 103),
        (230.0, "completed", None),
    ]


def test_later_stages_run_after_a_slow_stage_in_order() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = (
        Pipeline("two", scheduler=scheduler)
        .add_stage(delayed(scheduler, {1: 3.0}, log), {"parallel": True}, name="first")
        .add_stage(lambda x: x + 1, name="second")
    )
    source = hot(scheduler, (210, 1), (211, 2), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert events(results.messages) == [
        (213.0, "next", 11),
        (213.0, "next", 21),
        (220.0, "completed", None),
    ]


def test_completion_waits_for_items_still_in_flight() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = Pipeline("late", scheduler=scheduler).add_stage(
        delayed(scheduler, {1: 10.0}, log), name="slow"
    )
    source = hot(scheduler, (210, 1), end=212)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert events(results.messages) == [(220.0, "next", 10), (220.0, "completed", None)]


# --- error modes -----------------------------------------------------------------------


def test_errors_raise_fails_the_stream_at_the_failed_item() -> None:
    scheduler = TestScheduler()
    pipeline = Pipeline("raise", scheduler=scheduler).add_stage(reject_three)
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="raise")))

    got = events(results.messages)
    assert got[0] == (210.0, "next", 1)
    at, kind, error = got[1]
    assert (at, kind) == (211.0, "error")
    assert isinstance(error, StageFailedError)
    assert (error.pipeline, error.stage) == ("raise", "reject_three")
    assert isinstance(error.error, ValueError)
    assert len(got) == 2  # nothing after the error


def test_errors_skip_drops_failed_items() -> None:
    scheduler = TestScheduler()
    pipeline = Pipeline("skip", scheduler=scheduler).add_stage(reject_three)
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="skip")))
    assert events(results.messages) == [
        (210.0, "next", 1),
        (212.0, "next", 4),
        (220.0, "completed", None),
    ]
    assert pipeline.counters.failed == 1
    assert pipeline.stages[0].stats.snapshot()["errors"] == 1


def test_errors_emit_sends_item_failure_in_place() -> None:
    scheduler = TestScheduler()
    pipeline = Pipeline("emit", scheduler=scheduler).add_stage(reject_three)
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))

    got = events(results.messages)
    assert [(at, kind) for at, kind, _ in got] == [
        (210.0, "next"),
        (211.0, "next"),
        (212.0, "next"),
        (220.0, "completed"),
    ]
    assert (got[0][2], got[2][2]) == (1, 4)
    failure = got[1][2]
    assert isinstance(failure, ItemFailure)
    assert failure.item == 3
    assert isinstance(failure.error, ValueError)
    assert str(failure.error) == "three is rejected"


def test_errors_emit_keeps_order_behind_a_slow_item() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = (
        Pipeline("emit_order", scheduler=scheduler)
        .add_stage(delayed(scheduler, {1: 4.0}, log), {"parallel": 2}, name="slow")
        .add_stage(lambda x: reject_three(x // 10) * 10, name="check")
    )
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))
    got = events(results.messages)
    assert [(at, kind) for at, kind, _ in got] == [
        (214.0, "next"),
        (214.0, "next"),
        (214.0, "next"),
        (220.0, "completed"),
    ]
    assert got[0][2] == 10
    assert isinstance(got[1][2], ItemFailure)
    assert got[1][2].item == 3
    assert got[2][2] == 40


# --- virtual time: retry, timeout, breaker ---------------------------------------------


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


# --- per-stage concurrency --------------------------------------------------------------


@pytest.mark.parametrize(
    ("parallel", "starts", "outputs"),
    [
        (False, [210.0, 215.0, 220.0], [215.0, 220.0, 225.0]),
        (2, [210.0, 211.0, 215.0], [215.0, 216.0, 220.0]),
        (3, [210.0, 211.0, 212.0], [215.0, 216.0, 217.0]),
    ],
)
def test_parallel_limits_items_in_a_stage_slow_path(
    parallel: bool | int, starts: list[float], outputs: list[float]
) -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = Pipeline("par", scheduler=scheduler).add_stage(
        delayed(scheduler, {1: 5.0, 2: 5.0, 3: 5.0}, log), {"parallel": parallel}, name="slow"
    )
    source = hot(scheduler, (210, 1), (211, 2), (212, 3), end=213)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))

    assert [at for at, _ in log] == starts
    assert [x for _, x in log] == [1, 2, 3]
    nexts = [(at, value) for at, kind, value in events(results.messages) if kind == "next"]
    assert nexts == list(zip(outputs, [10, 20, 30], strict=True))


def test_a_slow_stage_does_not_limit_the_next_stage() -> None:
    scheduler = TestScheduler()
    first_log: list[tuple[float, int]] = []
    second_log: list[tuple[float, int]] = []
    pipeline = (
        Pipeline("stages", scheduler=scheduler)
        .add_stage(delayed(scheduler, {1: 1.0, 2: 1.0}, first_log), {"parallel": 2}, name="a")
        .add_stage(delayed(scheduler, {10: 5.0, 20: 5.0}, second_log), {"parallel": 2}, name="b")
    )
    source = hot(scheduler, (210, 1), (211, 2), end=212)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert second_log == [(211.0, 10), (212.0, 20)]
    nexts = [(at, value) for at, kind, value in events(results.messages) if kind == "next"]
    assert nexts == [(216.0, 100), (217.0, 200)]


# --- asyncio ------------------------------------------------------------------------------


async def _collect(
    pipeline: Pipeline, items: list[int], *, errors: Any = "raise"
) -> tuple[list[Any], asyncio.Future[None]]:
    """Push ``items`` through ``pipeline.as_operator``; return the live output and end."""
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    out: list[Any] = []
    source: Subject[int] = Subject()

    def finish() -> None:
        done.set_result(None)

    source.pipe(pipeline.as_operator(errors=errors)).subscribe(
        out.append, done.set_exception, finish
    )
    for item in items:
        source.on_next(item)
    source.on_completed()
    return out, done


async def test_async_stage_that_suspends_keeps_input_order() -> None:
    gates = {i: asyncio.Event() for i in range(5)}
    started: list[int] = []

    async def lookup(x: int) -> int:
        started.append(x)
        if x % 2 == 0:  # even items really suspend
            await gates[x].wait()
        return x * 10

    pipeline = Pipeline("async_order").add_stage(lookup, {"parallel": 5})
    out, done = await _collect(pipeline, [0, 1, 2, 3, 4])
    await asyncio.sleep(0)
    assert started == [0, 1, 2, 3, 4]
    assert out == []  # 0 holds back everything behind it

    for i in (4, 2):
        gates[i].set()
        for _ in range(5):
            await asyncio.sleep(0)
    assert out == []
    gates[0].set()
    await done
    assert out == [0, 10, 20, 30, 40]


async def test_async_stage_not_parallel_runs_one_suspended_item_at_a_time() -> None:
    gates = {i: asyncio.Event() for i in range(3)}
    entered = {i: asyncio.Event() for i in range(3)}
    started: list[int] = []

    async def one_at_a_time(x: int) -> int:
        started.append(x)
        entered[x].set()
        await gates[x].wait()
        return x

    pipeline = Pipeline("serial").add_stage(one_at_a_time, {"parallel": False})
    out, done = await _collect(pipeline, [0, 1, 2])
    await entered[0].wait()
    for _ in range(5):
        await asyncio.sleep(0)
    assert started == [0]
    gates[0].set()
    await entered[1].wait()
    assert started == [0, 1]
    gates[1].set()
    gates[2].set()
    await done
    assert out == [0, 1, 2]


async def test_async_stage_parallel_two_runs_two_at_once() -> None:
    gates = {i: asyncio.Event() for i in range(3)}
    entered = {i: asyncio.Event() for i in range(3)}
    started: list[int] = []

    async def two_at_a_time(x: int) -> int:
        started.append(x)
        entered[x].set()
        await gates[x].wait()
        return x

    pipeline = Pipeline("pair").add_stage(two_at_a_time, {"parallel": 2})
    out, done = await _collect(pipeline, [0, 1, 2])
    await entered[1].wait()
    for _ in range(5):
        await asyncio.sleep(0)
    assert started == [0, 1]
    gates[1].set()  # 1 finishing frees a slot although 0 still holds the output
    await entered[2].wait()
    assert out == []
    gates[0].set()
    gates[2].set()
    await done
    assert out == [0, 1, 2]


async def test_sync_stage_marked_parallel_runs_in_worker_threads() -> None:
    loop_thread = threading.get_ident()
    threads: list[int] = []
    lock = threading.Lock()
    running = [0, 0]  # now, most at once
    barrier = threading.Barrier(2, timeout=10)

    def blocking(x: int) -> int:
        with lock:
            threads.append(threading.get_ident())
            running[0] += 1
            running[1] = max(running[1], running[0])
        barrier.wait()  # passes only if two calls run at the same time
        with lock:
            running[0] -= 1
        return x + 1

    pipeline = Pipeline("threads").add_stage(blocking, {"parallel": 2})
    out, done = await _collect(pipeline, [1, 2, 3, 4])
    await done
    assert out == [2, 3, 4, 5]
    assert len(threads) == 4
    assert loop_thread not in threads
    assert running[1] == 2  # never more than parallel=2


async def test_sync_stage_not_parallel_runs_on_the_loop_thread() -> None:
    loop_thread = threading.get_ident()
    threads: list[int] = []

    def inline(x: int) -> int:
        threads.append(threading.get_ident())
        return x

    result = await Pipeline("inline").add_stage(inline).process(1)
    assert result.result == 1
    assert threads == [loop_thread]


async def test_threaded_process_uses_a_worker_thread_and_traces_it() -> None:
    loop_thread = threading.get_ident()
    seen: list[int] = []

    def work(x: int) -> int:
        seen.append(threading.get_ident())
        return x * 2

    result = await Pipeline("t").add_stage(work, {"parallel": 2}).process(21)
    assert result.result == 42
    assert seen != [loop_thread]
    assert [(t.status, t.attempts) for t in result.trace] == [("ok", 1)]


async def test_threaded_retries_respect_an_open_circuit() -> None:
    calls: list[int] = []

    def down(x: int) -> int:
        calls.append(x)
        msg = "down"
        raise ConnectionError(msg)

    pipeline = Pipeline("threaded_cb").add_stage(
        down,
        {
            "parallel": 2,
            "retries": 2,
            "retry_delay": 0,
            "circuit_breaker": {"failure_threshold": 1},
        },
    )
    with pytest.raises(StageFailedError) as caught:
        await pipeline.process(1)
    assert calls == [1]  # the retries met the circuit the first failure opened
    assert isinstance(caught.value.error, CircuitOpenError)
    assert caught.value.trace[0].status == "circuit_open"


async def test_async_errors_skip_under_asyncio() -> None:
    gate = asyncio.Event()

    async def maybe_fail(x: int) -> int:
        if x == 1:
            await gate.wait()
            msg = "one fails late"
            raise ValueError(msg)
        return x

    pipeline = Pipeline("skip_async").add_stage(maybe_fail, {"parallel": 3})
    out, done = await _collect(pipeline, [0, 1, 2], errors="skip")
    await asyncio.sleep(0)
    assert out == [0]
    gate.set()
    await done
    assert out == [0, 2]


async def test_threaded_stage_returning_an_observable_emits_its_value() -> None:
    loop_thread = threading.get_ident()
    threads: list[int] = []

    def build(x: int) -> Observable[int]:
        threads.append(threading.get_ident())
        return reactivex.just(x * 7)

    pipeline = Pipeline("threaded_obs").add_stage(build, {"parallel": 2})
    out, done = await _collect(pipeline, [1, 2])
    await done
    assert out == [7, 14]
    assert loop_thread not in threads
