"""Stream entries: increasing ids, replay after a last id, reset points."""

from __future__ import annotations

import asyncio

from flows import Reset, Stream
from tests.flows.backends.stream_helpers import drain


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


async def test_a_resumed_reader_has_no_waiter_while_its_replay_holds_entries() -> None:
    # a writer that asks for a waiter before taking (the SSE path, after each write)
    # must not be put to sleep while the replay holds entries its buffer does not
    stream = Stream("resume", max_buffer_size=4, replay_size=10)
    for i in range(1, 4):
        await stream.produce(i)  # ids 1..3
    reader = stream.open_reader(last_id=1)
    assert reader.waiter() is None  # 2 and 3 are ready, in the replay
    assert [(e.id, e.value) for e in reader.take(10)] == [(2, 2), (3, 3)]
    fut = reader.waiter()
    assert fut is not None
    assert not fut.done()
    await stream.produce(4)
    assert fut.done()
    assert [e.id for e in reader.take(10)] == [4]
    await reader.close()
