"""A private redis-server killed and restarted mid-stream: fail fast, then recover alone."""

from __future__ import annotations

import asyncio
import time
from contextlib import aclosing

import pytest

from flows.backends import BackendUnavailableError, ConsumerOptions, RedisBackend, RedisEntry
from operators import BackoffPolicy

from .helpers import free_port, start_redis, wait_for

pytestmark = pytest.mark.usefixtures("slot_audit")


@pytest.fixture
def port() -> int:
    return free_port()


async def test_backend_fails_fast_while_redis_is_down_and_recovers_by_itself(port: int) -> None:
    server = start_redis(port)
    await server.ready()
    backend = RedisBackend(
        f"redis://127.0.0.1:{port}/0",
        consumer=ConsumerOptions(block_ms=50, claim_interval=0.05, claim_min_idle=0.5),
        reconnect=BackoffPolicy(base_delay=0.02, multiplier=2.0, max_delay=0.2, jitter=0.2),
    )
    stream = await backend.create_stream("live", max_buffer_size=1000)
    seen: list[RedisEntry] = []
    grouped: list[RedisEntry] = []

    async def reader() -> None:
        async with aclosing(stream.entries(last_id=0)) as feed:
            async for entry in feed:
                seen.append(entry)

    async def worker() -> None:
        async with aclosing(stream.entries(group="g")) as feed:
            async for entry in feed:
                grouped.append(entry)
                await stream.ack("g", entry.id)

    tasks = [asyncio.ensure_future(reader()), asyncio.ensure_future(worker())]
    try:
        await stream.produce_many(range(50))
        await wait_for(lambda: _count(seen, grouped, 50))
        assert (await backend.health())["ready"] is True

        server.kill()  # kill -9
        with pytest.raises(BackendUnavailableError, match="redis backend unavailable"):
            await stream.produce(50)
        health = await backend.health()
        assert health["ready"] is False
        assert health["outages"] == 1
        started = time.perf_counter()
        with pytest.raises(BackendUnavailableError):
            await backend.cache.set("k", 1)  # fails fast: no connect attempt while down
        with pytest.raises(BackendUnavailableError):
            await backend.hit("client", "5/second")
        assert time.perf_counter() - started < 0.05

        server = start_redis(port)  # empty: --save "" --appendonly no
        await server.ready()
        await wait_for(lambda: _ready(backend), timeout=10, pause=0.01)
        # the consumers, still the same generators, pick up what comes after the restart
        await stream.produce_many(range(50, 100))
        await wait_for(lambda: _count(seen, grouped, 100))
        assert [e.value for e in seen] == list(range(100))
        assert [e.value for e in grouped] == list(range(100))
        assert await backend.hit("client", "5/second")
        await backend.cache.set("k", 1)
        assert await backend.cache.get("k") == 1
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await backend.close()
        server.kill()


async def _count(seen: list[RedisEntry], grouped: list[RedisEntry], n: int) -> bool:
    return len(seen) >= n and len(grouped) >= n


async def _ready(backend: RedisBackend) -> bool:
    return bool((await backend.health())["ready"])
