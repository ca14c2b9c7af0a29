"""Stream under ``block``: no consumer holds producers hostage (issue 15, item 2).

A consumer whose full buffer keeps a producer waiting for ``slow_consumer_timeout``
seconds, counted from when it first blocked one, is evicted; a stream nobody reads
keeps its newest entries and never makes a producer wait. All in virtual time
(``flows.run_virtual``): the waits below are the stream's own, measured exactly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import pytest

from flows import (
    FlowConfig,
    FlowConfigError,
    FlowManager,
    SlowConsumerError,
    Stream,
    StreamFullError,
    run_virtual,
)
from tests.flows.backends.stream_helpers import settle


def virtual(test: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
    """Run an async test on a fresh virtual-time loop."""

    def run() -> None:
        run_virtual(test(), deadline=None)

    run.__name__ = test.__name__
    run.__doc__ = test.__doc__
    return run


def now() -> float:
    return asyncio.get_running_loop().time()


async def timed(produce: Awaitable[Any]) -> tuple[Any, float]:
    """What ``produce`` returned and how long (virtual seconds) it took."""
    started = now()
    result = await produce
    return result, now() - started


@virtual
async def test_a_consumer_that_never_reads_is_evicted_at_the_timeout() -> None:
    stream = Stream("s", max_buffer_size=2, slow_consumer_timeout=2.0)
    reader = stream.entries()
    await stream.produce("a")
    assert (await anext(reader)).value == "a"  # attached, then it stops reading
    await stream.produce("b")
    await stream.produce("c")  # its buffer is full now

    stored, waited = await timed(stream.produce("d"))
    assert waited == pytest.approx(2.0)  # the producer waited exactly the timeout
    assert stored is True  # nobody reads now: "d" waits in the backlog for the next one
    assert stream.evictions == 1
    assert stream.stats()["evicted"] == 1
    assert stream.dropped == 2  # "b" and "c", freed with its buffer: counted

    with pytest.raises(SlowConsumerError, match="resume after id 1") as caught:
        await anext(reader)
    assert (caught.value.stream, caught.value.last_id, caught.value.timeout) == ("s", 1, 2.0)

    # after the eviction, producing does not wait at all
    _, waited = await timed(stream.produce("e"))
    assert waited == 0
    late = stream.entries()
    assert [(await anext(late)).value for _ in range(2)] == ["d", "e"]
    await late.aclose()


@virtual
async def test_the_deadline_counts_from_when_it_first_blocked_a_producer() -> None:
    """Producers that give up early (their own timeout) do not restart the clock: the
    next one waits only what is left of the consumer's two seconds."""
    stream = Stream("s", max_buffer_size=1, slow_consumer_timeout=2.0)
    _, buffer = stream.open_consumer()  # a consumer that never reads
    await stream.produce(0)
    for _ in range(3):
        with pytest.raises(StreamFullError):
            await stream.produce("x", timeout=0.5)
    assert now() == pytest.approx(1.5)
    assert stream.evictions == 0
    _, waited = await timed(stream.produce("y"))
    assert waited == pytest.approx(0.5)  # evicted at t = 2.0, not at t = 3.5
    assert stream.evictions == 1
    assert buffer.closed
    assert len(buffer) == 0  # what it held is freed
    assert stream.evicted(buffer)


@virtual
async def test_a_consumer_that_takes_one_item_now_and_then_is_still_evicted() -> None:
    """Reading one item every second (inside the timeout each time) never catches up:
    it has blocked producers since t = 0, so it goes at t = 2 and they are free."""
    stream = Stream("s", max_buffer_size=4, slow_consumer_timeout=2.0)
    reader = stream.entries()
    await stream.produce(0)
    await anext(reader)

    async def drip() -> None:
        while True:
            await asyncio.sleep(1.0)
            await anext(reader)

    dripping = asyncio.create_task(drip())
    waits = []
    for n in range(1, 40):
        _, waited = await timed(stream.produce(n))
        waits.append(waited)
    assert stream.evictions == 1
    assert max(waits) <= 2.0
    assert sum(waits) == pytest.approx(2.0)  # blocked from t = 0 to the eviction at t = 2
    assert now() == pytest.approx(2.0)
    await asyncio.sleep(1.5)  # its next read finds it was cut off
    assert dripping.done()
    with pytest.raises(SlowConsumerError):
        dripping.result()


@virtual
async def test_a_consumer_that_catches_up_is_forgiven() -> None:
    """Blocked for 1.5 s, then it drains its buffer: the next time it falls behind it
    has the whole timeout again."""
    stream = Stream("s", max_buffer_size=4, slow_consumer_timeout=2.0)
    _, buffer = stream.open_consumer()
    for n in range(4):
        await stream.produce(n)
    blocked = asyncio.create_task(stream.produce(4))
    await asyncio.sleep(1.5)
    assert not blocked.done()
    assert [entry.value for entry in buffer.drain()] == [0, 1, 2, 3]
    await blocked  # room came: stored
    await stream.produce(5)  # the buffer at most half full: forgiven
    await asyncio.sleep(10)
    for n in range(6, 8):
        await stream.produce(n)
    _, waited = await timed(stream.produce(8))  # full again: a fresh two seconds
    assert waited == pytest.approx(2.0)
    assert stream.evictions == 1


