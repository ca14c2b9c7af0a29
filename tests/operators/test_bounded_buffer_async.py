"""BoundedBuffer under asyncio: blocking put, get, waiters, close and cancellation."""

from __future__ import annotations

import asyncio

import pytest

from operators import BoundedBuffer, BufferClosedError, BufferOverflowError
from tests.operators.buffer_helpers import yield_to_loop


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
