"""EventBus delivery over a shared backend (Redis): what ``EventBus(transport=...)`` runs.

    subscription  ── its own consumer group on the event stream (durable) ──> handler ──> XACK
                  └─ pub/sub for ephemeral types (live only)               ──> handler
    bus.events()  ── one broadcast reader (XREAD from now) + pub/sub, shared by every feed

A subscription's group is created before :meth:`EventBus.subscribed` returns, so it
gets every event published afterwards, on any instance. A handler that fails or
times out leaves its event pending: a later claim pass redelivers it, and after
``max_deliveries`` it goes to the dead-letter stream. While the backend is down the
readers wait and resume where they were.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from typing import Any, Protocol

import reactivex
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.disposable import Disposable
from reactivex.subject import Subject

from ..backends import Backend, BackendUnavailableError, BusEvent
from ._event import Event, Subscription

__all__ = ["Handles", "RemoteDelivery"]

log = logging.getLogger("captionflow.events")

RETRY_DELAY = 0.5  # seconds between attempts to reopen a feed the backend broke off


def _event(got: BusEvent) -> Event:
    return Event(got.type, got.data, got.id, got.timestamp)


class Handles(Protocol):
    """What delivery needs of the bus: run one subscription's handler for one event."""

    async def handle(self, sub: Subscription, event: Event) -> bool:
        """True when the handler succeeded in time (the event may be acknowledged)."""
        ...


