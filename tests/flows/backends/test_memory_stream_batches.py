"""Stream.produce_many as one step per buffer, open/close_consumer, and its fallbacks."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Any

import pytest

from flows import Entry, FlowConfigError, ProduceResult, Reset, Stream, StreamFullError


def ids(entries: Iterable[Entry]) -> list[int]:
    return [e.id for e in entries]


def values(entries: Iterable[Entry]) -> list[Any]:
    return [e.value for e in entries]


def watch_depth(stream: Stream, buffer: Any) -> list[int]:
    """The buffer's depth each time the stream announces an entry."""
    depths: list[int] = []
    stream.entries_subject.subscribe(on_next=lambda _entry: depths.append(len(buffer)))
    return depths


# --- one step per buffer --------------------------------------------------------------------


async def test_a_batch_that_fits_wakes_the_consumer_once_with_all_of_it() -> None:
    stream = Stream("batch", max_buffer_size=16)
    buffer = stream.open_consumer()[1]
    depths = watch_depth(stream, buffer)
    fut = buffer.waiter()
    assert fut is not None
    assert not fut.done()

    result = await stream.produce_many([f"item{i}" for i in range(10)])

    assert result == ProduceResult(10, 0)
    # every entry was in the buffer before the first was announced: stored in one step
    assert depths == [10] * 10
    assert fut.done()
    await fut
    assert len(buffer) == 10  # at wake-up the whole batch is there
    batch = buffer.drain()
    assert values(batch) == [f"item{i}" for i in range(10)]
    assert ids(batch) == list(range(1, 11))
    assert buffer.stats.high_water == 10
    after = buffer.waiter()  # nothing more: the next wait is a fresh, pending future
    assert after is not None
    assert not after.done()
    buffer.forget(after)
    stream.close_consumer(buffer)


async def test_a_batch_that_does_not_fit_goes_item_by_item_and_counts_drops() -> None:
    stream = Stream("partial", max_buffer_size=4, overflow="drop_oldest")
    buffer = stream.open_consumer()[1]
    await stream.produce_many(["a", "b"])
    depths = watch_depth(stream, buffer)

    result = await stream.produce_many(["c", "d", "e"])  # room 2 < 3

    assert result == ProduceResult(3, 1)
    assert depths == [3, 4, 4]  # one entry at a time; the third evicted "a"
    assert values(buffer.drain()) == ["b", "c", "d", "e"]
    assert stream.dropped == 1


async def test_a_batch_bigger_than_the_buffer_counts_every_drop_under_drop_oldest() -> None:
    stream = Stream("big", max_buffer_size=4, overflow="drop_oldest")
    buffer = stream.open_consumer()[1]
    result = await stream.produce_many(range(10))
    assert result == ProduceResult(10, 6)
    assert stream.dropped == 6
    entries = buffer.drain()
    assert values(entries) == [6, 7, 8, 9]
    assert ids(entries) == [7, 8, 9, 10]
    assert stream.produced == 10


async def test_ids_are_consecutive_and_in_order_for_two_consumers() -> None:
    stream = Stream("two", max_buffer_size=20)
    first = stream.open_consumer()[1]
    second = stream.open_consumer()[1]
    assert first is not second
    await stream.produce_many(["a", "b", "c"])
    await stream.produce("d")
    await stream.produce_many(["e", "f", "g", "h"])
    for buffer in (first, second):
        entries = buffer.drain()
        assert ids(entries) == list(range(1, 9))
        assert values(entries) == list("abcdefgh")
    assert stream.last_id == 8
    assert stream.stats()["consumers"] == 2


async def test_the_replay_window_holds_the_batch_and_resume_reads_from_it() -> None:
    stream = Stream("replay", max_buffer_size=10, replay_size=5)
    live = stream.open_consumer()[1]
    await stream.produce_many(["a", "b", "c"])
    await stream.produce_many(["d", "e", "f", "g", "h"])  # ids 4..8 fill the window
    assert ids(list(stream._recent)) == [4, 5, 6, 7, 8]

    replay, resumed = stream.open_consumer(last_id=5)
    assert ids(replay) == [6, 7, 8]
    assert values(replay) == ["f", "g", "h"]
    assert len(resumed) == 0  # the replay is read first; the buffer holds what comes next
    from_text, _buffer = stream.open_consumer(last_id="3")  # a Last-Event-ID text
    assert values(from_text) == ["d", "e", "f", "g", "h"]
    assert stream.reset_point(2) == Reset(2, 4)
    assert stream.reset_point(3) is None
    assert ids(live.drain()) == list(range(1, 9))


# --- refused batches ------------------------------------------------------------------------