@virtual
async def test_a_fast_consumer_gets_everything_while_a_slow_one_is_evicted() -> None:
    stream = Stream("s", max_buffer_size=3, slow_consumer_timeout=2.0)
    _, stalled = stream.open_consumer()
    fast = stream.entries()
    got: list[int] = []

    async def read() -> None:
        async for entry in fast:
            got.append(entry.value)

    reading = asyncio.create_task(read())
    await settle()
    started = now()
    for n in range(100):
        await stream.produce(n)
    assert now() - started == pytest.approx(2.0)  # one stall, for the timeout, then free
    await settle()
    assert got == list(range(100))
    assert stream.evictions == 1
    assert stalled.closed
    reading.cancel()


@virtual
async def test_a_stream_nobody_reads_keeps_its_newest_entries_without_waiting() -> None:
    stream = Stream("s", max_buffer_size=10)
    started = now()
    for n in range(1000):
        assert await stream.produce(n) is True
    assert stream.produced == 1000
    assert now() == started  # no producer waited
    assert stream.dropped == 990  # the oldest, counted
    reader = stream.entries()
    assert [(await anext(reader)).value for _ in range(10)] == list(range(990, 1000))
    await reader.aclose()


@virtual
async def test_a_batch_into_a_stream_nobody_reads_does_not_wait() -> None:
    stream = Stream("s", max_buffer_size=10)
    result = await stream.produce_many(range(25))
    assert (result.accepted, result.dropped) == (25, 15)
    assert now() == 0


@virtual
async def test_the_last_consumer_leaving_releases_a_blocked_producer_into_the_backlog() -> None:
    stream = Stream("s", max_buffer_size=2, slow_consumer_timeout=60.0)
    _, buffer = stream.open_consumer()
    await stream.produce("a")
    await stream.produce("b")
    blocked = asyncio.create_task(stream.produce("c"))
    await asyncio.sleep(1)
    assert not blocked.done()
    stream.close_consumer(buffer)  # it leaves; nobody reads the stream now
    await settle()
    assert blocked.done()
    assert now() == pytest.approx(1)
    assert stream.evictions == 0
    reader = stream.entries()
    assert [(await anext(reader)).value for _ in range(2)] == ["b", "c"]  # the newest two
    await reader.aclose()


@virtual
async def test_a_group_that_stops_reading_is_evicted_as_one_and_can_come_back() -> None:
    stream = Stream("s", max_buffer_size=2, slow_consumer_timeout=2.0)
    first = stream.entries(group="g")
    second = stream.entries(group="g")
    await stream.produce(1)
    assert (await anext(first)).value == 1
    pending = asyncio.create_task(anext(second))
    await stream.produce(2)
    assert (await pending).value == 2
    for n in (3, 4):
        await stream.produce(n)
    _, waited = await timed(stream.produce(5))
    assert waited == pytest.approx(2.0)
    assert stream.evictions == 1
    for member in (first, second):
        with pytest.raises(SlowConsumerError, match="group 'g'"):
            await anext(member)
    # back, the group continues before the first entry it had not taken (3), as far
    # as the replay window (its size: the buffer's) still holds them
    again = stream.entries(group="g")
    assert [(await anext(again)).value for _ in range(2)] == [4, 5]
    assert stream.stats()["groups"] == {"g": 1}
    await again.aclose()


@virtual
async def test_other_policies_never_evict() -> None:
    stream = Stream("s", max_buffer_size=1, overflow="drop_oldest", slow_consumer_timeout=0.1)
    _, buffer = stream.open_consumer()
    for n in range(10):
        await stream.produce(n)
    assert stream.evictions == 0
    assert not buffer.closed


def test_the_timeout_must_be_positive() -> None:
    with pytest.raises(FlowConfigError, match="slow_consumer_timeout must be > 0"):
        Stream("bad", slow_consumer_timeout=0)


async def test_the_manager_default_and_a_per_stream_override() -> None:
    manager = FlowManager(FlowConfig(slow_consumer_timeout=5.0))
    default = await manager.create_stream("a")
    tuned = await manager.create_stream("b", slow_consumer_timeout=0.5)
    assert isinstance(default, Stream)
    assert isinstance(tuned, Stream)
    assert default.slow_consumer_timeout == 5.0
    assert tuned.slow_consumer_timeout == 0.5
    assert tuned.describe()["slow_consumer_timeout"] == 0.5
    assert FlowConfig().slow_consumer_timeout == 2.0