class RemoteDelivery:
    """The transport side of one EventBus; see the module docstring."""

    def __init__(self, bus: Handles, backend: Backend) -> None:
        self.bus = bus
        self.backend = backend
        self.node = secrets.token_hex(4)  # subscription groups are unique per instance
        self._tasks: dict[str, asyncio.Task[None]] = {}
        # readers stopped but still closing their feeds (a pub/sub connection's goodbye)
        self._stopping: set[asyncio.Task[None]] = set()
        self._opened: dict[str, asyncio.Future[None]] = {}
        self._pending: list[tuple[Subscription, str | None]] = []
        self._feeds: dict[str, Subject[Event]] = {}
        patterns = getattr(getattr(backend, "ephemeral", None), "patterns", ())
        self.ephemeral = bool(patterns)  # no pub/sub readers unless a type is ephemeral
        self.mirror: Observable[Event] = reactivex.create(self._mirror).pipe(ops.share())

    async def publish(self, event_type: str, data: Any) -> None:
        """Onto the shared transport (BackendUnavailableError when it is down)."""
        await self.backend.publish(event_type, data)

    async def publish_once(self, event_type: str, data: Any, key: str, ttl: float) -> bool:
        """Onto the shared transport unless ``key`` was published within ``ttl``."""
        return await self.backend.publish_once(event_type, data, key, ttl)

    # -- subscriptions ----------------------------------------------------------------
    def start(self, sub: Subscription, group: str | None) -> None:
        """Start ``sub``'s readers (at the next :meth:`resume` when no loop runs yet)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._pending.append((sub, group))
            return
        owned = group is None
        name = group or f"sub:{self.node}:{sub.id}"
        opened: asyncio.Future[None] = loop.create_future()
        self._opened[sub.id] = opened
        self._tasks[sub.id] = loop.create_task(self._run(sub, name, owned, opened))

    def feed(self, sub_id: str) -> Observable[Event]:
        """Every event the subscription receives (its SSE feeds)."""
        return self._feeds.setdefault(sub_id, Subject())

    def _handled(self, sub: Subscription, event: Event) -> None:
        feed = self._feeds.get(sub.id)
        if feed is not None and feed.observers:
            feed.on_next(event)

    def resume(self) -> None:
        """Start readers of subscriptions made before the event loop ran."""
        pending, self._pending = self._pending, []
        for sub, group in pending:
            self.start(sub, group)

    async def opened(self, sub_id: str) -> None:
        """Until the subscription's group exists (raises if the backend is down)."""
        found = self._opened.get(sub_id)
        if found is not None:
            await asyncio.shield(found)

    def stop(self, sub_id: str) -> None:
        """Stop the subscription's readers (its own group is destroyed)."""
        self._opened.pop(sub_id, None)
        self._feeds.pop(sub_id, None)
        task = self._tasks.pop(sub_id, None)
        if task is not None:
            task.cancel()
            self._stopping.add(task)  # close() waits for it to let its connection go
            task.add_done_callback(self._stopping.discard)

    async def _run(
        self, sub: Subscription, group: str, owned: bool, opened: asyncio.Future[None]
    ) -> None:
        try:
            await _retrying(lambda: self.backend.open_subscription(group), opened)
            # a task group, not gather: cancelled, gather returns when its first reader
            # has stopped, and the other could still be closing its connection
            async with asyncio.TaskGroup() as readers:
                readers.create_task(self._durable(sub, group))
                if self.ephemeral:  # open once its pub/sub channels are subscribed too
                    readers.create_task(self._ephemeral(sub, opened))
                elif not opened.done():
                    opened.set_result(None)
        finally:
            if not opened.done():
                opened.cancel()
            if owned:
                with contextlib.suppress(BackendUnavailableError):
                    await self.backend.close_subscription(group)

    async def _durable(self, sub: Subscription, group: str) -> None:
        consumer = f"{self.node}-{sub.id}"

        async def deliver(got: BusEvent) -> None:
            event = _event(got)
            self._handled(sub, event)
            if await self.bus.handle(sub, event):
                with contextlib.suppress(BackendUnavailableError):  # redelivered later
                    await self.backend.ack_event(group, got.id)

        def feed() -> AsyncGenerator[BusEvent, None]:
            return self.backend.subscribe(sub.pattern, group=group, consumer=consumer)

        await _forever(feed, deliver)

    async def _ephemeral(self, sub: Subscription, opened: asyncio.Future[None]) -> None:
        """Live-only events; ``opened`` resolves once the feed gets every later one (an
        ephemeral event published before that point is lost: nothing stores it)."""

        async def deliver(got: BusEvent) -> None:
            event = _event(got)
            self._handled(sub, event)
            await self.bus.handle(sub, event)

        def listening() -> None:
            if not opened.done():
                opened.set_result(None)

        def feed() -> AsyncGenerator[BusEvent, None]:
            return self.backend.subscribe(sub.pattern, ephemeral=True, on_listening=listening)

        await _forever(feed, deliver, first=opened)

    # -- the live mirror behind ``EventBus.events`` -------------------------------------
    def _mirror(
        self, observer: abc.ObserverBase[Event], scheduler: abc.SchedulerBase | None = None
    ) -> abc.DisposableBase:
        async def push(got: BusEvent) -> None:
            observer.on_next(_event(got))

        tasks = [asyncio.ensure_future(_forever(lambda: self.backend.subscribe("*"), push))]
        if self.ephemeral:
            live = _forever(lambda: self.backend.subscribe("*", ephemeral=True), push)
            tasks.append(asyncio.ensure_future(live))

        def dispose() -> None:
            for task in tasks:
                task.cancel()

        return Disposable(dispose)

    async def close(self) -> None:
        """Stop every reader (shutdown), and wait for those stopped before to finish
        closing their feeds; owned groups are destroyed."""
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, *self._stopping, return_exceptions=True)


async def _retrying(call: Callable[[], Awaitable[None]], first: asyncio.Future[None]) -> None:
    """``call()`` until it succeeds; the first failure is reported through ``first``."""
    while True:
        try:
            await call()
        except BackendUnavailableError as error:
            if not first.done():
                first.set_exception(error)
                first.exception()  # retrieved: the waiter may be gone
            await asyncio.sleep(RETRY_DELAY)
            continue
        return


async def _forever(
    feed: Callable[[], AsyncGenerator[BusEvent, None]],
    each: Callable[[BusEvent], Awaitable[None]],
    first: asyncio.Future[None] | None = None,
) -> None:
    """Run ``each`` for every event of ``feed()``, reopening it after outages; the first
    outage before ``first`` resolved is reported through it."""
    while True:
        try:
            async with aclosing(feed()) as events:
                async for got in events:
                    await each(got)
            return
        except BackendUnavailableError as error:
            if first is not None and not first.done():
                first.set_exception(error)
                first.exception()  # retrieved: the waiter may be gone
            await asyncio.sleep(RETRY_DELAY)
        except Exception:
            log.exception("event feed failed; reopening")
            await asyncio.sleep(RETRY_DELAY)
