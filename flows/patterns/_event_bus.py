"""EventBus: publish/subscribe with wildcard patterns, isolated concurrent handlers.

    bus.subscribe("caption_request", handle_caption_request)   # handler(data)
    bus.subscribe("caption.*", audit, with_event=True)          # handler(Event)
    delivered = await bus.publish("caption_request", {"content": "..."})
    await bus.publish_once("request_surge", data, key="surges:n:\"u1\"@60000")  # once per key

Handlers run concurrently; each is isolated: one that raises or exceeds its timeout
is logged and counted and never stops the others or the publisher. Every event is
also pushed through a Subject, so ``bus.events("caption.*")`` is an Observable (the
SSE feeds use it).

With a shared ``transport`` (the Redis backend; ``_event_delivery.RemoteDelivery``) publish
goes through the transport, each subscription reads its own durable consumer group
(so every instance's subscriptions see every instance's events; a handler that fails
leaves its event unacknowledged for redelivery) and ``events()`` mirrors the
transport's live events.

Bytes are bounded (``flows.backends.MemoryBudget``): an event whose data is larger
than ``max_item_bytes`` is refused (:class:`~flows.ItemTooLargeError`); in memory,
the replay window keeps its newest ``replay_size`` events within ``replay_bytes``
(the oldest leave first: an event published to nobody is not kept beyond that), and
counts them in the process budget, which refuses a publish that would overrun it
(:class:`~flows.MemoryBudgetError`).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import logging
import time
from collections import deque
from typing import Any

from reactivex import Observable
from reactivex import operators as ops
from reactivex.subject import Subject

from .._errors import FlowConfigError
from ..backends import (
    ONCE_TTL,
    STREAM_MAX_BYTES,
    Backend,
    MemoryBudget,
    OnceKeys,
    Reservation,
    compile_pattern,
    item_size,
)
from ._event import Event, Handler, Subscription
from ._event_delivery import RemoteDelivery

__all__ = ["Event", "EventBus", "Subscription"]

log = logging.getLogger("captionflow.events")

_TYPE_CACHE_SIZE = 1024
REPLAY_SIZE = 1000
"""Published events kept in memory for SSE resumes (Last-Event-ID)."""


class EventBus:
    """See the module docstring."""

    def __init__(
        self,
        *,
        handler_timeout: float | None = 30.0,
        transport: Backend | None = None,
        replay_size: int = REPLAY_SIZE,
        replay_bytes: int = STREAM_MAX_BYTES,
        budget: MemoryBudget | None = None,
    ) -> None:
        self.handler_timeout = handler_timeout
        self.published = 0
        self.delivered = 0
        self.handler_errors = 0
        self.handler_timeouts = 0
        self._subs: dict[str, Subscription] = {}
        self._by_type: dict[str, list[Subscription]] = {}
        self._ids = itertools.count(1)
        self._subject: Subject[Event] = Subject()
        self._tasks: set[asyncio.Task[None]] = set()
        self._recent: deque[Event] = deque(maxlen=replay_size)  # in memory: for resumes
        self._recent_sizes: deque[int] = deque()  # bytes of each event in ``_recent``
        self.replay_held = 0
        """Bytes of the events in the replay window."""
        self.replay_bytes = replay_bytes
        self.budget = budget or MemoryBudget()
        self._once = OnceKeys()  # in memory: publish_once keys
        self.remote: RemoteDelivery | None = None
        if transport is not None:
            self.remote = RemoteDelivery(self, transport)

    def subscribe(
        self,
        pattern: str,
        handler: Handler,
        *,
        with_event: bool = False,
        timeout: float | None = None,
        group: str | None = None,
    ) -> Subscription:
        """Call ``handler`` for every event whose type matches ``pattern``.

        Args:
            pattern: an event type, or a glob such as ``caption.*`` or ``*``.
            handler: sync or async; gets the event's data (or the Event with
                ``with_event=True``).
            timeout: seconds a handler call may take; default the bus's.
            group: on a shared transport, the consumer group (subscriptions of one
                group share the events; default: a group of its own).
        """
        sub_id = f"sub-{next(self._ids)}"
        sub = Subscription(
            sub_id,
            pattern,
            handler,
            with_event,
            self.handler_timeout if timeout is None else timeout,
            matcher=compile_pattern(pattern),
        )
        self._subs[sub_id] = sub
        self._by_type.clear()
        if self.remote is not None:
            self.remote.start(sub, group)
        return sub

    async def subscribed(self, subscription: Subscription) -> None:
        """Wait until a subscription receives every later event (at once in memory).

        Raises:
            BackendUnavailableError: the shared transport is unreachable.
        """
        if self.remote is not None:
            await self.remote.opened(subscription.id)

    def unsubscribe(self, subscription: Subscription | str) -> bool:
        """Remove a subscription (object or id); False if it was not there."""
        sub_id = subscription if isinstance(subscription, str) else subscription.id
        removed = self._subs.pop(sub_id, None) is not None
        self._by_type.clear()
        if self.remote is not None:
            self.remote.stop(sub_id)
        return removed

    @property
    def subscriptions(self) -> list[Subscription]:
        """Current subscriptions in creation order."""
        return list(self._subs.values())

    def _matching(self, event_type: str) -> list[Subscription]:
        subs = self._by_type.get(event_type)
        if subs is None:
            subs = [s for s in self._subs.values() if s.matcher(event_type)]
            if len(self._by_type) >= _TYPE_CACHE_SIZE:
                self._by_type.clear()  # event types come from clients: keep the cache bounded
            self._by_type[event_type] = subs
        return subs

    def events(self, pattern: str = "*") -> Observable[Event]:
        """Hot observable of published events matching ``pattern``."""
        matcher = compile_pattern(pattern)

        def matches(event: Event) -> bool:
            return bool(matcher(event.type))

        source = self._subject if self.remote is None else self.remote.mirror
        return source.pipe(ops.filter(matches))

    def feed(self, subscription: Subscription) -> Observable[Event]:
        """Hot observable of the events ``subscription`` receives (its SSE feeds)."""
        if self.remote is not None:
            return self.remote.feed(subscription.id)
        return self.events(subscription.pattern)

    def replay(self, subscription: Subscription, after: int) -> tuple[list[Event], int | None]:
        """In memory: the events ``subscription`` matched after id ``after``, from the
        last :data:`REPLAY_SIZE` published (a reconnecting SSE client's Last-Event-ID).

        Returns:
            The events, and the id of the oldest event kept when older ones after
            ``after`` are gone (a reset), else None.

        Raises:
            FlowConfigError: ``after`` is ahead of the last published id.
        """
        if after > self.published:
            msg = (
                f"event id {after} is ahead of the last published event ({self.published}); "
                "resume from an id the feed sent"
            )
            raise FlowConfigError(msg)
        recent = self._recent
        oldest = recent[0].id if recent else self.published + 1
        reset = oldest if isinstance(oldest, int) and after + 1 < oldest else None
        matcher = subscription.matcher
        missed = [e for e in recent if isinstance(e.id, int) and e.id > after and matcher(e.type)]
        return missed, reset

    async def publish(self, event_type: str, data: Any = None, *, wait: bool = True) -> int:
        """Deliver an event to every matching handler.

        Args:
            wait: True waits until every handler finished (or failed/timed out);
                False returns once each handler has started.

        Returns:
            How many handlers the event was delivered to (on a shared transport: how
            many subscriptions of this instance match; delivery is asynchronous).
        """
        size = item_size(data)
        self.budget.check_item(size, f"event '{event_type}': data", "data")
        if self.remote is not None:
            await self.remote.publish(event_type, data)
            self.published += 1
            return len(self._matching(event_type))
        with self.budget.admit(size) as held:
            event = Event(event_type, data, self.published + 1, time.time())
            self.published += 1
            subs = self._matching(event_type)
            pending: list[asyncio.Task[None]] = []
            for sub in subs:
                task = self._deliver(sub, event)
                if task is not None:
                    pending.append(task)
            self.delivered += len(subs)
            self._remember(event, size, held)
        if self._subject.observers:
            self._subject.on_next(event)
        if wait and pending:
            await asyncio.gather(*pending)
        return len(subs)

    def _remember(self, event: Event, size: int, held: Reservation) -> None:
        """Keep ``event`` in the replay window (see the module docstring)."""
        recent, sizes = self._recent, self._recent_sizes
        if len(recent) == recent.maxlen:
            self._forget(sizes.popleft())
        recent.append(event)
        sizes.append(size)
        self.replay_held += size
        held.take(size)  # released by ``_forget``
        while len(recent) > 1 and self.replay_held > self.replay_bytes:
            recent.popleft()
            self._forget(sizes.popleft())

    def _forget(self, size: int) -> None:
        self.replay_held -= size
        self.budget.release(size)

    async def publish_once(
        self, event_type: str, data: Any, key: str, *, ttl: float = ONCE_TTL, wait: bool = True
    ) -> bool:
        """:meth:`publish`, unless an event with ``key`` was published in the last
        ``ttl`` seconds (a processor's window result formed again after a takeover):
        whether this call published it. On a shared transport the key is checked
        there, atomically with the publish (``Backend.publish_once``), so it holds
        across instances; in memory, in this bus."""
        if self.remote is not None:
            if not await self.remote.publish_once(event_type, data, key, ttl):
                return False
            self.published += 1
            return True
        if not self._once.take(key, ttl):
            return False
        try:
            await self.publish(event_type, data, wait=wait)
        except BaseException:
            self._once.give_back(key)
            raise
        return True

    def _deliver(self, sub: Subscription, event: Event) -> asyncio.Task[None] | None:
        """Run a plain handler inline; an ``async def`` one in a task of its own, so the
        handler is isolated from the publisher and from the other handlers."""
        sub.delivered += 1
        arg = event if sub.with_event else event.data
        if inspect.iscoroutinefunction(sub.handler):
            task = asyncio.ensure_future(self._guard(sub, event, arg))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return task
        try:
            result = sub.handler(arg)
        except Exception as error:
            self._failed(sub, event, error)
            return None
        if inspect.isawaitable(result):  # a plain function that returned an awaitable
            task = asyncio.ensure_future(self._guard(sub, event, arg, result))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return task
        return None

    async def _guard(self, sub: Subscription, event: Event, arg: Any, pending: Any = None) -> None:
        """Run (or await) one handler call in this task, within the handler timeout."""
        try:
            async with asyncio.timeout(sub.timeout):
                await (sub.handler(arg) if pending is None else pending)
        except TimeoutError:
            sub.timeouts += 1
            self.handler_timeouts += 1
            log.warning(
                "event handler %s for %r timed out after %ss", sub.id, event.type, sub.timeout
            )
        except Exception as error:
            self._failed(sub, event, error)

    async def handle(self, sub: Subscription, event: Event) -> bool:
        """Run ``sub``'s handler for one transported event; True if it succeeded in time."""
        sub.delivered += 1
        self.delivered += 1
        try:
            async with asyncio.timeout(sub.timeout):
                result = sub.handler(event if sub.with_event else event.data)
                if inspect.isawaitable(result):
                    await result
        except TimeoutError:
            sub.timeouts += 1
            self.handler_timeouts += 1
            log.warning("event handler %s for %r timed out", sub.id, event.type)
            return False
        except Exception as error:
            self._failed(sub, event, error)
            return False
        return True

    def _failed(self, sub: Subscription, event: Event, error: Exception) -> None:
        sub.errors += 1
        self.handler_errors += 1
        log.warning(
            "event handler %s for %r failed: %s: %s",
            sub.id,
            event.type,
            type(error).__name__,
            error,
        )

    def stats(self) -> dict[str, Any]:
        """Counters for /flows and metrics."""
        return {
            "published": self.published,
            "delivered": self.delivered,
            "handler_errors": self.handler_errors,
            "handler_timeouts": self.handler_timeouts,
            "subscriptions": len(self._subs),
        }

    async def drain(self) -> None:
        """Wait for handlers still running (used on shutdown); stop transport readers."""
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self.remote is not None:
            await self.remote.close()
