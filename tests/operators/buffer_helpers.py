"""Helpers shared by the BoundedBuffer and backpressure_buffer asyncio tests."""

from __future__ import annotations

import asyncio

__all__ = ["yield_to_loop"]


async def yield_to_loop() -> None:
    """Let ready tasks run: a zero-time yield, not a timed wait."""
    await asyncio.sleep(0)
