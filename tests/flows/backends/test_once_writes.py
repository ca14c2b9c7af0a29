"""Writes done once per key, whoever repeats them: ``publish_once`` (events), a state
machine's ``compare_and_set(once=...)`` and a processor store's ``remember``/``seen`` —
what a processor's event, machine and webhook sinks rely on after a takeover. In
memory, and on Redis (one server and the local cluster, slot-audited) with two
backends sharing a prefix, as two instances do."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing

import pytest

from flows.backends import Backend, BusEvent, ConsumerOptions, MemoryBackend, RedisBackend

from .helpers import wait_for
from .targets import TARGETS, delete_prefix, target_named

FAST = ConsumerOptions(block_ms=50, claim_min_idle=0.2, claim_interval=0.05)


@pytest.fixture(params=["memory", *TARGETS])
async def pair(
    request: pytest.FixtureRequest, slot_audit: None
) -> AsyncIterator[tuple[Backend, Backend]]:
    """Two instances' backends on one state: one MemoryBackend twice, or two Redis ones."""
    if request.param == "memory":
        memory = MemoryBackend(ephemeral_types=["live.*"])
        yield memory, memory
        await memory.close()
        return
    target = target_named(request, request.param)
    prefix = f"cftest:{secrets.token_hex(4)}:"
    a = RedisBackend(target.url, prefix=prefix, consumer=FAST, ephemeral_types=["live.*"])
    b = RedisBackend(target.url, prefix=prefix, consumer=FAST, ephemeral_types=["live.*"])
    yield a, b
    await a.close()
    await b.close()
    await delete_prefix(target.url, prefix)


async def _collect(feed: AsyncGenerator[BusEvent, None], into: list[BusEvent]) -> None:
    async with aclosing(feed):
        async for event in feed:
            into.append(event)


@pytest.mark.parametrize("kind", ["durable", "live"])
async def test_an_event_is_published_once_per_key_whoever_publishes_it(
    pair: tuple[Backend, Backend], kind: str
) -> None:
    a, b = pair
    event_type = "surge" if kind == "durable" else "live.surge"
    got: list[BusEvent] = []
    feed = (
        a.subscribe(event_type, group="g")
        if kind == "durable"
        else a.subscribe(event_type, ephemeral=True)
    )
    task = asyncio.ensure_future(_collect(feed, got))
    try:

        async def started() -> bool:
            await a.publish(event_type, "warm-up")
            return bool(got)

        await wait_for(started, timeout=5, pause=0.01)
        got.clear()
        assert await a.publish_once(event_type, {"w": 1}, "surges:n:1@60000")
        assert not await b.publish_once(event_type, {"w": 1}, "surges:n:1@60000")  # a successor
        assert await b.publish_once(event_type, {"w": 2}, "surges:n:1@120000")
        assert not await a.publish_once(event_type, {"w": 2}, "surges:n:1@120000")
        await a.publish(event_type, "end")  # publish itself never checks a key

        async def ended() -> bool:
            return any(e.data == "end" for e in got)

        await wait_for(ended, timeout=5, pause=0.01)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert [e.data for e in got if e.data != "warm-up"] == [{"w": 1}, {"w": 2}, "end"]


async def test_a_transition_is_applied_once_per_key(pair: tuple[Backend, Backend]) -> None:
    a, b = pair

    def record(source: str, target: str) -> dict[str, object]:
        return {"event": "surge", "source": source, "target": target, "ts": 1.0, "context": {}}

    assert not await a.machines.applied("watch", "surges:n:1@60000")
    assert await a.machines.compare_and_set(
        "watch", 0, record("calm", "alert"), once="surges:n:1@60000"
    )
    assert await b.machines.applied("watch", "surges:n:1@60000")
    # the successor, at the current version, with the same key: nothing appended
    assert not await b.machines.compare_and_set(
        "watch", 1, record("alert", "alert"), once="surges:n:1@60000"
    )
    assert await b.machines.compare_and_set(
        "watch", 1, record("alert", "calm"), once="surges:n:1@120000"
    )
    # a stale version is refused with a fresh key too (and the key is not taken)
    assert not await a.machines.compare_and_set(
        "watch", 1, record("calm", "alert"), once="surges:n:1@180000"
    )
    assert not await a.machines.applied("watch", "surges:n:1@180000")
    assert not await a.machines.applied("other", "surges:n:1@60000")  # keys are per machine
    stored = await a.machines.load("watch")
    assert stored is not None
    assert (stored.state, stored.version) == ("calm", 2)
    assert [h["target"] for h in stored.history] == ["alert", "calm"]


async def test_a_delivered_output_is_remembered_for_every_instance(
    pair: tuple[Backend, Backend],
) -> None:
    a, b = pair
    assert not await b.processors.seen("hooks", "n:1@60000")
    await a.processors.remember("hooks", "n:1@60000")
    assert await b.processors.seen("hooks", "n:1@60000")
    assert not await b.processors.seen("hooks", "n:1@120000")
    assert not await b.processors.seen("other", "n:1@60000")  # per processor


async def test_remembered_outputs_are_forgotten_after_their_ttl_in_memory() -> None:
    now = [0.0]
    backend = MemoryBackend()
    store = type(backend.processors)(clock=lambda: now[0])
    await store.remember("hooks", "k", ttl_s=10)
    now[0] = 9.9
    assert await store.seen("hooks", "k")
    now[0] = 10.0
    assert not await store.seen("hooks", "k")
