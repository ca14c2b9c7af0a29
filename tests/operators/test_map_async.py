"""map_async: Observable-returning fns in virtual time, coroutines under asyncio."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.testing import ReactiveTest, TestScheduler

from operators._map_async import map_async
from tests.rx_helpers import Event, events, hot


def delayed(scheduler: TestScheduler, ticks: dict[str, float]) -> Callable[[str], Observable[str]]:
    def fn(item: str) -> Observable[str]:
        return reactivex.timer(ticks[item], scheduler=scheduler).pipe(ops.map(lambda _: item))

    return fn


def run(marbles: str, ticks: dict[str, float], *, concurrency: int, ordered: bool) -> list[Event]:
    scheduler = TestScheduler()
    source = hot(scheduler, marbles)
    op = map_async(delayed(scheduler, ticks), concurrency=concurrency, ordered=ordered)
    return events(scheduler.start(lambda: source.pipe(op)).messages)


# --- virtual time ---------------------------------------------------------------------------


def test_concurrency_one_runs_items_one_after_another() -> None:
    assert run("-abc|", dict.fromkeys("abc", 3.0), concurrency=1, ordered=True) == [
        (204, "next", "a"),
        (207, "next", "b"),
        (210, "next", "c"),
        (210, "completed", None),
    ]


def test_ordered_output_waits_for_slow_head() -> None:
    assert run("-abc|", {"a": 4.0, "b": 1.0, "c": 1.0}, concurrency=2, ordered=True) == [
        (205, "next", "a"),
        (205, "next", "b"),
        (205, "next", "c"),
        (205, "completed", None),
    ]


def test_unordered_output_is_completion_order() -> None:
    # c waits for a free slot until b finishes at 203
    assert run("-abc|", {"a": 4.0, "b": 1.0, "c": 1.0}, concurrency=2, ordered=False) == [
        (203, "next", "b"),
        (204, "next", "c"),
        (205, "next", "a"),
        (205, "completed", None),
    ]


def test_concurrency_bound_holds_with_many_items() -> None:
    # items arrive every tick and take 3: c waits for a's slot (204), d for b's (205)...
    out = run("-abcdef|", dict.fromkeys("abcdef", 3.0), concurrency=2, ordered=True)
    assert [t for t, kind, _ in out if kind == "next"] == [204, 205, 207, 208, 210, 211]


def test_multi_value_inner_is_held_until_its_turn() -> None:
    scheduler = TestScheduler()
    inners = {
        "a": scheduler.create_cold_observable(
            ReactiveTest.on_next(1, "a1"),
            ReactiveTest.on_next(5, "a2"),
            ReactiveTest.on_completed(6),
        ),
        "b": scheduler.create_cold_observable(
            ReactiveTest.on_next(1, "b1"),
            ReactiveTest.on_next(8, "b2"),
            ReactiveTest.on_completed(9),
        ),
    }
    source = hot(scheduler, "-ab|")
    op = map_async(inners.__getitem__, concurrency=2)
    assert events(scheduler.start(lambda: source.pipe(op)).messages) == [
        (202, "next", "a1"),
        (206, "next", "a2"),
        (207, "next", "b1"),  # held since 203, released when a completes
        (210, "next", "b2"),
        (211, "completed", None),
    ]


def failing(item: str) -> Observable[str]:
    if item == "r":
        raise ValueError("fn raised")
    if item == "x":
        return reactivex.throw(ValueError("inner errored"))
    if item == "t":
        return 42  # type: ignore[return-value]
    return reactivex.of(item)


@pytest.mark.parametrize(
    ("marbles", "kind", "message"),
    [
        ("-ar", ValueError, "fn raised"),
        ("-ax", ValueError, "inner errored"),
        ("-at", TypeError, "must return an awaitable or an Observable, got int for item 't'"),
    ],
)
def test_fn_exception_inner_error_and_bad_return_error_the_stream(
    marbles: str, kind: type[Exception], message: str
) -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, marbles)
    out = events(scheduler.start(lambda: source.pipe(map_async(failing))).messages)
    assert out[0] == (201, "next", "a")
    assert out[1][:2] == (202, "error")
    assert isinstance(out[1][2], kind)
    assert message in str(out[1][2])


def test_dispose_unsubscribes_inner_observables() -> None:
    scheduler = TestScheduler()
    inner = scheduler.create_cold_observable(ReactiveTest.on_next(50, "late"))
    source = hot(scheduler, "-ab")
    op = map_async(lambda _: inner, concurrency=2)
    assert scheduler.start(lambda: source.pipe(op), disposed=210).messages == []
    assert [(s.subscribe, s.unsubscribe) for s in inner.subscriptions] == [(201, 210), (202, 210)]


def test_synchronous_inner_observables_do_not_recurse() -> None:
    out: list[int] = []
    reactivex.range(5000).pipe(map_async(reactivex.of, concurrency=4)).subscribe(out.append)
    assert out == list(range(5000))


def test_invalid_concurrency_is_rejected() -> None:
    with pytest.raises(ValueError, match="concurrency must be an int >= 1, got 0"):
        map_async(reactivex.of, concurrency=0)


# --- asyncio ------------------------------------------------------------------------------


class Harness:
    """Subscribe to a map_async output and await its end."""

    def __init__(self, source: Observable[Any]) -> None:
        self.values: list[Any] = []
        self.error: Exception | None = None
        self.done = asyncio.Event()
        self.subscription = source.subscribe(self.values.append, self._on_error, self.done.set)

    def _on_error(self, err: Exception) -> None:
        self.error = err
        self.done.set()


def gated(
    gates: dict[int, asyncio.Event], finished: dict[int, asyncio.Event]
) -> Callable[[int], Awaitable[int]]:
    async def fn(item: int) -> int:
        await gates[item].wait()
        finished[item].set()  # the waiter resumes after this task's done callbacks ran
        return item * 10

    return fn


@pytest.mark.parametrize(("ordered", "expected"), [(True, [0, 10, 20]), (False, [20, 10, 0])])
async def test_coroutines_ordered_and_unordered(ordered: bool, expected: list[int]) -> None:
    gates = {i: asyncio.Event() for i in range(3)}
    finished = {i: asyncio.Event() for i in range(3)}
    op = map_async(gated(gates, finished), concurrency=3, ordered=ordered)
    harness = Harness(reactivex.from_iterable(range(3)).pipe(op))
    for i in (2, 1, 0):
        gates[i].set()
        await finished[i].wait()
    await harness.done.wait()
    assert harness.values == expected
    assert harness.error is None


async def test_concurrency_bound_is_respected() -> None:
    running = 0
    peak = 0
    release = asyncio.Event()
    full = asyncio.Event()

    async def fn(item: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        if running == 4:
            full.set()
        await release.wait()
        running -= 1
        return item

    harness = Harness(reactivex.range(20).pipe(map_async(fn, concurrency=4)))
    await full.wait()
    assert (running, peak) == (4, 4)
    release.set()
    await harness.done.wait()
    assert peak == 4
    assert harness.values == list(range(20))


async def test_coroutine_exception_errors_stream_and_cancels_others() -> None:
    gate = asyncio.Event()
    cancelled = asyncio.Event()

    async def fn(item: int) -> int:
        if item == 1:
            raise KeyError("bad item")
        try:
            await gate.wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return item

    harness = Harness(reactivex.range(3).pipe(map_async(fn, concurrency=2)))
    await harness.done.wait()
    assert isinstance(harness.error, KeyError)
    await cancelled.wait()
    assert harness.values == []


async def test_dispose_cancels_pending_tasks() -> None:
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def fn(item: int) -> int:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return item

    harness = Harness(reactivex.of(1).pipe(map_async(fn)))
    await started.wait()
    harness.subscription.dispose()
    await cancelled.wait()
    assert not harness.done.is_set()


def test_awaitable_without_running_loop_errors_stream() -> None:
    async def fn(item: int) -> int:
        return item

    errors: list[Exception] = []
    reactivex.of(1).pipe(map_async(fn)).subscribe(on_error=errors.append)
    assert "needs a running asyncio event loop" in str(errors[0])


async def test_trivial_coroutines_stream_through() -> None:
    async def fn(item: int) -> int:
        return item + 1

    harness = Harness(reactivex.range(2000).pipe(map_async(fn, concurrency=64)))
    await harness.done.wait()
    assert harness.values == list(range(1, 2001))
