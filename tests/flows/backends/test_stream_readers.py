"""``RedisReader.close()``: it returns once the task reading for it has ended.

Before, ``close()`` cancelled that task and returned: the task (blocked in ``XREAD`` /
``XREADGROUP``, holding a pooled connection) ended some time later, or never, when
the loop stopped first ("Task was destroyed but it is pending").
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from flows.backends import ConsumerOptions, RedisBackend

from .helpers import wait_for


@pytest.fixture
async def backend(redis_url: str, prefix: str) -> AsyncIterator[RedisBackend]:
    # a long block: the reading task is inside XREAD when the reader is closed
    redis = RedisBackend(redis_url, prefix=prefix, consumer=ConsumerOptions(block_ms=10_000))
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
