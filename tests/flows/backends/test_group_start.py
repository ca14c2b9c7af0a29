"""Where a new consumer group starts: the same on both backends (issue 15 item 12).

A new group starts with what the stream retains (on Redis ``XGROUP CREATE ... 0``; in
memory the replay window), whether or not someone else reads the stream, unless its
first member says otherwise (``last_id`` / ``start``); a member of a group that exists
continues where the group is. Before, in memory a group created while a broadcast
consumer read got only what came next.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from contextlib import aclosing

import pytest

from flows import FlowConfigError
from flows.backends import (
    Backend,
    ConsumerOptions,
    MemoryBackend,
    RedisBackend,
    RedisStream,
    StreamLike,
)

from .helpers import take, wait_for
from .targets import TARGETS, delete_prefix, target_named


@pytest.fixture(params=["memory", *TARGETS])
async def backend(request: pytest.FixtureRequest, slot_audit: None) -> AsyncIterator[Backend]:
    if request.param == "memory":
        memory = MemoryBackend()
        yield memory
        await memory.close()
        return
    url = target_named(request, request.param).url
    prefix = f"cftest:{secrets.token_hex(4)}:"
    redis = RedisBackend(url, prefix=prefix, consumer=ConsumerOptions(block_ms=50))
    try:
        yield redis
    finally:
        await redis.close()
        await delete_prefix(url, prefix)


async def _stream(backend: Backend) -> StreamLike:
    stream = await backend.create_stream(f"s{secrets.token_hex(3)}", max_buffer_size=10)
    await stream.produce_many([1, 2, 3])
    return stream


@pytest.mark.parametrize("someone_reads", [False, True])
async def test_a_new_group_starts_with_what_the_stream_retains(
    backend: Backend, someone_reads: bool
) -> None:
    stream = await _stream(backend)
    async with aclosing(stream.entries(start="backlog")) as reader:
        if someone_reads:  # in memory: the backlog is this reader's buffer now
            assert [e.value for e in await take(reader, 3)] == [1, 2, 3]
        async with aclosing(stream.consume(group="g")) as member:
            assert [await anext(member) for _ in range(3)] == [1, 2, 3]
            await stream.produce(4)
            assert await anext(member) == 4


async def _group_exists(stream: StreamLike, group: str) -> bool:
    if isinstance(stream, RedisStream):
        return group in (await stream.info())["groups"]
    return group in stream.stats()["groups"]


async def test_start_chooses_where_a_new_group_starts(backend: Backend) -> None:
    stream = await _stream(backend)
    async with aclosing(stream.entries(group="late", start="tail")) as tail:
        # the group is created by its first read
        first = asyncio.ensure_future(anext(tail))
        await wait_for(lambda: _group_exists(stream, "late"), pause=0.01)
        async with aclosing(stream.entries(group="early", start="backlog")) as early:
            assert [e.value for e in await take(early, 1)] == [1]
        await stream.produce(4)
        async with asyncio.timeout(10):
            assert (await first).value == 4


async def test_a_tail_fixed_now_is_start_id_passed_as_last_id(backend: Backend) -> None:
    stream = await _stream(backend)
    after = await stream.start_id("tail")
    await stream.produce(4)
    async with aclosing(stream.entries(group="g", last_id=after)) as member:
        assert [e.value for e in await take(member, 1)] == [4]


async def test_last_id_chooses_where_a_new_group_starts(backend: Backend) -> None:
    stream = await _stream(backend)
    async with aclosing(stream.entries(start="backlog")) as reader:
        ids = [e.id for e in await take(reader, 3)]
    async with aclosing(stream.entries(group="g", last_id=ids[0])) as member:
        assert [e.value for e in await take(member, 2)] == [2, 3]


async def test_a_member_of_a_group_that_exists_continues_where_the_group_is(
    backend: Backend,
) -> None:
    stream = await _stream(backend)
    async with aclosing(stream.consume(group="g")) as first:
        assert [await anext(first) for _ in range(2)] == [1, 2]
        # joined later, asking for the backlog: the group's position wins
        async with aclosing(stream.consume(group="g", start="backlog")) as second:
            await stream.produce(4)
            seen = [await anext(first)]
            await stream.produce(5)
            seen.append(await anext(second))
    assert seen == [3, 4]


async def test_a_group_whose_members_all_left_continues_where_it_was(backend: Backend) -> None:
    # in memory a group ended with its last member, and the next one created it anew
    # at the retained backlog: a worker that restarted got every entry again
    stream = await _stream(backend)
    async with aclosing(stream.consume(group="g")) as first:
        assert [await anext(first) for _ in range(2)] == [1, 2]
    await stream.produce(4)
    async with aclosing(stream.consume(group="g", start="backlog")) as again:
        assert [await anext(again) for _ in range(2)] == [3, 4]
    async with aclosing(stream.consume(group="g")) as third:
        await stream.produce(5)
        assert await anext(third) == 5


async def test_an_idle_group_does_not_change_a_new_groups_start(backend: Backend) -> None:
    stream = await _stream(backend)
    async with aclosing(stream.consume(group="g")) as first:
        assert [await anext(first) for _ in range(3)] == [1, 2, 3]
    async with aclosing(stream.consume(group="other")) as other:
        assert [await anext(other) for _ in range(3)] == [1, 2, 3]


async def test_a_block_as_long_as_the_reply_timeout_is_refused() -> None:
    # a 10 s block on a connection that waits 10 s for a reply: every idle read was
    # taken for an outage ("unreachable" warnings, no progress)
    slow = ConsumerOptions(block_ms=10_000)
    refused = r"block_ms=10000 .*socket_timeout \(10 s\)"
    with pytest.raises(FlowConfigError, match=refused):
        RedisBackend("redis://127.0.0.1:6379/0", consumer=slow)
    backend = RedisBackend("redis://127.0.0.1:6379/0")
    try:
        with pytest.raises(FlowConfigError, match=refused):
            await backend.create_stream("s", options=slow)
    finally:
        await backend.close()
