"""RedisStream against the real server: two instances, resume, groups, dead letters."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import zlib
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import pytest
from redis.asyncio import Redis

from flows import FlowConfigError
from flows.backends import ConsumerOptions, RedisBackend, RedisEntry, RedisReset
from flows.backends.testing import LocalCluster

from .helpers import take, wait_for
from .targets import RawRedis, Target

FAST = ConsumerOptions(
    block_ms=50, batch=20, claim_min_idle=0.05, claim_interval=0.05, max_deliveries=6
)


@pytest.fixture
async def two(redis_url: str, prefix: str) -> AsyncIterator[tuple[RedisBackend, RedisBackend]]:
    a = RedisBackend(redis_url, prefix=prefix, consumer=FAST)
    b = RedisBackend(redis_url, prefix=prefix, consumer=FAST)
    yield a, b
    await a.close()
    await b.close()


async def test_produce_on_one_instance_consume_and_resume_on_another(
    two: tuple[RedisBackend, RedisBackend],
) -> None:
    a, b = two
    on_a = await a.create_stream("live", max_buffer_size=10_000, compression=True)
    on_b = await b.create_stream("live", max_buffer_size=10_000)
    items = [{"n": i, "caption": f"caption {i}"} for i in range(300)]
    result = await on_a.produce_many(items[:150])
    assert (result.accepted, result.dropped) == (150, 0)
    for item in items[150:]:
        assert await on_a.produce(item)
    # an SSE client on B reads the first 120, then disconnects
    async with aclosing(on_b.entries(last_id="0")) as feed:
        first = await take(feed, 120)
    assert [e.value for e in first] == items[:120]
    resume_at = first[-1].id
    assert await on_a.check_resume(resume_at) is None
    # ... and resumes on A with Last-Event-ID: no gap, no duplicate
    async with aclosing(on_a.entries(last_id=on_a.parse_id(resume_at))) as feed:
        rest = await take(feed, 180)
    ids = [e.id for e in first + rest]
    assert [e.value for e in rest] == items[120:]
    assert len(set(ids)) == 300
    assert ids == sorted(ids, key=lambda i: tuple(map(int, i.split("-"))))


async def test_broadcast_consumer_sees_items_produced_while_it_waits(
    two: tuple[RedisBackend, RedisBackend],
) -> None:
    a, b = two
    producer = await a.create_stream("s")
    reader = await b.create_stream("s")
    async with aclosing(reader.entries(last_id=0)) as feed:
        pending = asyncio.ensure_future(take(feed, 50))
        for i in range(50):
            await producer.produce(i)
        got = await pending
    assert [e.value for e in got] == list(range(50))
    assert reader.last_id == producer.last_id == got[-1].id


async def test_entries_from_now_skip_the_past_and_close_ends_local_consumers(
    two: tuple[RedisBackend, RedisBackend],
) -> None:
    a, _ = two
    stream = await a.create_stream("now")
    await stream.produce("old")
    feed = stream.entries()
    first = asyncio.ensure_future(anext(feed))
    await wait_for(lambda: _truthy(stream.stats()["consumers"]))
    await stream.produce("new")
    assert (await first).value == "new"
    stream.close()
    with pytest.raises(StopAsyncIteration):
        await anext(feed)
    with pytest.raises(FlowConfigError, match="closed"):
        await stream.produce("late")


async def _truthy(value: object) -> bool:
    return bool(value)


async def test_group_members_share_entries_and_only_acked_ones_leave_pending(
    two: tuple[RedisBackend, RedisBackend], raw: RawRedis
) -> None:
    a, b = two
    # no claims here: a loaded machine must not let c2 claim c1's unacked entries
    held = dataclasses.replace(FAST, claim_min_idle=60)
    s1 = await a.create_stream("jobs", max_buffer_size=1000, options=held)
    s2 = await b.create_stream("jobs", max_buffer_size=1000, options=held)
    await s1.produce_many(range(100))
    f1, f2 = s1.entries(group="g", consumer="c1"), s2.entries(group="g", consumer="c2")
    got: list[RedisEntry] = []
    async with aclosing(f1), aclosing(f2):
        got += await take(f1, 20)
        got += await take(f2, 80)  # c1 read a batch of 20; c2 takes the rest
        assert sorted(e.value for e in got) == list(range(100))
        summary = await raw.xpending(s1.key, "g")
        assert summary["pending"] == 100  # nothing acked yet
        assert await s1.ack("g", *[e.id for e in got[:60]]) == 60
        assert await s2.ack("g", *[e.id for e in got[60:]]) == 40
        assert (await raw.xpending(s1.key, "g"))["pending"] == 0
    assert (await s1.info())["groups"]["g"]["pending"] == 0


async def test_consume_with_a_group_acks_after_the_loop_body(
    two: tuple[RedisBackend, RedisBackend], raw: RawRedis
) -> None:
    a, _ = two
    stream = await a.create_stream("auto")
    await stream.produce_many(["x", "y", "z"])
    seen = []
    async with aclosing(stream.consume(group="g")) as values:
        async for value in values:
            seen.append(value)
            if len(seen) == 3:
                break
    assert seen == ["x", "y", "z"]
    # x and y were acked when the body asked for the next one; z (left by break) was not
    assert (await raw.xpending(stream.key, "g"))["pending"] == 1


async def test_rejected_deliveries_come_back_and_poison_goes_to_dead_letters(
    two: tuple[RedisBackend, RedisBackend], raw: RawRedis
) -> None:
    a, b = two
    producer = await a.create_stream("work", max_buffer_size=10_000)
    items = [{"n": i, "poison": i % 100 == 7} for i in range(500)]
    await producer.produce_many(items)
    poison = {i["n"] for i in items if i["poison"]}
    done: Counter[int] = Counter()
    deliveries = 0

    async def member(backend: RedisBackend, name: str) -> None:
        nonlocal deliveries
        stream = await backend.create_stream("work", max_buffer_size=10_000)
        async with aclosing(stream.entries(group="g", consumer=name)) as feed:
            async for entry in feed:
                deliveries += 1
                value = entry.value
                if value["poison"]:
                    continue  # always rejected: never acked
                if zlib.crc32(f"{entry.id}:{entry.deliveries}".encode()) % 10 == 0:
                    continue  # ~10 % of deliveries rejected
                done[value["n"]] += 1
                await stream.ack("g", entry.id)

    workers = [asyncio.ensure_future(member(x, f"m{i}")) for i, x in enumerate((a, b))]
    try:
        await wait_for(lambda: _all_done(done, 500 - len(poison)), timeout=20)
        dead = await wait_for(lambda: _dead(raw, producer.dead_key, len(poison)), timeout=20)
        assert {d["n"] for d in dead} == poison
        # the stream keeps flowing after the dead letters
        await producer.produce_many([{"n": 1000 + i, "poison": False} for i in range(50)])
        await wait_for(lambda: _all_done(done, 550 - len(poison)), timeout=20)
        await wait_for(lambda: _no_pending(raw, producer.key), timeout=20)
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    assert set(done) == {i["n"] for i in items if not i["poison"]} | set(range(1000, 1050))
    assert deliveries > 550  # rejections were redelivered


async def _all_done(done: Counter[int], count: int) -> bool:
    return len(done) >= count


async def _dead(raw: RawRedis, key: str, count: int) -> list[dict[str, Any]]:
    entries: Any = await raw.xrange(key)
    if len(entries) < count:
        return []
    out = []
    for _, fields in entries:
        assert int(fields[b"deliveries"]) == FAST.max_deliveries + 1
        out.append(json.loads(fields[b"d"]))
    return out


async def _no_pending(raw: RawRedis, key: str) -> bool:
    summary: Any = await raw.xpending(key, "g")
    return int(summary["pending"]) == 0


async def test_reset_point_when_the_resume_id_was_trimmed(
    two: tuple[RedisBackend, RedisBackend],
) -> None:
    a, _ = two
    stream = await a.create_stream("small", max_buffer_size=10)
    assert await stream.reset_point(0) is None  # nothing yet
    await stream.produce_many(range(1000))
    reset = await stream.reset_point("0")
    assert isinstance(reset, RedisReset)
    info = await stream.info()
    assert reset.missed == 1000 - info["length"] > 0
    async with aclosing(stream.entries(last_id="0")) as feed:
        first = await anext(feed)
    assert first.id == reset.oldest
    assert await stream.reset_point(stream.last_id) is None


async def test_bad_ids_name_the_stream_and_the_value(
    two: tuple[RedisBackend, RedisBackend],
) -> None:
    a, _ = two
    stream = await a.create_stream("ids")
    with pytest.raises(FlowConfigError, match="stream 'ids': 'abc' is not a Redis stream entry id"):
        stream.parse_id("abc")
    assert stream.parse_id("17") == "17-0"
    assert stream.describe()["backend"] == "redis"


async def test_on_a_cluster_an_acknowledged_produce_is_already_on_the_replica(
    redis_target: Target, redis_url: str, prefix: str, request: pytest.FixtureRequest
) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        stream = await backend.create_stream("durable", max_buffer_size=1000)
        await stream.produce("one")
        await stream.produce_many(range(250))  # three pipelines, one WAIT each
        assert await backend.machines.compare_and_set("m", 0, {"target": "b"})
        conn = backend.conn
        if not redis_target.cluster:  # one server: no replica to wait for
            assert (conn.replicated, conn.unreplicated) == (0, 0)
            return
        assert (conn.replicated, conn.unreplicated) == (252, 0)  # 251 entries, 1 transition
        cluster: LocalCluster = request.getfixturevalue("local_cluster")
        (replica,) = cluster.replicas_for(stream.key)
        copy: Any = Redis(port=replica)  # Any: execute_command is untyped
        try:
            await copy.execute_command("READONLY")  # read a cluster replica directly
            assert await copy.xlen(stream.key) == 251
            assert await copy.hget(backend.keys.machine("m")[0], "version") == b"1"
        finally:
            await copy.aclose()
    finally:
        await backend.close()
