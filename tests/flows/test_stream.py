"""Stream: bounded buffers per consumer, overflow policies, groups, replay, compression."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import Entry, FlowConfigError, FlowManager, Reset, Stream, StreamFullError


async def settle() -> None:
    """Let every ready task run a few steps (no time passes)."""
    for _ in range(10):
        await asyncio.sleep(0)


async def drain(consumer: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in consumer]


async def next_of(consumer: AsyncIterator[Any]) -> Any:
    """``anext`` as a coroutine, so it can become a task."""
    return await anext(consumer)


# --- creation ----------------------------------------------------------------------------


async def test_create_stream_with_the_seed_arguments() -> None:
    manager = FlowManager()
    stream = await manager.create_stream(
        "stream_name", max_buffer_size=100, enable_backpressure=True, compression=True
    )
    assert (stream.name, stream.max_buffer_size, stream.overflow) == ("stream_name", 100, "block")
    assert stream.compression is True
    assert manager.get_stream("stream_name") is stream


async def test_backpressure_off_defaults_to_drop_oldest() -> None:
    stream = await FlowManager().create_stream("s", max_buffer_size=2, enable_backpressure=False)
    assert stream.overflow == "drop_oldest"


def test_max_buffer_size_below_one_is_a_config_error() -> None:
    with pytest.raises(FlowConfigError, match="stream 'bad': max_buffer_size must be >= 1"):
        Stream("bad", max_buffer_size=0)


# --- overflow policies ---------------------------------------------------------------------


async def test_block_makes_the_producer_wait_for_room() -> None:
    stream = Stream("block", max_buffer_size=2)
    consumer = stream.consume()
    await stream.produce("a")
    await stream.produce("b")

    third = asyncio.create_task(stream.produce("c"))
    await settle()
    assert not third.done()  # full: the producer waits
    assert stream.depth == 2

    assert await anext(consumer) == "a"  # one taken: room for one
    await settle()
    assert third.done()
    assert await third is True
    assert stream.depth == 2

    fourth = asyncio.create_task(stream.produce("d"))
    await settle()
    assert not fourth.done()
    assert await anext(consumer) == "b"
    assert await fourth is True
    assert [await anext(consumer), await anext(consumer)] == ["c", "d"]
    assert stream.dropped == 0
    await consumer.aclose()


async def test_block_gives_up_after_the_timeout() -> None:
    stream = Stream("block", max_buffer_size=1)
    await stream.produce("a")
    with pytest.raises(StreamFullError, match="stream 'block' buffer is full"):
        await stream.produce("b", timeout=0.001)  # a wall-clock wait inside the stream
    assert stream.depth == 1


async def test_drop_oldest_evicts_and_counts() -> None:
    stream = Stream("old", max_buffer_size=2, overflow="drop_oldest")
    assert await stream.produce(1) is True
    assert await stream.produce(2) is True
    assert await stream.produce(3) is True  # stored, evicting 1
    assert stream.dropped == 1
    stream.close()
    assert await drain(stream.consume()) == [2, 3]


async def test_drop_newest_refuses_and_counts() -> None:
    stream = Stream("new", max_buffer_size=2, overflow="drop_newest")
    assert await stream.produce(1) is True
    assert await stream.produce(2) is True
    assert await stream.produce(3) is False  # refused
    assert stream.dropped == 1
    stream.close()
    assert await drain(stream.consume()) == [1, 2]


async def test_error_policy_raises_stream_full() -> None:
    stream = Stream("err", max_buffer_size=1, overflow="error")
    await stream.produce(1)
    with pytest.raises(StreamFullError) as caught:
        await stream.produce(2)
    assert (caught.value.stream, caught.value.max_size) == ("err", 1)
    assert stream.produced == 1
    stream.close()
    assert await drain(stream.consume()) == [1]


async def test_produce_many_reports_drops() -> None:
    stream = Stream("many", max_buffer_size=3, overflow="drop_newest")
    result = await stream.produce_many(range(5))
    assert (result.accepted, result.dropped) == (5, 2)


async def test_a_slow_consumer_only_fills_its_own_buffer() -> None:
    stream = Stream("two", max_buffer_size=2, overflow="drop_oldest")
    fast = stream.consume()
    slow = stream.consume()
    await stream.produce(0)
    assert await anext(fast) == 0  # attaches: takes over the backlog
    slow_first = asyncio.create_task(next_of(slow))  # attaches with its own buffer
    await settle()
    await stream.produce(1)
    assert await slow_first == 1
    assert await anext(fast) == 1
    for i in range(2, 7):
        await stream.produce(i)
        assert await anext(fast) == i  # the fast consumer keeps up
    assert stream.dropped == 3  # 2, 3, 4 evicted from the slow consumer's buffer only
    stream.close()
    assert await drain(slow) == [5, 6]
    assert await drain(fast) == []


# --- consumers: backlog, broadcast, groups --------------------------------------------------


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
    first_grouped = asyncio.create_task(next_of(grouped))  # attaches on first iteration
    await settle()
    await stream.produce(3)
    assert await first_grouped == 3  # a new group starts from now on
    stream.close()
    assert await drain(broadcast) == [1, 2, 3]
    assert await drain(grouped) == []


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


# --- ids, replay, reset ---------------------------------------------------------------------


async def test_entries_carry_increasing_ids() -> None:
    stream = Stream("ids", max_buffer_size=5)
    for value in "abc":
        await stream.produce(value)
    stream.close()
    entries = await drain(stream.entries())
    assert [(e.id, e.value) for e in entries] == [(1, "a"), (2, "b"), (3, "c")]
    assert stream.last_id == 3


async def test_entries_replay_after_last_id_from_the_window() -> None:
    stream = Stream("replay", max_buffer_size=10, replay_size=3)
    for i in range(1, 6):
        await stream.produce(f"item{i}")  # ids 1..5; the window keeps 3..5
    stream.close()
    replayed = await drain(stream.entries(last_id=3))
    assert [(e.id, e.value) for e in replayed] == [(4, "item4"), (5, "item5")]


async def test_replay_to_a_live_second_consumer() -> None:
    stream = Stream("again", max_buffer_size=10)
    first = stream.entries()
    for i in range(1, 4):
        await stream.produce(i)
    assert (await anext(first)).id == 1
    second = stream.entries(last_id=1)
    assert (await anext(second)).id == 2  # replayed from the window
    await stream.produce(4)  # and live from then on
    stream.close()
    assert [e.id for e in await drain(second)] == [3, 4]
    assert [e.id for e in await drain(first)] == [2, 3, 4]


async def test_consumer_attaching_after_close_gets_the_replay_and_ends() -> None:
    stream = Stream("late", max_buffer_size=10)
    first = stream.consume()
    await stream.produce("a")
    assert await anext(first) == "a"
    await stream.produce("b")
    stream.close()
    late = await asyncio.wait_for(drain(stream.entries(last_id=0)), timeout=5)
    assert [e.value for e in late] == ["a", "b"]
    assert await asyncio.wait_for(drain(stream.consume()), timeout=5) == []
    assert await drain(first) == ["b"]


async def test_reset_point_when_the_id_left_the_window() -> None:
    stream = Stream("window", max_buffer_size=10, replay_size=3)
    for i in range(1, 6):
        await stream.produce(i)
    reset = stream.reset_point(1)
    assert reset == Reset(requested=1, oldest=3)
    assert reset.missed == 1  # id 2 is gone
    assert stream.reset_point(0) == Reset(0, 3)
    assert stream.reset_point(0).missed == 2  # type: ignore[union-attr]
    assert stream.reset_point(2) is None  # 3.. are still there
    assert stream.reset_point(5) is None  # up to date


async def test_reset_point_is_none_before_anything_left_the_window() -> None:
    stream = Stream("fresh", max_buffer_size=10, replay_size=5)
    await stream.produce(1)
    assert stream.reset_point(0) is None


# --- compression ----------------------------------------------------------------------------


async def test_compression_stores_zlib_json_and_returns_equal_values() -> None:
    stream = Stream("zip", max_buffer_size=20, compression=True)
    items: list[Any] = [
        {"caption": "sunset at the beach " * 20, "tags": ["#sunset"] * 10, "n": i} for i in range(5)
    ]
    items.append({"unicode": "café ☀️", "nested": {"list": [1, 2.5, None, True]}})
    for item in items:
        await stream.produce(item)
    stream.close()
    entries: list[Entry] = await drain(stream.entries())
    assert all(entry.compressed for entry in entries)
    assert all(isinstance(entry.payload, bytes) for entry in entries)
    assert [entry.value for entry in entries] == items
    ratio = stream.stats()["compression_ratio"]
    assert ratio is not None
    assert 0 < ratio < 1


async def test_uncompressed_stream_has_no_ratio_and_stores_objects() -> None:
    stream = Stream("plain", max_buffer_size=5)
    item = {"a": 1}
    await stream.produce(item)
    stream.close()
    entries: list[Entry] = await drain(stream.entries())
    assert entries[0].payload is item
    assert stream.stats()["compression_ratio"] is None


async def test_compressed_stream_rejects_non_json_items() -> None:
    stream = Stream("zip", max_buffer_size=5, compression=True)
    with pytest.raises(FlowConfigError, match="items must be JSON"):
        await stream.produce({1, 2})


# --- stats ------------------------------------------------------------------------------------


async def test_stats_report_depth_pressure_and_consumers() -> None:
    stream = Stream("stats", max_buffer_size=4, backpressure_threshold=2, overflow="drop_oldest")
    await stream.produce_many(range(6))
    stats = stream.stats()
    assert stats["produced"] == 6
    assert stats["dropped"] == 2
    assert stats["depth"] == 4
    assert stats["high_water"] == 4
    assert stats["under_pressure"] is True
    consumer = stream.consume()
    assert await anext(consumer) == 2
    assert stream.stats()["consumers"] == 1
    await consumer.aclose()
    assert stream.stats()["consumers"] == 0
    assert stream.dropped == 2  # drops of a detached buffer are still counted


# --- property: nothing is lost silently ---------------------------------------------------------


OPS = st.lists(st.sampled_from(["produce", "take"]), max_size=60)


@settings(max_examples=150, deadline=None)
@given(
    ops=OPS,
    size=st.integers(min_value=1, max_value=5),
    policy=st.sampled_from(["drop_oldest", "drop_newest"]),
)
def test_every_item_is_delivered_or_counted_as_dropped(
    ops: list[str], size: int, policy: str
) -> None:
    async def scenario() -> None:
        stream = Stream("prop", max_buffer_size=size, overflow=policy)  # type: ignore[arg-type]
        consumer = stream.consume()
        delivered: list[int] = []
        produced = 0
        for op in ops:
            if op == "produce":
                await stream.produce(produced)
                produced += 1
            elif stream.depth > 0:
                delivered.append(await anext(consumer))
            assert stream.depth <= size
        stream.close()
        delivered += await drain(consumer)
        assert len(delivered) + stream.dropped == produced
        assert delivered == sorted(set(delivered))  # in order, no duplicates
        if policy == "drop_newest" and delivered:
            assert delivered[0] == 0  # the oldest item is never the one dropped

    asyncio.run(scenario())
