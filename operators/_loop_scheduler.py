"""LoopScheduler: an asyncio scheduler whose ``now`` is the event loop's own clock."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from reactivex.scheduler.eventloop import AsyncIOScheduler

__all__ = ["LoopScheduler"]


class LoopScheduler(AsyncIOScheduler):
    """reactivex's ``AsyncIOScheduler`` with ``now`` read from ``loop.time()``.

    ``AsyncIOScheduler`` schedules on the loop's clock but reports the wall clock as
    ``now``; this one reports the loop's clock, so durations measured by operators
    (retry budgets, circuit breaker windows) and delays scheduled on the loop use one
    clock. On a virtual-time loop both are virtual.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(loop)
        self.loop = loop

    @property
    def now(self) -> datetime:
        """The loop's clock as a datetime (seconds since the epoch, UTC)."""
        return datetime.fromtimestamp(self.loop.time(), tz=UTC)

    def seconds(self) -> float:
        """The loop's clock in seconds (no datetime round trip)."""
        return self.loop.time()
