"""RedisBackend: streams, events, machines, processors, cache, flow store and limits
in Redis.

Several captionflow instances pointed at the same Redis — one server, or a Redis
Cluster (``redis+cluster://host:port,...``) — and the same ``prefix`` share all of it.
The same code serves both: the connection (``RedisConnection``) picks the client, and
every key carries the hash tag that keeps what one command touches in one cluster
slot (the layout is in ``_redis_keys``)::

    <p>{stream:<name>}[:dead]     Redis stream (XADD MAXLEN ~), groups = ?group= consumers
    <p>{events}[:dead]            durable events; one consumer group per subscription
    <p>{machine:<name>}[:history] state machine (hash) and its history (list)
    <p>{processor:<name>}[:lease|:epoch]  processor checkpoint (hash), lease, fencing epoch
    <p>cache:<key>  <p>flows  <p>limits:...    TTL cache, flow definitions, limits
    <p>ev:<glob>                  pub/sub channel of the ephemeral types matching <glob>

Ephemeral events use sharded pub/sub (``SPUBLISH``/``SSUBSCRIBE``) on Redis 7 and
later — on a cluster each channel lives on the node of its slot instead of being
broadcast to every node — and plain ``PUBLISH``/``SUBSCRIBE`` before 7.

While Redis is unreachable every call fails fast with BackendUnavailableError and
the connection comes back by itself (see ``RedisConnection``).
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncGenerator, Callable, Collection
from contextlib import aclosing
from typing import Any

from flows._errors import FlowConfigError
from operators import BackoffPolicy, OverflowPolicy

from ._base import ONCE_TTL, BusEvent, EntryId
from ._budget import MemoryBudget
from ._codec import dumps, loads
from ._connection import DEFAULT_RECONNECT, RedisConnection
from ._events import (
    EphemeralTypes,
    compile_pattern,
    event_payload,
    stream_event_feed,
    to_event,
)
from ._limiter import Limiter, Strategy
from ._redis_entries import ConsumerOptions
from ._redis_keys import KeyLayout
from ._redis_processors import RedisProcessorStore
from ._redis_stores import RedisCache, RedisFlowStore, RedisMachineStore
from ._redis_stream import RedisStream

__all__ = ["RedisBackend"]


class RedisBackend:
    """The Redis Backend; see the module docstring.

    Args:
        url: ``redis://host:port/db``, or ``redis+cluster://host:port[,host:port...]``.
        prefix: namespace of every key (instances that share it share everything);
            no ``{`` or ``}`` (keys carry their own hash tags).
        consumer: default options of stream and event consumers (claims, dead letters).
        ephemeral_types: event-type globs published over pub/sub instead of the stream.
        event_maxlen: approximate bound of the durable event stream.
        reconnect: backoff between reconnect attempts (and a cluster's retries).
        limiter: ``moving-window`` or ``fixed-window``.
        reconfigure_window: seconds a cluster call retries a reconfiguration
            (failover, migration) before it fails as an outage.
        wait_replicas: on a cluster, replicas a produce or transition waits for
            (``WAIT``) before it is done; 0: do not wait.
        wait_timeout_ms: the longest such a wait.
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
        reconfigure_window: float = 3.0,
        wait_replicas: int = 1,
        wait_timeout_ms: int = 100,
    ) -> None:
        self.prefix = prefix
        self.keys = KeyLayout(prefix)
        self.options = consumer or ConsumerOptions()
        self.conn = RedisConnection(
            url,
            reconnect=reconnect,
            reconfigure_window=reconfigure_window,
            wait_replicas=wait_replicas,
            wait_timeout_ms=wait_timeout_ms,
        )
        self._check_block(self.options)
        self.machines = RedisMachineStore(self.conn, self.keys)
        self.cache = RedisCache(self.conn, self.keys)
        self.flows = RedisFlowStore(self.conn, self.keys)
        self.processors = RedisProcessorStore(self.conn, self.keys)
        self.limiter = Limiter.redis(self.conn, self.keys.limits, limiter)
        self.ephemeral = EphemeralTypes(ephemeral_types)
        self.event_stream = RedisStream(
            self.conn,
            self.keys.events,
            "events",
            max_buffer_size=event_maxlen,
            # a new subscription starts with the events published after it
            options=dataclasses.replace(self.options, group_start="$"),
        )

    def _check_block(self, options: ConsumerOptions) -> None:
        """A blocking read must end before the connection's reply timeout, or every
        idle read looks like an outage (and the reader never gets anywhere)."""
        limit_ms = self.conn.socket_timeout * 1000
        if options.block_ms >= limit_ms * 0.8:
            msg = (
                f"ConsumerOptions.block_ms={options.block_ms} must be under 80 % of the "
                f"Redis connection's socket_timeout ({self.conn.socket_timeout:g} s): "
                "a read blocked that long is taken for an outage"
            )
            raise FlowConfigError(msg)

    @property
    def cluster(self) -> bool:
        """Whether this backend runs on a Redis Cluster."""
        return self.conn.cluster

    def stream_key(self, name: str) -> str:
        """The Redis key of stream ``name``."""
        return self.keys.stream(name)

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
        options: ConsumerOptions | None = None,
    ) -> RedisStream:
        """A handle on the shared Redis stream ``name`` (created by its first XADD).

        The in-process tuning (backpressure, produce timeout, slow consumer timeout,
        byte budgets) does not apply: a Redis stream never blocks a producer, it trims
        its oldest entries (``MAXLEN ~``), so no consumer is ever evicted, and its
        entries are held by Redis (bounded by MAXLEN and Redis's ``maxmemory``), not by
        this process.
        """
        if options is not None:
            self._check_block(options)
        return RedisStream(
            self.conn,
            self.stream_key(name),
            name,
            max_buffer_size=max_buffer_size,
            overflow=overflow,
            compression=compression,
            replay_size=replay_size,
            options=options or self.options,
            budget=budget,
        )

    async def publish(self, event_type: str, data: Any = None) -> EntryId:
        """Durable: ``XADD`` to the event stream (returns the entry id); ephemeral:
        ``SPUBLISH`` (or ``PUBLISH``) on the channel of the first glob it matches.

        For an ephemeral type the result is how many subscribers got it (on a
        cluster with sharded pub/sub: those on the channel's node).
        """
        payload = event_payload(event_type, data)
        glob = self.ephemeral.glob_of(event_type)
        if glob is not None:
            raw = dumps(payload, what=f"event '{event_type}'")
            command = "SPUBLISH" if await self._sharded() else "PUBLISH"
            async with self.conn.guard() as redis:
                return int(await redis.execute_command(command, self.keys.channel(glob), raw))
        return await self.event_stream.add(payload)

    async def publish_once(
        self, event_type: str, data: Any, key: str, ttl: float = ONCE_TTL
    ) -> bool:
        """:meth:`publish` unless ``key`` was published in the last ``ttl`` seconds.

        Durable: ``SET NX PX`` of the key beside the event stream and the ``XADD`` in
        one script (``RedisStream.produce_once``). Ephemeral: the ``SET NX`` first, then
        the publish — live-only types promise no delivery, and a crash in between
        loses the event rather than sending it twice.
        """
        glob = self.ephemeral.glob_of(event_type)
        if glob is None:
            return await self.event_stream.produce_once(event_payload(event_type, data), key, ttl)
        once = KeyLayout.once(self.keys.channel(glob), key)
        async with self.conn.guard() as redis:
            taken = await redis.set(once, b"1", px=max(1, int(ttl * 1000)), nx=True)
        if not taken:
            return False
        await self.publish(event_type, data)
        return True

    async def _sharded(self) -> bool:
        """Sharded pub/sub: Redis 7 and later."""
        return await self.conn.server_version() >= (7,)

    async def subscribe(
        self,
        pattern: str = "*",
        *,
        group: str | None = None,
        consumer: str | None = None,
        ephemeral: bool = False,
        on_listening: Callable[[], None] | None = None,
    ) -> AsyncGenerator[BusEvent, None]:
        """Durable events matching ``pattern`` (group: at-least-once, ack with
        :meth:`ack_event`), or ephemeral ones over pub/sub (live only; ``on_listening``
        is called once every channel is subscribed: the feed gets what is published
        from then on).

        An ephemeral subscription listens on the channel of every ephemeral glob (sharded
        pub/sub has no pattern subscriptions) and keeps the types matching ``pattern``.
        """
        if not ephemeral:
            feed = stream_event_feed(self.event_stream, pattern, group, consumer)
            async with aclosing(feed):
                async for event in feed:
                    yield event
            return
        channels = [self.keys.channel(glob) for glob in self.ephemeral.patterns]
        if not channels:  # no type is ephemeral: nothing will ever come
            if on_listening is not None:
                on_listening()
            await asyncio.Future()
        matches = compile_pattern(pattern)
        sharded = await self._sharded()
        if not self.conn.ready:
            raise self.conn.unavailable()
        pubsub = self.conn.client.pubsub()
        try:
            async with self.conn.guard():
                for channel in channels:  # one by one: channels of one SSUBSCRIBE share a slot
                    if sharded:
                        await pubsub.ssubscribe(channel)
                    else:
                        await pubsub.subscribe(channel)
            if on_listening is not None:
                on_listening()
            while True:
                async with self.conn.guard():
                    if sharded and self.conn.cluster:
                        message = await pubsub.get_sharded_message(
                            ignore_subscribe_messages=True, timeout=1.0
                        )
                    else:
                        message = await pubsub.get_message(
                            ignore_subscribe_messages=True, timeout=1.0
                        )
                if message is not None:
                    event = to_event(loads(message["data"]), 0)
                    if matches(event.type):
                        yield event
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
