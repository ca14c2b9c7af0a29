"""A stream's slot moves to another primary mid-stream (resharding): producers, a
broadcast reader and a consumer group follow the ASK, TRYAGAIN and MOVED replies
without one error reaching them, and nothing is lost."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections import Counter
from contextlib import aclosing

import pytest

from flows.backends import BackendUnavailableError, ConsumerOptions, RedisBackend, RedisStream
from flows.backends.testing import LocalCluster

from .helpers import wait_for
from .targets import delete_prefix

OPTIONS = ConsumerOptions(block_ms=100, batch=20, claim_min_idle=0.5, claim_interval=0.25)


@pytest.mark.usefixtures("slot_audit")
async def test_a_slot_moved_mid_stream_is_followed_without_errors(
    local_cluster: LocalCluster,
) -> None:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    a = RedisBackend(local_cluster.url, prefix=prefix, consumer=OPTIONS)
    b = RedisBackend(local_cluster.url, prefix=prefix, consumer=OPTIONS)
    producer = await a.create_stream("moving", max_buffer_size=100_000)
    reader = await b.create_stream("moving", max_buffer_size=100_000)
    acked: list[int] = []
    errors: list[BackendUnavailableError] = []
    seen: list[int] = []
    grouped: Counter[int] = Counter()

    async def produce() -> None:
        n = 0
        while True:
            try:
                await producer.produce(n)
            except BackendUnavailableError as error:  # must not happen: retried inside
                errors.append(error)
                await a.conn.wait_ready()
                continue
            acked.append(n)
            n += 1

    async def read() -> None:
        async with aclosing(reader.entries(last_id="0")) as feed:
            async for entry in feed:
                seen.append(entry.value)

    async def member(stream: RedisStream) -> None:
        async with aclosing(stream.entries(group="g")) as feed:
            async for entry in feed:
                grouped[entry.value] += 1
                with contextlib.suppress(BackendUnavailableError):  # redelivered later
                    await stream.ack("g", entry.id)

    tasks = [asyncio.ensure_future(produce())]
    readers = [asyncio.ensure_future(c) for c in (read(), member(producer), member(reader))]
    try:
        await wait_for(lambda: _at_least(acked, 300), timeout=30, pause=0.01)
        source = local_cluster.primary_for(producer.key)
        target = next(p for p in local_cluster.primaries() if p != source)
        moved = await asyncio.to_thread(local_cluster.migrate_slot, producer.key, target)
        assert local_cluster.primary_for(producer.key) == target
        count = len(acked)
        await wait_for(lambda: _at_least(acked, count + 300), timeout=30, pause=0.01)
        tasks[0].cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await wait_for(lambda: _all_in(seen, acked), timeout=30, pause=0.01)
        try:
            await wait_for(lambda: _all_in(list(grouped), acked), timeout=30, pause=0.01)
        except TimeoutError:
            missing = sorted(set(acked) - set(grouped))
            info = await producer.info()
            pytest.fail(f"group never got {missing[:20]} ({len(missing)}); {info}")
    finally:
        for task in tasks + readers:
            task.cancel()
        await asyncio.gather(*tasks, *readers, return_exceptions=True)
        await a.close()
        await b.close()
        await delete_prefix(local_cluster.url, prefix)
    assert moved >= 1  # the stream (and its group) moved
    assert errors == [], [f"{e!r} <- {e.__cause__!r}" for e in errors]
    assert seen[: len(acked)] == acked  # the broadcast reader: in order, no gap, no repeat
    assert set(acked) <= set(grouped)


async def _at_least(values: list[int], count: int) -> bool:
    return len(values) >= count


async def _all_in(seen: list[int], acked: list[int]) -> bool:
    return set(acked) <= set(seen)