async def test_a_batch_that_does_not_fit_under_error_reports_what_was_accepted() -> None:
    stream = Stream("err", max_buffer_size=4, overflow="error")
    buffer = stream.open_consumer()[1]
    await stream.produce("x")  # room for 3 more
    with pytest.raises(StreamFullError) as caught:
        await stream.produce_many(["a", "b", "c", "d", "e"])
    assert caught.value.accepted == 3
    assert caught.value.stream == "err"
    assert values(buffer.drain()) == ["x", "a", "b", "c"]
    assert stream.produced == 4


async def test_accepted_counts_up_to_the_fullest_consumer() -> None:
    stream = Stream("err2", max_buffer_size=4, overflow="error")
    roomy = stream.open_consumer()[1]
    tight = stream.open_consumer()[1]
    await stream.produce_many([1, 2])
    roomy.drain()  # roomy has room for 4, tight for 2
    with pytest.raises(StreamFullError) as caught:
        await stream.produce_many([3, 4, 5])
    assert caught.value.accepted == 2
    assert values(tight.drain()) == [1, 2, 3, 4]


async def test_a_batch_that_exactly_fits_is_stored_and_the_next_item_is_refused() -> None:
    stream = Stream("err3", max_buffer_size=4, overflow="error")
    await stream.produce_many([1, 2, 3, 4])  # exactly fits the backlog
    with pytest.raises(StreamFullError) as caught:
        await stream.produce_many([5])
    assert caught.value.accepted == 0
    assert values(stream.open_consumer()[1].drain()) == [1, 2, 3, 4]


# --- detaching ------------------------------------------------------------------------------


async def test_the_last_consumer_leaving_keeps_its_unread_entries_for_the_next() -> None:
    stream = Stream("backlog", max_buffer_size=10, overflow="drop_oldest")
    buffer = stream.open_consumer()[1]
    await stream.produce_many(["a", "b", "c"])
    assert buffer.take().value == "a"
    stream.close_consumer(buffer)
    assert stream.stats()["consumers"] == 0
    assert stream.dropped == 0  # kept as the backlog, not abandoned
    await stream.produce_many(["d"])  # queues behind them
    nxt = stream.open_consumer()[1]
    entries = nxt.drain()
    assert values(entries) == ["b", "c", "d"]
    assert ids(entries) == [2, 3, 4]


async def test_a_consumer_leaving_others_abandons_its_entries_counted() -> None:
    stream = Stream("leave", max_buffer_size=10)
    stays = stream.open_consumer()[1]
    leaves = stream.open_consumer()[1]
    await stream.produce_many(["a", "b", "c"])
    stream.close_consumer(leaves)
    assert leaves.closed
    assert stream.dropped == 3
    assert stream.stats()["consumers"] == 1
    assert values(stays.drain()) == ["a", "b", "c"]


# --- compression ----------------------------------------------------------------------------


async def test_compressed_batch_with_a_non_json_item_stores_none_of_it() -> None:
    stream = Stream("zip", max_buffer_size=10, compression=True)
    buffer = stream.open_consumer()[1]
    items: list[Any] = [{"n": 1}, {"n": 2}, {1, 2}, {"n": 4}]
    with pytest.raises(FlowConfigError, match=r"items\[2\]: .*items must be JSON"):
        await stream.produce_many(items)
    assert buffer.drain() == []
    assert stream.produced == 0
    assert stream.raw_bytes == 0
    assert stream.last_id == 0
    await stream.produce_many(items[:2])
    entries = buffer.drain()
    assert values(entries) == [{"n": 1}, {"n": 2}]
    assert ids(entries) == [1, 2]
    assert all(e.compressed for e in entries)
    assert stream.produced == 2
    raw = sum(len(json.dumps(item, separators=(",", ":")).encode()) for item in items[:2])
    assert stream.raw_bytes == raw  # the undone batch attempt counted nothing twice


async def test_compressed_batch_with_a_non_json_item_leaves_no_id_gap() -> None:
    stream = Stream("zip", max_buffer_size=10, compression=True)
    buffer = stream.open_consumer()[1]
    with pytest.raises(FlowConfigError, match="items must be JSON"):
        await stream.produce_many([{"n": 1}, {"n": 2}, {1, 2}, {"n": 4}])
    assert stream.last_id == 0  # the refused batch got no ids
    await stream.produce_many([{"n": 5}, {"n": 6}])
    entries = buffer.drain()
    assert ids(entries) == [1, 2]
    assert values(entries) == [{"n": 5}, {"n": 6}]


# --- producers that wait under block, and replays -------------------------------------------


