"""A Redis stream refuses an item over the per-item limit; its entries live in Redis,
so that is the only byte budget it applies (MAXLEN bounds the rest)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from flows import ItemTooLargeError, MemoryBudget
from flows.backends import RedisBackend


@pytest.fixture
async def backend(redis_url: str, prefix: str) -> AsyncIterator[RedisBackend]:
    redis = RedisBackend(redis_url, prefix=prefix)
    yield redis
    await redis.close()


async def test_an_item_over_the_limit_is_refused_and_nothing_of_its_batch_stored(
    backend: RedisBackend,
) -> None:
    budget = MemoryBudget(max_item_bytes=100)
    stream = await backend.create_stream("big", compression=True, budget=budget)
    with pytest.raises(ItemTooLargeError, match=r"stream 'big': items\[1\] is 202 bytes") as caught:
        await stream.produce_many(["a", "x" * 200, "b"])
    assert caught.value.field == "items[1]"
    assert stream.produced == 0
    assert (await stream.produce_many(["a", "x" * 98])).accepted == 2  # 100 bytes: taken
    with pytest.raises(ItemTooLargeError, match="stream 'big': item is 102 bytes"):
        await stream.produce("x" * 100)
    assert budget.refused["item"] == 2
