"""RedisBackend: streams, events, machines, cache, flow store and limits in one Redis.

Several captionflow instances pointed at the same Redis (and ``prefix``) share all
of it. Every key starts with ``prefix`` (default ``captionflow:``)::

    <p>stream:<name>            Redis stream (XADD MAXLEN ~), groups = ?group= consumers
    <p>stream:<name>:dead       dead letters (delivered more than max_deliveries times)
    <p>events                   durable events; one consumer group per subscription
    <p>ev:<type>                pub/sub channel of an ephemeral event type
    <p>machine:<name>[:history] state machine (hash) and its history (list)
    <p>cache:<key>              TTL cache;  <p>flows: flow definitions;  <p>limits...: limits

While Redis is unreachable every call fails fast with BackendUnavailableError and
the connection comes back by itself (see ``RedisConnection``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncGenerator, Collection
from contextlib import aclosing
from typing import Any

from operators import BackoffPolicy, OverflowPolicy

from ._base import BusEvent, EntryId
from ._codec import dumps, loads
from ._connection import DEFAULT_RECONNECT, RedisConnection
from ._events import EphemeralTypes, event_payload, stream_event_feed, to_event
from ._limiter import Limiter, Strategy
from ._redis_entries import ConsumerOptions
from ._redis_stores import RedisCache, RedisFlowStore, RedisMachineStore
from ._redis_stream import RedisStream

__all__ = ["RedisBackend"]


class RedisBackend:
    """The Redis Backend; see the module docstring.

    Args:
        url: ``redis://host:port/db``.
        prefix: namespace of every key (instances that share it share everything).
        consumer: default options of stream and event consumers (claims, dead letters).
        ephemeral_types: event-type globs published over pub/sub instead of the stream.
        event_maxlen: approximate bound of the durable event stream.
        reconnect: backoff between reconnect attempts.
        limiter: ``moving-window`` or ``fixed-window``.
    """

    kind = "redis"

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "captionflow:",
        consumer: ConsumerOptions | None = None,
        ephemeral_types: Collection[str] = (),
        event_maxlen: int = 100_000,
        reconnect: BackoffPolicy = DEFAULT_RECONNECT,
        limiter: Strategy = "moving-window",
    ) -> None:
        self.prefix = prefix
        self.options = consumer or ConsumerOptions()
        self.conn = RedisConnection(url, reconnect=reconnect)
        self.machines = RedisMachineStore(self.conn, prefix)
        self.cache = RedisCache(self.conn, prefix)
        self.flows = RedisFlowStore(self.conn, prefix)
        self.limiter = Limiter.redis(self.conn, prefix, limiter)
        self.ephemeral = EphemeralTypes(ephemeral_types)
        self.event_stream = RedisStream(
            self.conn,
            f"{prefix}events",
            "events",
            max_buffer_size=event_maxlen,
            # a new subscription starts with the events published after it
            options=dataclasses.replace(self.options, group_start="$"),
        )

    def stream_key(self, name: str) -> str:
        """The Redis key of stream ``name``."""
        return f"{self.prefix}stream:{name}"

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
        options: ConsumerOptions | None = None,
    ) -> RedisStream:
        """A handle on the shared Redis stream ``name`` (created by its first XADD).

        The in-process tuning (backpressure, produce timeout) does not apply: a Redis
        stream never blocks a producer, it trims its oldest entries (``MAXLEN ~``).
        """
        return RedisStream(
            self.conn,
            self.stream_key(name),
            name,
            max_buffer_size=max_buffer_size,
            overflow=overflow,
            compression=compression,
            replay_size=replay_size,
            options=options or self.options,
        )

    async def publish(self, event_type: str, data: Any = None) -> EntryId:
        """Durable: ``XADD`` to the event stream (returns the entry id); ephemeral: PUBLISH.

        For an ephemeral type the result is how many subscribers got it.
        """
        payload = event_payload(event_type, data)
        if event_type in self.ephemeral:
            raw = dumps(payload, what=f"event '{event_type}'")
            async with self.conn.guard() as redis:
                return int(await redis.publish(f"{self.prefix}ev:{event_type}", raw))
        return await self.event_stream.add(payload)

    async def subscribe(
        self,
        pattern: str = "*",
        *,
        group: str | None = None,
        consumer: str | None = None,
        ephemeral: bool = False,
    ) -> AsyncGenerator[BusEvent, None]:
        """Durable events matching ``pattern`` (group: at-least-once, ack with
        :meth:`ack_event`), or ephemeral ones over pub/sub (live only)."""
        if not ephemeral:
            feed = stream_event_feed(self.event_stream, pattern, group, consumer)
            async with aclosing(feed):
                async for event in feed:
                    yield event
            return
        if not self.conn.ready:
            raise self.conn.unavailable()
        pubsub = self.conn.client.pubsub()
        try:
            async with self.conn.guard():
                await pubsub.psubscribe(f"{self.prefix}ev:{pattern}")
            while True:
                async with self.conn.guard():
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                if message is not None:
                    yield to_event(loads(message["data"]), 0)
        finally:
            await pubsub.aclose()

    async def ack_event(self, group: str, event_id: EntryId) -> None:
        """The subscription ``group`` is done with the event."""
        await self.event_stream.ack(group, event_id)

    def is_ephemeral(self, event_type: str) -> bool:
        """Whether ``event_type`` is published over pub/sub (not stored)."""
        return event_type in self.ephemeral

    async def open_subscription(self, group: str) -> None:
        """The subscription's consumer group, created at the stream's end (new events)."""
        await self.event_stream.create_group(group, "$")

    async def close_subscription(self, group: str) -> None:
        """Destroy the subscription's consumer group."""
        await self.event_stream.destroy_group(group)

    async def hit(self, key: str, rate: str) -> bool:
        """One hit against ``rate``, counted in Redis for every instance."""
        return await self.limiter.hit(key, rate)

    async def health(self) -> dict[str, Any]:
        """``{"ready": bool, ...}`` (a PING; never raises)."""
        return await self.conn.health()

    async def close(self) -> None:
        """Local consumers end; the connection pool closes."""
        self.event_stream.close()
        await self.conn.close()
