"""backpressure_buffer: overflow policies in virtual time and the asyncio put() path."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import get_args

import pytest
import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.subject import Subject
from reactivex.testing import ReactiveTest, TestScheduler

from operators import (
    BackpressureOperator,
    BufferOverflowError,
    OverflowPolicy,
    backpressure_buffer,
)
from tests.operators.buffer_helpers import yield_to_loop
from tests.rx_helpers import Event, events, hot


def slow(scheduler: TestScheduler, ticks: float = 3.0) -> Callable[[str], Observable[str]]:
    def consumer(item: str) -> Observable[str]:
        return reactivex.timer(ticks, scheduler=scheduler).pipe(ops.map(lambda _: item))

    return consumer


def run_policy(
    policy: OverflowPolicy, *, concurrency: int = 1
) -> tuple[list[Event], BackpressureOperator[str, str]]:
    scheduler = TestScheduler()
    source = hot(scheduler, "-abcdef|")
    op = backpressure_buffer(
        2, policy, consumer=slow(scheduler), concurrency=concurrency, scheduler=scheduler
    )
    return events(scheduler.start(lambda: source.pipe(op)).messages), op


# --- backpressure_buffer: virtual time ----------------------------------------------------


def test_drop_oldest_keeps_newest_items() -> None:
    out, op = run_policy("drop_oldest")
    # a busy 201-204; b and d evicted at 204 and 206
    assert out == [
        (204, "next", "a"),
        (207, "next", "c"),
        (210, "next", "e"),
        (213, "next", "f"),
        (213, "completed", None),
    ]
    assert (op.stats.dropped, op.stats.high_water, op.stats.accepted) == (2, 2, 6)


def test_drop_newest_keeps_oldest_items() -> None:
    out, op = run_policy("drop_newest")
    assert out == [
        (204, "next", "a"),
        (207, "next", "b"),
        (210, "next", "c"),
        (213, "next", "e"),
        (213, "completed", None),
    ]
    assert (op.stats.dropped, op.stats.high_water, op.stats.delivered) == (2, 2, 4)


def test_error_policy_errors_output_when_full() -> None:
    out, op = run_policy("error")
    assert [(t, kind) for t, kind, _ in out] == [(204, "error")]
    assert isinstance(out[0][2], BufferOverflowError)
    assert op.stats.high_water == 2


def test_block_policy_with_push_source_errors_with_hint() -> None:
    out, _ = run_policy("block")
    assert [(t, kind) for t, kind, _ in out] == [(204, "error")]
    err = out[0][2]
    assert isinstance(err, BufferOverflowError)
    assert "block needs an awaiting producer: use BackpressureOperator.put()" in str(err)


@pytest.mark.parametrize("policy", get_args(OverflowPolicy))
def test_concurrency_two_keeps_up_without_drops(policy: OverflowPolicy) -> None:
    out, op = run_policy(policy, concurrency=2)
    assert out == [
        (204, "next", "a"),
        (205, "next", "b"),
        (207, "next", "c"),
        (208, "next", "d"),
        (210, "next", "e"),
        (211, "next", "f"),
        (211, "completed", None),
    ]
    assert (op.stats.dropped, op.stats.high_water) == (0, 2)


def test_without_consumer_a_synchronous_burst_queues_up() -> None:
    scheduler = TestScheduler()
    op: BackpressureOperator[str, str] = backpressure_buffer(2, scheduler=scheduler)
    out = events(scheduler.start(lambda: reactivex.from_iterable("abcde").pipe(op)).messages)
    assert out == [
        (200, "next", "a"),
        (200, "next", "d"),
        (200, "next", "e"),
        (200, "completed", None),
    ]
    assert op.stats.dropped == 2


@pytest.mark.parametrize(
    ("marbles", "expected"),
    [("-ab-c|", [(201, "next", "a"), (202, "next", "b")]), ("-z|", [])],
)
def test_consumer_error_and_raise_error_the_output(marbles: str, expected: list[Event]) -> None:
    err = ValueError("slow consumer failed")

    def consumer(item: str) -> Observable[str]:
        if item == "c":
            raise err
        return reactivex.throw(err) if item == "z" else reactivex.of(item)

    scheduler = TestScheduler()
    source = hot(scheduler, marbles)
    op = backpressure_buffer(2, consumer=consumer, scheduler=scheduler)
    out = events(scheduler.start(lambda: source.pipe(op)).messages)
    assert out == [*expected, (out[-1][0], "error", err)]


def test_source_error_is_forwarded_and_dispose_stops_consumer() -> None:
    scheduler = TestScheduler()
    inner = scheduler.create_cold_observable(ReactiveTest.on_next(10, "x"))
    op: BackpressureOperator[str, str] = backpressure_buffer(
        2, consumer=lambda _: inner, scheduler=scheduler
    )
    boom = RuntimeError("source")
    source: Observable[str] = scheduler.create_hot_observable(
        ReactiveTest.on_next(201, "a"), ReactiveTest.on_error(205, boom)
    )
    assert events(scheduler.start(lambda: source.pipe(op)).messages) == [(205, "error", boom)]
    assert [(s.subscribe, s.unsubscribe) for s in inner.subscriptions] == [(201, 205)]

    scheduler = TestScheduler()
    inner = scheduler.create_cold_observable(ReactiveTest.on_next(10, "x"))
    op = backpressure_buffer(2, consumer=lambda _: inner, scheduler=scheduler)
    source = hot(scheduler, "-a")
    assert scheduler.start(lambda: source.pipe(op), disposed=205).messages == []
    assert [(s.subscribe, s.unsubscribe) for s in inner.subscriptions] == [(201, 205)]


def test_invalid_concurrency_is_rejected() -> None:
    with pytest.raises(ValueError, match="concurrency must be an int >= 1, got 0"):
        backpressure_buffer(1, concurrency=0)


# --- backpressure_buffer: asyncio put() path ----------------------------------------------


async def test_put_path_blocks_producer_until_consumer_frees_room() -> None:
    gates: dict[int, Subject[int]] = {}

    def consumer(item: int) -> Observable[int]:
        gates[item] = Subject()
        return gates[item]

    op = backpressure_buffer(1, "block", consumer=consumer)
    seen: list[int] = []
    done = asyncio.Event()
    op.observable.subscribe(seen.append, on_completed=done.set)
    assert await op.put(1)  # straight into the consumer slot
    assert await op.put(2)  # waits in the buffer
    third = asyncio.ensure_future(op.put(3))
    await yield_to_loop()
    assert not third.done()
    gates[1].on_next(10)
    gates[1].on_completed()  # 2 moves to the consumer, 3 gets the room
    assert await third
    assert sorted(gates) == [1, 2]
    op.close()
    gates[2].on_completed()
    gates[3].on_next(30)
    gates[3].on_completed()
    await done.wait()
    assert seen == [10, 30]
    assert op.stats.as_dict()["dropped"] == 0
    assert not await op.put(4)  # the feed is closed


async def test_put_path_error_policy_raises_and_errors_output() -> None:
    op: BackpressureOperator[int, int] = backpressure_buffer(
        1, "error", consumer=lambda _: reactivex.never()
    )
    errors: list[Exception] = []
    op.observable.subscribe(on_error=errors.append)
    second: list[Exception] = []
    op.observable.subscribe(on_error=second.append)
    assert "already has a subscriber" in str(second[0])
    await op.put(1)
    await op.put(2)
    with pytest.raises(BufferOverflowError):
        await op.put(3)
    assert isinstance(errors[0], BufferOverflowError)
    assert op.overflow == "error"
