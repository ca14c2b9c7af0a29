"""Helpers shared by the Stream tests: let tasks run, drain and step consumers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

__all__ = ["drain", "next_of", "settle"]


async def settle() -> None:
    """Let every ready task run a few steps (no time passes)."""
    for _ in range(10):
        await asyncio.sleep(0)


async def drain(consumer: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in consumer]


async def next_of(consumer: AsyncIterator[Any]) -> Any:
    """``anext`` as a coroutine, so it can become a task."""
    return await anext(consumer)
