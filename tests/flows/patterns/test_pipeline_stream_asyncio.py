"""Pipeline.as_operator and process under asyncio: suspending stages, parallel, threads."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
import reactivex
from reactivex import Observable
from reactivex.subject import Subject

from flows import Pipeline, StageFailedError
from operators import CircuitOpenError, ItemTimeoutError


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


async def test_sync_stage_run_in_thread_runs_in_worker_threads() -> None:
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

    pipeline = Pipeline("threads").add_stage(blocking, {"parallel": 2, "run_in": "thread"})
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

    result = await Pipeline("t").add_stage(work, {"run_in": "thread"}).process(21)
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
            "run_in": "thread",
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

    pipeline = Pipeline("threaded_obs").add_stage(build, {"parallel": 2, "run_in": "thread"})
    out, done = await _collect(pipeline, [1, 2])
    await done
    assert out == [7, 14]
    assert loop_thread not in threads


async def test_on_a_real_loop_a_worker_timeout_preempts_one_item_and_the_rest_go_on() -> None:
    """The worker arms the stage timeout on the stock loop's monotonic clock: the item
    that hangs fails with ItemTimeoutError, the items before and after it pass, in
    order, and the worker runs on after the cancellation (the backlog waits for it)."""
    never = asyncio.Event()

    async def maybe_hang(x: int) -> int:
        if x == 2:
            await never.wait()
        return x * 10

    pipeline = Pipeline("hangs").add_stage(maybe_hang, {"timeout": 0.05})
    out, done = await _collect(pipeline, list(range(5)), errors="emit")
    await asyncio.wait_for(done, 5.0)
    assert [o if isinstance(o, int) else ("failed", o.item) for o in out] == [
        0,
        10,
        ("failed", 2),
        30,
        40,
    ]
    assert isinstance(out[2].error, ItemTimeoutError)


@pytest.mark.parametrize("breaker", [False, True])
async def test_a_timeout_the_stage_swallowed_leaves_no_cancellation_behind(
    breaker: bool,
) -> None:
    """As with asyncio.timeout: a stage that catches the deadline's cancellation and
    returns leaves its worker task uncancelled, so the next item starts clean (a stale
    request turns a TaskGroup's child error inside the next item into a 'timeout')."""
    never = asyncio.Event()
    seen: list[int] = []

    async def stage(x: int) -> int:
        task = asyncio.current_task()
        assert task is not None
        seen.append(task.cancelling())
        if x == 0:
            try:
                await never.wait()
            except asyncio.CancelledError:
                return -1  # swallowed
        return x

    config: dict[str, Any] = {"timeout": 0.05}
    if breaker:  # the worker's other path (settle), not the inlined one
        config["circuit_breaker"] = {"failure_threshold": 5}
    pipeline = Pipeline("swallow").add_stage(stage, config)
    out, done = await _collect(pipeline, [0, 1], errors="emit")
    await asyncio.wait_for(done, 5.0)
    assert out == [-1, 1]
    assert seen == [0, 0]
