"""BoundedBuffer (sync, asyncio, hypothesis) and backpressure_buffer (virtual time)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import get_args

import pytest
import reactivex
from hypothesis import given
from hypothesis import strategies as st
from reactivex import Observable
from reactivex import operators as ops
from reactivex.subject import Subject
from reactivex.testing import ReactiveTest, TestScheduler

from operators import (
    BackpressureOperator,
    BoundedBuffer,
    BufferClosedError,
    BufferOverflowError,
    OperatorError,
    OverflowPolicy,
    backpressure_buffer,
)
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


# --- BoundedBuffer: construction and sync API -------------------------------------------


@pytest.mark.parametrize("max_size", [0, -1])
def test_max_size_below_one_is_rejected(max_size: int) -> None:
    with pytest.raises(ValueError, match=rf"max_size must be an int >= 1, got {max_size}"):
        BoundedBuffer[int](max_size)


def test_unknown_policy_names_field_and_allowed_values() -> None:
    with pytest.raises(ValueError, match="overflow must be one of") as info:
        BoundedBuffer[int](1, "drop")  # type: ignore[arg-type]
    for policy in get_args(OverflowPolicy):
        assert repr(policy) in str(info.value)
    assert "'drop'" in str(info.value)


def test_drop_oldest_evicts_and_reports() -> None:
    dropped: list[int] = []
    buf = BoundedBuffer[int](2, "drop_oldest", on_drop=dropped.append)
    assert [buf.offer(i) for i in range(4)] == [True, True, True, True]
    assert buf.drain() == [2, 3]
    assert dropped == [0, 1]
    assert buf.stats.as_dict() == {
        "depth": 0,
        "dropped": 2,
        "high_water": 2,
        "accepted": 4,
        "delivered": 2,
    }


def test_drop_newest_refuses_and_reports() -> None:
    dropped: list[int] = []
    buf = BoundedBuffer[int](2, "drop_newest", on_drop=dropped.append)
    assert [buf.offer(i) for i in range(4)] == [True, True, False, False]
    assert (buf.take(), buf.take()) == (0, 1)
    assert dropped == [2, 3]
    assert buf.stats.dropped == 2


def test_error_policy_raises_with_name() -> None:
    buf = BoundedBuffer[int](1, "error", name="sse")
    buf.offer(1)
    with pytest.raises(BufferOverflowError, match="buffer 'sse' is full") as info:
        buf.offer(2)
    assert isinstance(info.value, OperatorError)
    assert (len(buf), buf.stats.dropped) == (1, 0)


def test_block_offer_returns_false_without_counting() -> None:
    buf = BoundedBuffer[int](1)
    assert buf.offer(1)
    assert not buf.offer(2)
    assert buf.stats.as_dict()["dropped"] == 0
    assert buf.stats.accepted == 1


def test_closed_buffer_refuses_silently_but_can_be_drained() -> None:
    buf = BoundedBuffer[int](2, "error")
    buf.offer(1)
    buf.close()
    assert buf.closed
    assert not buf.offer(2)
    assert buf.take() == 1
    assert buf.stats.accepted == 1


def test_take_from_empty_raises_index_error() -> None:
    with pytest.raises(IndexError, match="empty buffer 'q'"):
        BoundedBuffer[int](1, name="q").take()


def test_drain_with_limit_and_invalid_limit() -> None:
    buf = BoundedBuffer[int](5)
    for i in range(4):
        buf.offer(i)
    assert buf.drain(3) == [0, 1, 2]
    assert buf.drain(0) == []
    with pytest.raises(ValueError, match="max_items must be >= 0"):
        buf.drain(-1)
    assert buf.drain(10) == [3]


def test_on_drop_exception_reaches_caller_with_state_consistent() -> None:
    def boom(_: int) -> None:
        raise KeyError("on_drop")

    buf = BoundedBuffer[int](1, "drop_oldest", on_drop=boom)
    buf.offer(1)
    with pytest.raises(KeyError):
        buf.offer(2)
    assert buf.drain() == [2]
    assert buf.stats.dropped == 1


@given(
    policy=st.sampled_from(get_args(OverflowPolicy)),
    max_size=st.integers(1, 5),
    ops_=st.lists(st.one_of(st.just("offer"), st.just("take"), st.integers(0, 3)), max_size=60),
)
def test_buffer_invariants(policy: OverflowPolicy, max_size: int, ops_: list[str | int]) -> None:
    dropped: list[int] = []
    buf = BoundedBuffer[int](max_size, policy, on_drop=dropped.append)
    taken: list[int] = []
    refused: list[int] = []
    offered: list[int] = []
    high = 0
    for step in ops_:
        if step == "offer":
            item = len(offered)
            offered.append(item)
            try:
                stored = buf.offer(item)
            except BufferOverflowError:
                stored = False
            if not stored and item not in dropped:
                refused.append(item)
        elif step == "take":
            if len(buf):
                taken.append(buf.take())
        else:
            assert isinstance(step, int)
            taken.extend(buf.drain(step))
        assert len(buf) <= max_size
        high = max(high, len(buf))
        assert buf.stats.high_water == high
        assert buf.stats.depth == len(buf)
    inside = buf.drain()
    # every offered item is in exactly one place, and FIFO order holds
    assert sorted(taken + inside + dropped + refused) == offered
    assert taken + inside == sorted(taken + inside)
    assert buf.stats.dropped == len(dropped)
    assert buf.stats.delivered == len(taken) + len(inside)
    if policy in ("block", "error"):
        assert dropped == []


# --- BoundedBuffer: asyncio ---------------------------------------------------------------


async def yield_to_loop() -> None:
    """Let ready tasks run: a zero-time yield, not a timed wait."""
    await asyncio.sleep(0)


async def test_put_blocks_until_take_and_producers_are_served_fifo() -> None:
    buf = BoundedBuffer[str](1)
    assert await buf.put("a")
    first = asyncio.ensure_future(buf.put("b"))
    second = asyncio.ensure_future(buf.put("c"))
    await yield_to_loop()
    assert not first.done()
    assert not second.done()
    assert not buf.offer("barger")  # a newcomer cannot pass waiting producers
    assert buf.take() == "a"
    assert await first
    assert not second.done()
    assert buf.take() == "b"
    assert await second
    assert buf.drain() == ["c"]
    assert buf.stats.dropped == 0


async def test_put_timeout_raises_overflow_and_counts_nothing() -> None:
    buf = BoundedBuffer[int](1, name="q")
    await buf.put(1)
    with pytest.raises(BufferOverflowError, match="no room within 0s"):
        await buf.put(2, timeout=0)
    assert buf.stats.as_dict() == {
        "depth": 1,
        "dropped": 0,
        "high_water": 1,
        "accepted": 1,
        "delivered": 0,
    }
    buf.take()
    assert await buf.put(3, timeout=0)  # room: no wait, no timeout


async def test_room_granted_as_timeout_expires_keeps_the_item() -> None:
    buf = BoundedBuffer[int](1)
    await buf.put(1)
    producer = asyncio.ensure_future(buf.put(2, timeout=0))
    await yield_to_loop()  # producer waits; its (zero) timeout is queued behind us
    buf.take()  # grants room before the timeout callback runs
    assert await producer
    assert buf.drain() == [2]
    assert buf.stats.dropped == 0


async def test_cancelled_waiting_producer_frees_its_turn() -> None:
    buf = BoundedBuffer[int](1)
    await buf.put(1)
    doomed = asyncio.ensure_future(buf.put(2))
    waiting = asyncio.ensure_future(buf.put(3))
    await yield_to_loop()
    doomed.cancel()
    with pytest.raises(asyncio.CancelledError):
        await doomed
    buf.take()
    assert await waiting
    assert buf.drain() == [3]


async def test_cancel_after_grant_passes_the_slot_on() -> None:
    buf = BoundedBuffer[int](1)
    await buf.put(1)
    granted = asyncio.ensure_future(buf.put(2))
    nxt = asyncio.ensure_future(buf.put(3))
    await yield_to_loop()
    buf.take()  # grants the slot to `granted`, which is cancelled before it resumes
    granted.cancel()
    with pytest.raises(asyncio.CancelledError):
        await granted
    assert await nxt
    assert buf.drain() == [3]


async def test_non_block_put_behaves_like_offer() -> None:
    buf = BoundedBuffer[int](1, "drop_newest")
    assert await buf.put(1)
    assert not await buf.put(2)
    assert buf.stats.dropped == 1


async def test_get_waits_for_item_and_fails_when_closed_and_empty() -> None:
    buf = BoundedBuffer[int](2, name="q")
    getter = asyncio.ensure_future(buf.get())
    await yield_to_loop()
    buf.offer(7)
    assert await getter == 7
    buf.offer(8)
    buf.close()
    assert await buf.get() == 8
    with pytest.raises(BufferClosedError, match="buffer 'q' is closed and empty"):
        await buf.get()


async def test_close_wakes_getters_waiters_and_producers() -> None:
    buf = BoundedBuffer[int](1)
    await buf.put(1)
    producer = asyncio.ensure_future(buf.put(2))
    buf2 = BoundedBuffer[int](1)
    getter = asyncio.ensure_future(buf2.get())
    waiter = asyncio.ensure_future(buf2.wait_nonempty())
    await yield_to_loop()
    buf.close()
    buf2.close()
    assert await producer is False
    assert await waiter is False
    with pytest.raises(BufferClosedError):
        await getter
    assert buf.drain() == [1]


async def test_wait_nonempty_then_drain_coalesces() -> None:
    buf = BoundedBuffer[int](10)
    waiter = asyncio.ensure_future(buf.wait_nonempty())
    other = asyncio.ensure_future(buf.get())
    await yield_to_loop()
    buf.offer(1)
    buf.offer(2)
    assert await waiter
    assert await other == 1  # every waiter is woken, none starves
    assert buf.drain() == [2]


async def test_async_iteration_until_closed() -> None:
    buf = BoundedBuffer[int](3)
    for i in range(3):
        buf.offer(i)
    buf.close()
    assert [item async for item in buf] == [0, 1, 2]


async def test_cancelled_getter_is_forgotten() -> None:
    buf = BoundedBuffer[int](1)
    getter = asyncio.ensure_future(buf.get())
    await yield_to_loop()
    getter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await getter
    buf.offer(1)
    assert await buf.get() == 1


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


def test_offer_all_stores_a_batch_only_when_all_of_it_fits() -> None:
    buf: BoundedBuffer[int] = BoundedBuffer(4, "block")
    assert buf.offer_all([1, 2, 3])
    assert not buf.offer_all([4, 5])  # 5 would not fit: nothing is stored
    assert len(buf) == 3
    assert buf.offer_all([4])
    assert buf.drain() == [1, 2, 3, 4]
    assert buf.stats.accepted == 4
    assert buf.stats.high_water == 4
    buf.close()
    assert not buf.offer_all([9])
