"""SseHub: the live SSE clients of one app, and the watchdog that evicts stalled ones.

One watchdog task per hub (not a timer per write) checks every client each
``send_timeout / WATCHDOG_TICKS`` seconds: it hangs up one whose peer is gone (its
pings failed) and evicts one whose write has been pending, or whose buffer has
stayed full, for ``send_timeout`` (see ``SseClient.stalled``). On shutdown each
client gets a final frame, the hub waits for them, then aborts stragglers.
"""

from __future__ import annotations

import asyncio
import math
from typing import Generic, Protocol, TypeVar

from ._wire import Frame

__all__ = ["WATCHDOG_TICKS", "HubClient", "SseHub"]

WATCHDOG_TICKS = 10
"""Watchdog checks per ``send_timeout``."""


class HubClient(Protocol):
    """What the hub needs of a live client (``HubClient``)."""

    feed: str
    key: str | None
    send_timeout: float

    @property
    def evicted(self) -> str | None:
        """Why it was evicted (None: it was not)."""
        ...

    @property
    def is_done(self) -> bool:
        """The connection ended."""
        ...

    def stalled(self, now: float, limit: float) -> str | None:
        """Why the client counts as stalled at ``now`` (None when it does not)."""
        ...

    def evict(self, reason: str) -> None:
        """Close the connection for ``reason`` (counted)."""

    def connected(self) -> bool:
        """Whether the peer is still there (its pings get through)."""
        ...

    def hang_up(self) -> None:
        """The peer went away: stop now (not counted as an eviction)."""

    def finish(self, final: Frame) -> None:
        """Send ``final`` after what is queued, then end the feed."""

    def done_event(self) -> asyncio.Event:
        """Set once the connection ended."""
        ...


C = TypeVar("C", bound=HubClient)


class SseHub(Generic[C]):
    """The live SSE clients of one app, and the watchdog that evicts stalled ones."""

    def __init__(self) -> None:
        self.clients: set[C] = set()
        self.evicted = 0
        self.opened = 0
        self.sweeps = 0
        """Watchdog passes so far."""
        self._tick = math.inf
        self._watchdog: asyncio.Task[None] | None = None

    def count(self, feed: str | None = None) -> int:
        """Live clients (of one feed kind, e.g. ``stream``)."""
        return sum(1 for c in self.clients if feed is None or c.feed == feed)

    def add(self, client: C) -> None:
        """Track a new client (and watch it)."""
        self.clients.add(client)
        self.opened += 1
        self._tick = min(self._tick, client.send_timeout / WATCHDOG_TICKS)
        if self._watchdog is None or self._watchdog.done():
            self._watchdog = asyncio.create_task(self._watch(), name="sse-watchdog")

    def remove(self, client: C) -> None:
        """The client's connection ended."""
        self.clients.discard(client)
        if client.evicted is not None:
            self.evicted += 1

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while self.clients:
            await asyncio.sleep(self._tick)
            now = loop.time()
            self.sweeps += 1
            for client in list(self.clients):
                if not client.connected():
                    client.hang_up()
                    continue
                reason = client.stalled(now, client.send_timeout - self._tick)
                if reason is not None:
                    client.evict(reason)

    def finish_key(self, key: str, final: Frame) -> int:
        """End every feed opened with ``key`` (e.g. a deleted subscription) with ``final``."""
        clients = [c for c in self.clients if c.key == key]
        for client in clients:
            client.finish(final)
        return len(clients)

    async def shutdown(self, grace: float) -> None:
        """Send ``event: shutdown`` to every client and wait ``grace`` s for them to close."""
        clients = list(self.clients)
        for client in clients:
            client.finish(Frame('{"reason":"server shutting down"}', event="shutdown"))
        waits = [asyncio.ensure_future(c.done_event().wait()) for c in clients]
        if waits:
            _, pending = await asyncio.wait(waits, timeout=grace)
            for fut in pending:
                fut.cancel()
        for client in clients:
            if not client.is_done:
                client.evict("shutdown grace period over")
        if self._watchdog is not None:
            self._watchdog.cancel()
            await asyncio.gather(self._watchdog, return_exceptions=True)
