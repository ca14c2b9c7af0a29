"""Stream consumers: backlog, broadcast, groups, closing and detaching."""

from __future__ import annotations

import asyncio

import pytest

from flows import FlowConfigError, Stream
from tests.flows.backends.stream_helpers import drain, settle


async def test_first_consumer_gets_items_produced_before_it() -> None:
    stream = Stream("backlog", max_buffer_size=10)
    for i in range(3):
        await stream.produce(i)
    stream.close()
    assert await drain(stream.consume()) == [0, 1, 2]


async def test_broadcast_every_consumer_gets_every_item() -> None:
    stream = Stream("fan", max_buffer_size=10)
    ready = [asyncio.Event(), asyncio.Event()]

    async def consumer(index: int) -> list[int]:
        got: list[int] = []
        async for entry in stream.entries():
            got.append(entry.value)
            if entry.value == -1:  # the warm-up item: this consumer is attached
                ready[index].set()
        return got

    first = asyncio.create_task(consumer(0))
    await stream.produce(-1)  # backlog, taken over by the first consumer
    await ready[0].wait()
    second = asyncio.create_task(consumer(1))
    await settle()
    await stream.produce(-1)
    await ready[1].wait()
    for i in range(5):
        await stream.produce(i)
    stream.close()
    assert await first == [-1, -1, 0, 1, 2, 3, 4]
    assert await second == [-1, 0, 1, 2, 3, 4]


async def test_group_gives_each_item_to_exactly_one_member() -> None:
    stream = Stream("group", max_buffer_size=10)
    busy = asyncio.Event()
    release = asyncio.Event()
    slow_got: list[int] = []
    fast_got: list[int] = []

    async def slow_member() -> None:
        async for item in stream.consume(group="workers"):
            slow_got.append(item)
            busy.set()
            await release.wait()  # holds its item for a long time

    async def fast_member() -> None:
        async for item in stream.consume(group="workers"):
            fast_got.append(item)

    slow = asyncio.create_task(slow_member())
    await stream.produce(0)
    await busy.wait()  # the slow member holds item 0
    fast = asyncio.create_task(fast_member())
    await settle()
    assert stream.stats()["groups"] == {"workers": 2}

    for i in range(1, 6):
        await stream.produce(i)
    await settle()
    assert slow_got == [0]
    assert fast_got == [1, 2, 3, 4, 5]  # not held up by the slow member

    release.set()
    stream.close()
    await asyncio.gather(slow, fast)
    assert sorted(slow_got + fast_got) == [0, 1, 2, 3, 4, 5]
    assert not set(slow_got) & set(fast_got)


async def test_group_and_broadcast_consumers_both_get_items() -> None:
    stream = Stream("mixed", max_buffer_size=10)
    for i in range(3):
        await stream.produce(i)
    broadcast = stream.consume()
    assert await anext(broadcast) == 0  # takes over the backlog
    grouped = stream.consume(group="g")
    # a new group starts with what the stream retains (its replay window), as on Redis
    assert [await anext(grouped) for _ in range(3)] == [0, 1, 2]
    await stream.produce(3)
    stream.close()
    assert await drain(broadcast) == [1, 2, 3]
    assert await drain(grouped) == [3]


async def test_close_ends_consumers_after_draining() -> None:
    stream = Stream("closing", max_buffer_size=10)
    waiting = asyncio.create_task(drain(stream.consume()))
    await stream.produce("x")
    await settle()
    await stream.produce("y")
    assert not waiting.done()
    stream.close()
    assert await waiting == ["x", "y"]
    assert stream.closed
    with pytest.raises(FlowConfigError, match="stream 'closing' is closed"):
        await stream.produce("z")


async def test_a_consumer_that_stops_detaches_at_once() -> None:
    stream = Stream("leave", max_buffer_size=1, overflow="drop_oldest")
    reader = stream.consume()
    await stream.produce(1)
    assert await anext(reader) == 1
    await stream.produce(2)  # fills the reader's buffer
    await reader.aclose()
    assert stream.stats()["consumers"] == 0
    # nobody is left: what it did not take waits for the next consumer, as a backlog
    assert await stream.produce(3) is True  # evicts 2 under drop_oldest, counted
    assert stream.dropped == 1
    stream.close()
    assert await drain(stream.consume()) == [3]


async def test_a_broadcast_consumer_leaving_others_counts_its_untaken_items() -> None:
    stream = Stream("two", max_buffer_size=4, overflow="drop_oldest")
    stays = stream.entries()
    leaves = stream.consume()
    first = asyncio.ensure_future(anext(stays))
    second = asyncio.ensure_future(anext(leaves))
    await settle()  # both generators have started, so both are attached
    await stream.produce("a")
    assert (await first).value == "a"
    assert await second == "a"
    await stream.produce("b")
    await leaves.aclose()  # "b" was queued for it: abandoned and counted
    assert stream.dropped == 1
    assert stream.stats()["consumers"] == 1
    assert (await anext(stays)).value == "b"
    await stays.aclose()


async def test_close_wakes_a_blocked_consumer() -> None:
    stream = Stream("empty", max_buffer_size=2)
    waiting = asyncio.create_task(drain(stream.consume()))
    await settle()
    assert not waiting.done()
    stream.close()
    assert await waiting == []
