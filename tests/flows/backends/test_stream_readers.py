"""``RedisReader``: ``close()`` returns once the task reading for it has ended; a
group member survives its stream key's deletion.

Before, ``close()`` cancelled that task and returned: the task (blocked in ``XREAD`` /
``XREADGROUP``, holding a pooled connection) ended some time later, or never, when
the loop stopped first ("Task was destroyed but it is pending").
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from flows.backends import ConsumerOptions, RedisBackend

from .helpers import wait_for
from .targets import REDIS_URL, delete_prefix


@pytest.fixture
async def backend(redis_url: str, prefix: str) -> AsyncIterator[RedisBackend]:
    # a long block: the reading task is inside XREAD when the reader is closed
    redis = RedisBackend(redis_url, prefix=prefix, consumer=ConsumerOptions(block_ms=5_000))
    yield redis
    await redis.close()


def _reading(name: str) -> list[asyncio.Task[object]]:
    return [t for t in asyncio.all_tasks() if t.get_name() == f"read {name}" and not t.done()]


@pytest.mark.parametrize("group", [None, "g"])
async def test_close_returns_once_the_reading_task_has_ended(
    backend: RedisBackend, group: str | None
) -> None:
    stream = await backend.create_stream("s")
    await stream.produce(1)
    reader = stream.open_reader("0-0" if group is None else None, group)

    async def has_read() -> bool:
        return reader.ready() == 1

    await wait_for(has_read, pause=0.01)  # then it blocks in XREAD for what comes next
    assert [e.value for e in reader.take(1)] == [1]
    await reader.close()
    assert not _reading("s")
    assert stream.stats()["consumers"] == 0
    assert stream.stats()["groups"] == {}
    assert reader.waiter() is None  # ended


@pytest.fixture
async def single(slot_audit: None) -> AsyncIterator[tuple[RedisBackend, Redis]]:
    """A backend on the one server whose members wait long in XREADGROUP, and a plain
    client of that server."""
    prefix = f"cftest:{secrets.token_hex(4)}:"
    options = ConsumerOptions(block_ms=5_000, claim_interval=60.0)
    backend = RedisBackend(REDIS_URL, prefix=prefix, consumer=options)
    raw = Redis.from_url(REDIS_URL)
    yield backend, raw
    await backend.close()
    await raw.aclose()
    await delete_prefix(REDIS_URL, prefix)


async def test_a_group_member_waiting_when_the_key_is_deleted_reads_on(
    single: tuple[RedisBackend, Redis],
) -> None:
    """Redis 7 unblocks an ``XREADGROUP`` on a deleted key with ``UNBLOCKED the stream
    key no longer exists``: the member recreates the group (as after ``NOGROUP``)
    rather than ending its feed."""
    backend, raw = single
    stream = await backend.create_stream("s")
    await stream.produce(1)
    reader = stream.open_reader(None, "g")

    async def has_read() -> bool:
        return reader.ready() == 1

    async def waiting() -> bool:
        clients = await raw.client_list()
        return any(c.get("cmd") == "xreadgroup" and "b" in c.get("flags", "") for c in clients)

    try:
        await wait_for(has_read, pause=0.01)
        assert [e.value for e in reader.take(1)] == [1]
        await wait_for(waiting, pause=0.01)
        await raw.delete(backend.stream_key("s"))
        await stream.produce(2)
        await wait_for(has_read, pause=0.01)
        assert [e.value for e in reader.take(1)] == [2]
        assert reader.ended_by() is None
    finally:
        await reader.close()


async def test_a_closed_member_gives_back_what_it_read_but_never_handed_out(
    backend: RedisBackend,
) -> None:
    """A group member reads ahead (its buffer, and one entry waiting for room in it);
    closed, it makes those entries claimable at once: the next member gets them now,
    not after ``claim_min_idle`` (60 s)."""
    stream = await backend.create_stream("s")
    await stream.produce_many(list(range(1, 6)))
    first = stream.open_reader(None, "g", size=2)

    async def full() -> bool:
        return first.ready() == 2

    await wait_for(full, pause=0.01)  # 1 and 2 held, 3 waits for room, 4 and 5 read
    taken = first.take(1)
    assert [e.value for e in taken] == [1]
    await first.done([e.id for e in taken])
    await first.close()
    second = stream.open_reader(None, "g")

    async def rest() -> bool:
        return second.ready() == 4

    try:
        await wait_for(rest, timeout=5, pause=0.01)
        assert sorted(e.value for e in second.take(4)) == [2, 3, 4, 5]
    finally:
        await second.close()
