"""Stream: creation, overflow policies, compression, stats, nothing lost silently."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import Entry, FlowConfigError, FlowManager, Stream, StreamFullError
from tests.flows.backends.stream_helpers import drain, next_of, settle

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
    await stream.produce("z")
    assert await anext(consumer) == "z"  # attached (a stream nobody reads never blocks)
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
    stream.open_consumer()  # a consumer that does not read (within its 2 s before eviction)
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
