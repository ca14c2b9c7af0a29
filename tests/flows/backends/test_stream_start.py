"""``entries(start=...)`` / ``consume(start=...)``: where a broadcast reader starts,
the same on both backends (issue 15 item 12); the seed's default is unchanged. Where
a new group starts: ``test_group_start``."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import aclosing

import pytest

from flows import FlowConfigError
from flows.backends import Backend, ConsumerOptions, MemoryBackend, RedisBackend

from .helpers import take
from .targets import REDIS_URL, delete_prefix


@pytest.fixture(params=["memory", "redis"])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    if request.param == "memory":
        memory = MemoryBackend()
        yield memory
        await memory.close()
        return
    prefix = f"cftest:{secrets.token_hex(4)}:"
    redis = RedisBackend(REDIS_URL, prefix=prefix, consumer=ConsumerOptions(block_ms=50))
    try:
        yield redis
    finally:
        await redis.close()
        await delete_prefix(REDIS_URL, prefix)


async def test_start_backlog_reads_what_the_stream_retains_for_every_reader(
    backend: Backend,
) -> None:
    stream = await backend.create_stream("s", max_buffer_size=10)
    await stream.produce_many([1, 2, 3])
    async with (
        aclosing(stream.entries(start="backlog")) as first,
        aclosing(stream.entries(start="backlog")) as second,
    ):
        assert [e.value for e in await take(first, 3)] == [1, 2, 3]
        assert [e.value for e in await take(second, 3)] == [1, 2, 3]
        await stream.produce(4)
        assert [e.value for e in await take(first, 1)] == [4]
        assert [e.value for e in await take(second, 1)] == [4]


async def test_start_tail_reads_only_what_comes_after_start_id(backend: Backend) -> None:
    stream = await backend.create_stream("s", max_buffer_size=10)
    await stream.produce_many([1, 2, 3])
    after = await stream.start_id("tail")
    await stream.produce(4)
    async with aclosing(stream.entries(last_id=after)) as feed:
        assert [e.value for e in await take(feed, 1)] == [4]
    async with aclosing(stream.consume(start="backlog")) as values:
        assert [await anext(values) for _ in range(4)] == [1, 2, 3, 4]


async def test_last_id_wins_over_start(backend: Backend) -> None:
    stream = await backend.create_stream("s", max_buffer_size=10)
    await stream.produce_many([1, 2, 3])
    async with aclosing(stream.entries(start="backlog")) as feed:
        first = (await take(feed, 1))[0]
    async with aclosing(stream.entries(last_id=first.id, start="tail")) as feed:
        assert [e.value for e in await take(feed, 2)] == [2, 3]


async def test_an_unknown_start_is_refused(backend: Backend) -> None:
    stream = await backend.create_stream("s", max_buffer_size=10)
    with pytest.raises(FlowConfigError, match="backlog, tail"):
        await anext(stream.entries(group="g", start="sideways"))  # type: ignore[arg-type]
    with pytest.raises(FlowConfigError, match="backlog, tail"):
        await anext(stream.entries(start="sideways"))  # type: ignore[arg-type]
    with pytest.raises(FlowConfigError, match="backlog, tail"):
        await stream.start_id("sideways")  # type: ignore[arg-type]
