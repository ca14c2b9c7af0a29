"""``produce_once``: an item stored once per key (a processor's window results after a
takeover), in memory and on Redis (one server and the local cluster, slot-audited)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from contextlib import aclosing

import pytest

from flows.backends import MemoryBackend, RedisBackend, Stream, StreamLike

from .helpers import take
from .targets import TARGETS, RawRedis, delete_prefix, target_named


@pytest.fixture(params=["memory", *TARGETS])
async def streams(
    request: pytest.FixtureRequest, slot_audit: None
) -> AsyncIterator[tuple[StreamLike, StreamLike]]:
    """Two handles on one stream: one in-process stream twice, or two Redis instances'."""
    if request.param == "memory":
        stream = await MemoryBackend().create_stream("out", max_buffer_size=100)
        yield stream, stream
        return
    target = target_named(request, request.param)
    prefix = f"cftest:{secrets.token_hex(4)}:"
    a = RedisBackend(target.url, prefix=prefix)
    b = RedisBackend(target.url, prefix=prefix)
    yield await a.create_stream("out", max_buffer_size=100), await b.create_stream("out")
    await a.close()
    await b.close()
    await delete_prefix(target.url, prefix)


async def test_an_item_is_stored_once_per_key_whoever_produces_it(
    streams: tuple[StreamLike, StreamLike],
) -> None:
    a, b = streams
    start = a.last_id
    assert await a.produce_once({"w": 1, "n": 3}, "counts:k1:60000")
    assert await a.produce_once({"w": 2, "n": 5}, "counts:k1:120000")
    # a successor repeating what it finds in its checkpoint stores nothing twice
    assert not await b.produce_once({"w": 1, "n": 3}, "counts:k1:60000")
    assert await b.produce_once({"w": 3, "n": 1}, "counts:k1:180000")
    assert not await a.produce_once({"w": 2, "n": 5}, "counts:k1:120000")
    await a.produce({"plain": True})  # produce itself never checks a key
    await a.produce({"plain": True})
    async with aclosing(a.entries(last_id=start)) as feed:
        got = [entry.value for entry in await take(feed, 5)]
    windows = [{"w": 1, "n": 3}, {"w": 2, "n": 5}, {"w": 3, "n": 1}]
    assert got == [*windows, {"plain": True}, {"plain": True}]


async def test_of_concurrent_calls_with_one_key_exactly_one_stores(
    streams: tuple[StreamLike, StreamLike],
) -> None:
    a, b = streams
    stored = await asyncio.gather(*(s.produce_once("x", "same") for s in (a, b) * 10))
    assert stored.count(True) == 1


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_the_key_is_forgotten_after_its_ttl_in_memory() -> None:
    clock = Clock()
    stream = Stream("out", max_buffer_size=10, clock=clock)
    assert await stream.produce_once("a", "k", ttl=60)
    clock.now = 59.9
    assert not await stream.produce_once("a", "k", ttl=60)
    clock.now = 60.0
    assert await stream.produce_once("a again", "k", ttl=60)
    assert stream.produced == 2


async def test_the_key_lives_beside_the_stream_with_its_ttl_in_redis(
    redis_url: str, prefix: str, raw: RawRedis
) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        stream = await backend.create_stream("out")
        assert await stream.produce_once({"n": 1}, "counts:k1:60000", ttl=120)
    finally:
        await backend.close()
    key = f"{prefix}{{stream:out}}:once:counts:k1:60000"
    assert 119_000 < await raw.pttl(key) <= 120_000
    assert await raw.xlen(f"{prefix}{{stream:out}}") == 1