async def _until(predicate: Any) -> None:
    async with asyncio.timeout(5):
        while not predicate():  # noqa: ASYNC110 - the condition is stream state
            await asyncio.sleep(0)


async def test_a_producer_arriving_while_another_waits_queues_behind_it() -> None:
    stream = Stream("order", max_buffer_size=4, overflow="block")
    _replay, buffer = stream.open_consumer()
    await stream.produce_many(["a", "b", "c", "d"])
    first = asyncio.ensure_future(stream.produce("e"))  # full: waits for room
    await _until(lambda: stream.stats()["waiting_producers"] == 1)
    buffer.drain()  # room for 4, one slot granted to the waiting producer
    second = asyncio.ensure_future(stream.produce("f"))  # room now, but "e" came first
    await _until(lambda: first.done() and second.done())
    entries = buffer.drain()
    assert values(entries) == ["e", "f"]
    assert ids(entries) == [5, 6]
    assert stream.stats()["waiting_producers"] == 0


async def test_a_queued_producer_times_out_counting_its_wait_for_the_turn() -> None:
    stream = Stream("turn", max_buffer_size=1, overflow="block")
    _replay, buffer = stream.open_consumer()
    await stream.produce("a")
    first = asyncio.ensure_future(stream.produce("b", timeout=5))
    await _until(lambda: stream.stats()["waiting_producers"] == 1)
    with pytest.raises(StreamFullError):
        await stream.produce("c", timeout=0.01)  # never gets the turn
    assert stream.stats()["waiting_producers"] == 1
    assert buffer.take().value == "a"
    await first
    assert values(buffer.drain()) == ["b"]
    assert stream.produced == 2


@pytest.mark.parametrize("policy", ["block", "drop_oldest", "drop_newest", "error"])
async def test_a_replay_longer_than_the_buffer_is_complete(policy: Any) -> None:
    stream = Stream("long", max_buffer_size=4, replay_size=50, overflow=policy)
    _live_replay, live = stream.open_consumer()
    for start in range(0, 30, 4):
        await stream.produce_many(list(range(start, min(start + 4, 30))))
        live.drain()  # a reader that keeps up
    assert stream.reset_point(2) is None  # the window still holds everything after 2
    replay, buffer = stream.open_consumer(last_id=2)
    assert ids(replay) == list(range(3, 31))  # 28 entries through a 4-entry buffer
    assert len(buffer) == 0
    await stream.produce(30)
    assert values(buffer.drain()) == [30]
    assert stream.dropped == 0


async def test_an_entry_some_consumers_got_is_kept_when_the_others_never_make_room() -> None:
    stream = Stream("part", max_buffer_size=1, replay_size=10, overflow="block")
    _r1, quick = stream.open_consumer()
    _r2, stuck = stream.open_consumer()
    await stream.produce("a")
    quick.drain()
    assert await stream.produce("b", timeout=0.01) is False  # stuck never made room
    assert values(quick.drain()) == ["b"]
    assert values(stuck.drain()) == ["a"]
    assert stream.produced == 2
    assert stream.dropped == 1  # the consumer that missed "b", counted
    replay, _buffer = stream.open_consumer(last_id=1)
    assert values(replay) == ["b"]  # committed: a resume gets it


async def test_a_resume_while_an_entry_is_in_flight_gets_it() -> None:
    stream = Stream("flight", max_buffer_size=1, replay_size=10, overflow="block")
    _r1, quick = stream.open_consumer()
    _r2, stuck = stream.open_consumer()
    await stream.produce("a")
    quick.drain()
    producing = asyncio.ensure_future(stream.produce("b", timeout=5))
    await _until(lambda: stream.stats()["waiting_producers"] == 1)
    replay, late = stream.open_consumer(last_id=1)
    assert values(replay) == ["b"]  # stored in `quick` only so far, not yet committed
    stuck.drain()
    assert await producing is True
    assert len(late) == 0  # not twice


async def test_a_groups_resume_is_shared_by_its_members() -> None:
    stream = Stream("crew", max_buffer_size=10, replay_size=10, overflow="drop_oldest")
    _live_replay, live = stream.open_consumer()
    await stream.produce_many(range(5))
    live.drain()
    first, shared = stream.open_consumer(last_id=0, group="g")
    second, same = stream.open_consumer(group="g")
    assert shared is same
    assert first is second  # one replay for the group
    assert values([first.popleft(), first.popleft()]) == [0, 1]
    stream.close_consumer(shared, group="g")
    assert values(second) == [2, 3, 4]  # still there for the member that stays
    dropped = stream.dropped
    stream.close_consumer(same, group="g")
    assert stream.dropped == dropped + 3  # the last member left them: counted
