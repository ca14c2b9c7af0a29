"""BoundedBuffer.waiter()/forget() (a consumer awaiting the future itself) and room()."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from operators import BoundedBuffer, OverflowPolicy

Store = Callable[[BoundedBuffer[int]], Awaitable[object]]


async def _offer(buf: BoundedBuffer[int]) -> object:
    return buf.offer(1)


async def _offer_all(buf: BoundedBuffer[int]) -> object:
    return buf.offer_all([1, 2, 3])


async def _put(buf: BoundedBuffer[int]) -> object:
    return await buf.put(1)


async def _offer_to_all(buf: BoundedBuffer[int]) -> object:
    return BoundedBuffer.offer_to_all([buf], 2, 0, lambda: [1, 2])


# --- waiter() -------------------------------------------------------------------------------


async def test_waiter_is_none_when_an_item_is_ready() -> None:
    buf = BoundedBuffer[int](4)
    buf.offer(1)
    assert buf.waiter() is None
    assert buf.drain() == [1]
    fut = buf.waiter()  # empty again: a real future
    assert fut is not None
    assert not fut.done()
    buf.forget(fut)


async def test_waiter_is_none_once_closed_empty_or_not() -> None:
    empty = BoundedBuffer[int](4)
    empty.close()
    assert len(empty) == 0
    assert empty.waiter() is None  # closed and empty: nothing will ever come

    holding = BoundedBuffer[int](4)
    holding.offer(1)
    holding.close()
    assert holding.waiter() is None
    assert holding.drain() == [1]
    assert holding.waiter() is None


@pytest.mark.parametrize(
    "store",
    [_offer, _offer_all, _put, _offer_to_all],
    ids=["offer", "offer_all", "put", "offer_to_all"],
)
async def test_a_stored_item_resolves_the_waiter(store: Store) -> None:
    buf = BoundedBuffer[int](4)
    fut = buf.waiter()
    assert fut is not None
    assert not fut.done()
    await store(buf)
    assert fut.done()
    assert not fut.cancelled()
    await fut  # resolved with None: nothing to unpack
    assert len(buf) >= 1
    assert buf.waiter() is None  # the item is still there: no new future


@pytest.mark.parametrize("policy", ["block", "drop_oldest", "drop_newest", "error"])
async def test_every_policy_resolves_every_waiter(policy: OverflowPolicy) -> None:
    buf = BoundedBuffer[int](2, policy)
    first, second = buf.waiter(), buf.waiter()
    assert first is not None
    assert second is not None
    assert first is not second
    assert buf.offer(7)
    assert first.done()
    assert second.done()


async def test_close_resolves_a_pending_waiter_and_a_refused_item_does_not() -> None:
    buf = BoundedBuffer[int](1, "drop_newest")
    fut = buf.waiter()
    assert fut is not None
    assert not buf.offer_all([1, 2])  # does not fit: nothing stored, nobody woken
    assert not fut.done()
    buf.close()
    assert fut.done()
    assert not fut.cancelled()
    await fut  # resolved with None: nothing to unpack
    assert not buf.offer(3)  # closed: refused, and nothing to wake
    assert len(buf) == 0


async def test_waiter_is_awaitable_by_a_task_woken_by_a_later_item() -> None:
    buf = BoundedBuffer[str](4)
    fut = buf.waiter()
    assert fut is not None
    started = asyncio.Event()

    async def consumer() -> list[str]:
        started.set()
        await fut
        return buf.drain()

    task = asyncio.ensure_future(consumer())
    await started.wait()
    assert not task.done()
    buf.offer_all(["a", "b"])
    assert await task == ["a", "b"]


# --- forget() -------------------------------------------------------------------------------


async def test_forget_cancels_a_pending_waiter_and_others_still_wake() -> None:
    buf = BoundedBuffer[int](4)
    gone = buf.waiter()
    kept = buf.waiter()
    assert gone is not None
    assert kept is not None
    buf.forget(gone)
    assert gone.cancelled()
    assert gone not in buf._getters
    assert buf.offer(1)  # a forgotten (cancelled) future does not make the store fail
    assert kept.done()
    assert not kept.cancelled()
    assert buf.drain() == [1]


async def test_forget_of_the_only_waiter_leaves_nothing_registered() -> None:
    buf = BoundedBuffer[int](4)
    fut = buf.waiter()
    assert fut is not None
    buf.forget(fut)
    buf.forget(fut)  # twice: harmless
    assert buf._getters == []
    assert buf.offer(1)
    buf.close()
    assert fut.cancelled()  # neither the item nor close() touched it again


async def test_forget_of_a_resolved_waiter_keeps_its_result() -> None:
    buf = BoundedBuffer[int](4)
    fut = buf.waiter()
    assert fut is not None
    buf.offer(1)
    buf.forget(fut)
    assert fut.done()
    assert not fut.cancelled()
    assert fut.result() is None
    nxt = buf.waiter()
    assert nxt is None  # the item is still ready


# --- room() ---------------------------------------------------------------------------------


@pytest.mark.parametrize("policy", ["block", "drop_oldest", "drop_newest", "error"])
def test_room_counts_free_slots(policy: OverflowPolicy) -> None:
    buf = BoundedBuffer[int](5, policy)
    assert buf.room() == 5
    buf.offer_all([1, 2])
    assert buf.room() == 3
    buf.offer_all([3, 4, 5])
    assert buf.room() == 0
    buf.take()
    assert buf.room() == 1
    buf.drain()
    assert buf.room() == 5


def test_room_is_zero_once_closed_even_with_free_slots() -> None:
    buf = BoundedBuffer[int](5)
    buf.offer(1)
    buf.close()
    assert buf.room() == 0
    assert not buf.offer_all([2])  # room() said so: nothing fits


def test_room_matches_what_offer_all_accepts() -> None:
    buf = BoundedBuffer[int](4, "block")
    buf.offer(0)
    room = buf.room()
    assert not buf.offer_all(list(range(room + 1)))
    assert buf.offer_all(list(range(room)))
    assert buf.room() == 0


async def test_room_is_zero_while_a_blocked_put_waits() -> None:
    buf = BoundedBuffer[int](2, "block")
    assert await buf.put(1)
    assert await buf.put(2)
    started = asyncio.Event()

    async def producer() -> bool:
        started.set()
        return await buf.put(3)

    blocked = asyncio.ensure_future(producer())
    await started.wait()
    assert not blocked.done()
    assert buf.room() == 0
    assert buf.take() == 1  # a slot frees up, but it is granted to the waiting producer
    assert buf.room() == 0
    assert not buf.offer_all([9])  # a newcomer cannot barge past it
    assert BoundedBuffer.offer_to_all([buf], 1, 0, lambda: [9]) is None  # nor a fan-out
    assert await blocked is True
    assert buf.room() == 0
    assert buf.drain() == [2, 3]
    assert buf.room() == 2


async def test_room_is_zero_while_producers_wait_even_after_a_drain() -> None:
    buf = BoundedBuffer[int](1, "block")
    buf.offer(1)
    started = asyncio.Event()

    async def producer(item: int) -> bool:
        started.set()
        return await buf.put(item)

    first = asyncio.ensure_future(producer(2))
    await started.wait()
    second = asyncio.ensure_future(buf.put(3))
    assert buf.room() == 0
    assert buf.drain() == [1]  # grants the slot to the first producer only
    assert buf.room() == 0
    assert await first is True
    assert buf.take() == 2
    assert await second is True
    assert buf.drain() == [3]
    assert buf.room() == 1
