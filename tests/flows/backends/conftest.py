from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

REDIS_URL = os.environ.get("CAPTIONFLOW_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_url() -> str:
    return REDIS_URL


@pytest.fixture
async def prefix() -> AsyncIterator[str]:
    """A key prefix of its own per test; every key under it is deleted afterwards."""
    value = f"cftest:{secrets.token_hex(4)}:"
    yield value
    await delete_prefix(REDIS_URL, value)


async def delete_prefix(url: str, value: str) -> None:
    client = Redis.from_url(url)
    try:
        keys = [key async for key in client.scan_iter(match=f"{value}*", count=1000)]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture
async def raw() -> AsyncIterator[Redis]:
    """A plain client to look at what the backend wrote."""
    client = Redis.from_url(REDIS_URL)
    yield client
    await client.aclose()
