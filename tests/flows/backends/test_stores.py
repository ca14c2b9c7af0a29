"""Cache, flow definitions, limiter and events on both backends (Redis: the real server)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from pathlib import Path

import pytest

from flows import FlowConfigError
from flows.backends import (
    Backend,
    BusEvent,
    ConsumerOptions,
    Limiter,
    MemoryBackend,
    RedisBackend,
    backend_from_url,
)
from flows.backends._connection import RedisConnection
from flows.backends._limiter import Strategy
from flows.backends._redis_entries import parse_entry_id

from .command_audit import CommandLog
from .helpers import wait_for
from .targets import TARGETS, RawRedis, delete_prefix, target_named

FAST = ConsumerOptions(block_ms=50, claim_min_idle=0.2, claim_interval=0.05)


@pytest.fixture(params=["memory", *TARGETS])
async def backend(request: pytest.FixtureRequest, slot_audit: None) -> AsyncIterator[Backend]:
    """Each backend: in memory, and Redis on one server and on a cluster (audited)."""
    if request.param == "memory":
        memory = MemoryBackend(ephemeral_types=["metrics.*"])
        yield memory
        await memory.close()
        return
    target = target_named(request, request.param)
    prefix = f"cftest:{secrets.token_hex(4)}:"
    redis = RedisBackend(target.url, prefix=prefix, consumer=FAST, ephemeral_types=["metrics.*"])
    yield redis
    await redis.close()
    await delete_prefix(target.url, prefix)


async def test_cache_values_expire_after_their_ttl(backend: Backend) -> None:
    await backend.cache.set("forever", {"a": [1, 2]})
    await backend.cache.set("brief", "x", ttl=0.05)
    assert await backend.cache.get("forever") == {"a": [1, 2]}
    assert await backend.cache.get("missing") is None
    await wait_for(lambda: _gone(backend, "brief"), timeout=15)  # liveness, not speed
    assert await backend.cache.delete("forever")
    assert not await backend.cache.delete("forever")
    with pytest.raises(FlowConfigError, match="cache key 'bad'"):
        await backend.cache.set("bad", object())


async def _gone(backend: Backend, key: str) -> bool:
    return await backend.cache.get(key) is None


async def test_cache_ttl_is_set_in_redis(redis_url: str, prefix: str, raw: RawRedis) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    await backend.cache.set("k", 1, ttl=30)
    ttl = await raw.pttl(f"{prefix}cache:k")
    await backend.close()
    # the key's own ttl, not the default one nor none; the margin is for a loaded machine
    # (28.3 s seen under CI load with seven other jobs), not a speed claim
    assert 20_000 < ttl <= 30_000


async def test_flow_definitions_round_trip(backend: Backend) -> None:
    spec = {"kind": "pipeline", "stages": ["validate", "caption"], "config": {"timeout": 2.5}}
    await backend.flows.save("pipeline", "captions", spec)
    await backend.flows.save("stream", "live", {"max_buffer_size": 100})
    await backend.flows.save("stream", "a:b", {"max_buffer_size": 5})
    assert await backend.flows.load("pipeline", "captions") == spec
    assert await backend.flows.load("pipeline", "nope") is None
    assert await backend.flows.list() == [
        ("pipeline", "captions"),
        ("stream", "a:b"),
        ("stream", "live"),
    ]
    assert await backend.flows.list("stream") == [("stream", "a:b"), ("stream", "live")]
    assert await backend.flows.delete("stream", "live")
    assert not await backend.flows.delete("stream", "live")
    assert await backend.flows.list("stream") == [("stream", "a:b")]


@pytest.mark.parametrize("strategy", ["moving-window", "fixed-window"])
async def test_limiter_strategies(redis_url: str, prefix: str, strategy: Strategy) -> None:
    backend = RedisBackend(redis_url, prefix=prefix, limiter=strategy)
    for limiter in (Limiter.memory(strategy), backend.limiter):
        assert [await limiter.hit("k", "2/hour") for _ in range(3)] == [True, True, False]
    await backend.close()


async def test_limiter_allows_the_rate_then_refuses(backend: Backend) -> None:
    assert [await backend.hit("u1", "3/minute") for _ in range(4)] == [True, True, True, False]
    assert await backend.hit("u2", "3/minute")  # per key
    with pytest.raises(FlowConfigError, match="'often' is not a rate"):
        await backend.hit("u1", "often")


async def test_limiter_is_shared_by_redis_instances(redis_url: str, prefix: str) -> None:
    a = RedisBackend(redis_url, prefix=prefix)
    b = RedisBackend(redis_url, prefix=prefix)
    try:
        hits = [await x.hit("shared", "4/minute") for x in (a, b, a, b, a, b)]
    finally:
        await a.close()
        await b.close()
    assert hits.count(True) == 4


async def test_durable_events_reach_each_subscription_group_once(backend: Backend) -> None:
    feeds = {
        "audit/a1": backend.subscribe("caption.*", group="audit", consumer="a1"),
        "audit/a2": backend.subscribe("caption.*", group="audit", consumer="a2"),
        "mail": backend.subscribe("caption.done", group="mail"),
    }
    got: dict[str, list[BusEvent]] = {name: [] for name in feeds}

    async def collect(name: str) -> None:
        group = name.split("/")[0]
        async with aclosing(feeds[name]) as feed:
            async for event in feed:
                got[name].append(event)
                await backend.ack_event(group, event.id)

    tasks = [asyncio.ensure_future(collect(name)) for name in feeds]
    try:
        # a subscription gets what is published after it started: wait for both groups
        async def started() -> bool:
            await backend.publish("caption.done", "warm-up")
            return bool(got["mail"]) and bool(got["audit/a1"] or got["audit/a2"])

        await wait_for(started, timeout=5, pause=0.01)
        for events in got.values():
            events.clear()
        for i in range(6):
            kind = "caption.done" if i % 3 == 0 else "caption.started"
            await backend.publish(kind, {"i": i})
        await backend.publish("other", None)
        await backend.publish("caption.done", "end")

        async def ended() -> bool:
            audit = got["audit/a1"] + got["audit/a2"]
            return any(e.data == "end" for e in got["mail"]) and any(e.data == "end" for e in audit)

        await wait_for(ended, timeout=5)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    audit = [e.data for e in got["audit/a1"] + got["audit/a2"] if e.data != "warm-up"]
    mail = [e.data for e in got["mail"] if e.data != "warm-up"]
    assert sorted(d["i"] for d in audit if d != "end") == list(range(6))  # once per group
    assert mail == [{"i": 0}, {"i": 3}, "end"]
    assert all(e.type == "caption.done" for e in got["mail"])


async def test_ephemeral_events_go_to_live_subscribers_only(backend: Backend) -> None:
    live: list[BusEvent] = []
    durable: list[BusEvent] = []

    async def collect(feed: AsyncGenerator[BusEvent, None], into: list[BusEvent]) -> None:
        async with aclosing(feed):
            async for event in feed:
                into.append(event)

    tasks = [
        asyncio.ensure_future(collect(backend.subscribe("metrics.*", ephemeral=True), live)),
        asyncio.ensure_future(collect(backend.subscribe("*", group="all"), durable)),
    ]
    try:

        async def started() -> bool:
            await backend.publish("metrics.tick", "warm-up")
            await backend.publish("caption.warm-up", None)
            return bool(live) and bool(durable)

        await wait_for(started, timeout=5, pause=0.01)
        await backend.publish("metrics.tick", {"n": 1})
        await backend.publish("caption.done", 1)
        await wait_for(lambda: _has(live, "metrics.tick", {"n": 1}), timeout=5)
        await wait_for(lambda: _has(durable, "caption.done", 1), timeout=5)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    assert all(e.type.startswith("caption.") for e in durable)  # metrics.* skip the stream
    assert all(e.type == "metrics.tick" for e in live)


async def _has(events: list[BusEvent], kind: str, data: object) -> bool:
    return any(e.type == kind and e.data == data for e in events)


def test_backend_from_url_picks_the_backend() -> None:
    assert isinstance(backend_from_url(None), MemoryBackend)
    assert isinstance(backend_from_url("redis://127.0.0.1:6379/0"), RedisBackend)
    with pytest.raises(FlowConfigError, match="'mongodb://x' is not supported"):
        backend_from_url("mongodb://x")


async def test_health_reports_ready(backend: Backend) -> None:
    health = await backend.health()
    assert health["ready"] is True
    assert health["backend"] == backend.kind


@pytest.mark.parametrize("text", ["9" * 5000, "1-" + "2" * 21, "0-" + "9" * 20, "٣-1", "12-", "-1"])
def test_a_redis_entry_id_that_is_not_two_64_bit_numbers_is_refused(text: str) -> None:
    with pytest.raises(FlowConfigError, match="is not a Redis stream entry id") as caught:
        parse_entry_id(text, stream="s")
    assert len(str(caught.value)) < 300


def test_a_redis_entry_id_is_normalised() -> None:
    assert parse_entry_id("1700000000000", stream="s") == "1700000000000-0"
    assert parse_entry_id(" 17-3 ", stream="s") == "17-3"
    assert parse_entry_id(f"{2**64 - 1}-{2**64 - 1}", stream="s") == f"{2**64 - 1}-{2**64 - 1}"


@pytest.mark.parametrize(
    ("version", "publish", "subscribe"),
    [((7, 0, 15), b"SPUBLISH", b"SSUBSCRIBE"), ((6, 2, 14), b"PUBLISH", b"SUBSCRIBE")],
)
async def test_ephemeral_events_use_sharded_pub_sub_from_redis_7(
    redis_url: str,
    prefix: str,
    command_log: tuple[CommandLog, Path],
    monkeypatch: pytest.MonkeyPatch,
    version: tuple[int, ...],
    publish: bytes,
    subscribe: bytes,
) -> None:
    async def server_version(self: RedisConnection) -> tuple[int, ...]:
        return version  # what an older server would answer

    monkeypatch.setattr(RedisConnection, "server_version", server_version)
    log, _ = command_log
    start = len(log.groups)
    backend = RedisBackend(redis_url, prefix=prefix, ephemeral_types=["metrics.*", "tick"])
    live: list[BusEvent] = []

    async def collect() -> None:
        async with aclosing(backend.subscribe("metrics.cpu", ephemeral=True)) as feed:
            async for event in feed:
                live.append(event)

    task = asyncio.ensure_future(collect())
    try:

        async def delivered() -> bool:
            await backend.publish("tick", None)  # another channel: not for this pattern
            await backend.publish("metrics.disk", None)  # same channel, filtered out
            await backend.publish("metrics.cpu", 1)
            return bool(live)

        await wait_for(delivered, timeout=5, pause=0.01)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await backend.close()
    assert {(e.type, e.data) for e in live} == {("metrics.cpu", 1)}
    sent = [cmd for group in log.since(start) for cmd in group]
    channels = {cmd[1] for cmd in sent if cmd[0].upper() in (publish, subscribe)}
    assert channels == {f"{prefix}ev:metrics.*".encode(), f"{prefix}ev:tick".encode()}
    assert not any(cmd[0].upper() == b"PSUBSCRIBE" for cmd in sent)
