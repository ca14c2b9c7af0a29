"""MemoryBackend: the Backend interface in one process (the default).

Streams are :class:`~flows.backends.Stream` (acking is a no-op: a taken entry is
gone); durable events go through one such stream, ephemeral ones through a Subject
that only live subscribers see.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Callable, Collection, Mapping
from contextlib import aclosing
from typing import Any

from reactivex.subject import Subject

from operators import OverflowPolicy

from ._base import ONCE_TTL, BusEvent, EntryId, StoredMachine
from ._budget import MemoryBudget
from ._codec import dumps, loads
from ._events import EphemeralTypes, compile_pattern, event_payload, stream_event_feed
from ._limiter import Limiter, Strategy
from ._memory_stream import MemoryStream
from ._once import OnceKeys
from ._processor_store import MemoryProcessorStore

__all__ = ["MemoryBackend"]


class MemoryMachineStore:
    """Machines in a dict; check and set happen without an await in between."""

    def __init__(self) -> None:
        self._machines: dict[str, StoredMachine] = {}
        self._once: dict[str, OnceKeys] = {}

    async def load(
        self, name: str, *, after: int = 0, before: int | None = None, limit: int | None = None
    ) -> StoredMachine | None:
        """The machine with the newest ``limit`` kept records numbered ``after < n <
        before`` (see :meth:`flows.backends.MachineStore.load`), or None."""
        kept = self._machines.get(name)
        if kept is None:
            return None
        oldest = kept.version - len(kept.history) + 1
        low = max(oldest, after + 1)
        high = kept.version if before is None else min(kept.version, before - 1)
        if limit is not None:
            low = max(low, high - limit + 1)
        window = kept.history[low - oldest : high - oldest + 1] if high >= low else ()
        start = low if high >= low else kept.version + 1
        return StoredMachine(kept.state, kept.version, window, start, oldest)

    async def compare_and_set(
        self,
        name: str,
        expected_version: int,
        record: Mapping[str, Any],
        *,
        once: str | None = None,
        once_ttl: float = ONCE_TTL,
        history_limit: int | None = None,
    ) -> bool:
        """Append ``record`` iff the version is still ``expected_version`` (and, with
        ``once``, that key was not applied within ``once_ttl``; it is taken now); keep
        the newest ``history_limit`` records (None: all)."""
        current = self._machines.get(name)
        version = current.version if current else 0
        if version != expected_version:
            return False
        if once is not None and not self._once.setdefault(name, OnceKeys()).take(once, once_ttl):
            return False
        copy = loads(dumps(dict(record), what=f"state machine '{name}'"))
        history = (*(current.history if current else ()), copy)
        if history_limit is not None:
            history = history[-history_limit:]
        start = version + 2 - len(history)
        self._machines[name] = StoredMachine(record["target"], version + 1, history, start, start)
        return True

    async def applied(self, name: str, once: str) -> bool:
        """Whether a transition with key ``once`` was appended (within its ttl)."""
        keys = self._once.get(name)
        return keys is not None and once in keys

    async def delete(self, name: str) -> bool:
        """Forget the machine (and its once keys)."""
        self._once.pop(name, None)
        return self._machines.pop(name, None) is not None


class MemoryCache:
    """A dict with expiry times on an injectable monotonic clock.

    Expired items are dropped when read, and swept every :data:`SWEEP_EVERY` writes,
    so keys written once and never read again (idempotency keys) do not pile up.
    """

    SWEEP_EVERY = 1024

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._items: dict[str, tuple[float | None, bytes]] = {}
        self._writes = 0

    async def get(self, key: str) -> Any | None:
        """The value, or None when missing or expired."""
        found = self._items.get(key)
        if found is None:
            return None
        expires, raw = found
        if expires is not None and self._clock() >= expires:
            del self._items[key]
            return None
        return loads(raw)

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        """Store a JSON copy of ``value`` for ``ttl`` seconds (None: no expiry)."""
        expires = None if ttl is None else self._clock() + ttl
        self._items[key] = (expires, dumps(value, what=f"cache key '{key}'"))
        self._writes += 1
        if self._writes % self.SWEEP_EVERY == 0:
            self._sweep()

    async def add(self, key: str, value: Any, ttl: float | None = None) -> bool:
        """Store ``value`` only if ``key`` is absent (or expired); whether it was stored."""
        if await self.get(key) is not None:
            return False
        await self.set(key, value, ttl)
        return True

    def _sweep(self) -> None:
        now = self._clock()
        expired = [k for k, (at, _) in self._items.items() if at is not None and now >= at]
        for key in expired:
            del self._items[key]

    async def delete(self, key: str) -> bool:
        """Drop ``key``; False if it was not there."""
        return self._items.pop(key, None) is not None


class MemoryFlowStore:
    """Flow definitions in a dict (JSON copies, as Redis would hold them)."""

    def __init__(self) -> None:
        self._defs: dict[tuple[str, str], bytes] = {}

    async def save(self, kind: str, name: str, definition: Mapping[str, Any]) -> None:
        """Create or replace."""
        self._defs[kind, name] = dumps(dict(definition), what=f"{kind} '{name}'")

    async def load(self, kind: str, name: str) -> dict[str, Any] | None:
        """The definition or None."""
        raw = self._defs.get((kind, name))
        return None if raw is None else dict(loads(raw))

    async def delete(self, kind: str, name: str) -> bool:
        """Forget; False if absent."""
        return self._defs.pop((kind, name), None) is not None

    async def list(self, kind: str | None = None) -> list[tuple[str, str]]:
        """(kind, name) pairs, sorted."""
        return sorted(k for k in self._defs if kind is None or k[0] == kind)


class MemoryBackend:
    """The in-process Backend; see the module docstring."""

    kind = "memory"

    def __init__(
        self,
        *,
        ephemeral_types: Collection[str] = (),
        event_buffer: int = 10_000,
        limiter: Strategy = "moving-window",
        budget: MemoryBudget | None = None,
    ) -> None:
        self.budget = budget or MemoryBudget()
        """Bytes of this backend's in-memory entries (its event stream's, and its
        streams' unless ``create_stream`` is given another budget)."""
        self.machines = MemoryMachineStore()
        self.cache = MemoryCache()
        self.flows = MemoryFlowStore()
        self.processors = MemoryProcessorStore()
        self.limiter = Limiter.memory(limiter)
        self.ephemeral = EphemeralTypes(ephemeral_types)
        self.live: Subject[BusEvent] = Subject()  # ephemeral events, live subscribers only
        self.live_published = 0
        self._live_once = OnceKeys()  # publish_once keys of ephemeral types
        # a new subscription starts with the events published after it (as on Redis)
        self.event_stream = MemoryStream(
            "events",
            max_buffer_size=event_buffer,
            overflow="drop_oldest",
            budget=self.budget,
            group_start="tail",
        )

    async def create_stream(
        self,
        name: str,
        *,
        max_buffer_size: int = 100,
        overflow: OverflowPolicy | None = None,
        compression: bool = False,
        replay_size: int | None = None,
        enable_backpressure: bool = True,
        produce_timeout: float = 30.0,
        backpressure_threshold: int | None = None,
        slow_consumer_timeout: float | None = None,
        max_bytes: int | None = None,
        budget: MemoryBudget | None = None,
    ) -> MemoryStream:
        """A new in-process stream (``flows.Stream``'s options); its entries count in
        ``budget`` (default: this backend's)."""
        return MemoryStream(
            name,
            max_buffer_size=max_buffer_size,
            overflow=overflow,
            enable_backpressure=enable_backpressure,
            compression=compression,
            replay_size=replay_size,
            produce_timeout=produce_timeout,
            backpressure_threshold=backpressure_threshold,
            slow_consumer_timeout=slow_consumer_timeout,
            max_bytes=max_bytes,
            budget=budget or self.budget,
        )

    async def publish(self, event_type: str, data: Any = None) -> EntryId:
        """Durable: onto the event stream; ephemeral types: the EventBus only."""
        if event_type in self.ephemeral:
            self.live_published += 1
            self.live.on_next(BusEvent(event_type, data, self.live_published, time.time()))
            return self.live_published
        await self.event_stream.produce(event_payload(event_type, data))
        return self.event_stream.last_id

    async def publish_once(
        self, event_type: str, data: Any, key: str, ttl: float = ONCE_TTL
    ) -> bool:
        """:meth:`publish` unless ``key`` was published within ``ttl`` seconds."""
        if event_type in self.ephemeral:
            if not self._live_once.take(key, ttl):
                return False
            await self.publish(event_type, data)
            return True
        return await self.event_stream.produce_once(event_payload(event_type, data), key, ttl)

    async def subscribe(
        self,
        pattern: str = "*",
        *,
        group: str | None = None,
        consumer: str | None = None,
        ephemeral: bool = False,
        on_listening: Callable[[], None] | None = None,
    ) -> AsyncGenerator[BusEvent, None]:
        """Events matching ``pattern``: durable (per group), or ephemeral ones
        (``on_listening`` is called once the feed is on the live subject)."""
        if not ephemeral:
            feed = stream_event_feed(self.event_stream, pattern, group, consumer)
            async with aclosing(feed):
                async for event in feed:
                    yield event
            return
        queue: asyncio.Queue[BusEvent] = asyncio.Queue()
        matches = compile_pattern(pattern)

        def put(event: BusEvent) -> None:
            if matches(event.type):
                queue.put_nowait(event)

        subscription = self.live.subscribe(on_next=put)
        if on_listening is not None:
            on_listening()
        try:
            while True:
                yield await queue.get()
        finally:
            subscription.dispose()

    async def ack_event(self, group: str, event_id: EntryId) -> None:
        """No-op in memory."""

    def is_ephemeral(self, event_type: str) -> bool:
        """Whether ``event_type`` is delivered live only (never stored)."""
        return event_type in self.ephemeral

    async def open_subscription(self, group: str) -> None:
        """No-op: an in-memory group starts when its first member reads."""

    async def close_subscription(self, group: str) -> None:
        """No-op: an in-memory group ends with its last member."""

    async def hit(self, key: str, rate: str) -> bool:
        """One hit against ``rate`` (``limits`` in-memory storage)."""
        return await self.limiter.hit(key, rate)

    async def health(self) -> dict[str, Any]:
        """Always ready."""
        return {"backend": "memory", "ready": True}

    async def close(self) -> None:
        """Close the event stream (its consumers end)."""
        self.event_stream.close()
