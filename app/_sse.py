"""Server-sent event feeds: one bounded queue per client, coalesced writes, eviction.

Every SSE connection is an :class:`SseClient`. A *pump* task moves events from a
source (a stream's entries, an observable) into the client's BoundedBuffer; the
handler's task drains everything queued and writes it as **one** chunk, under a
send timeout. A client that stops reading is evicted when either the write or the
queue stays stuck for ``send_timeout``: its queue is closed and drained, its pump
cancelled (which detaches it from the stream) and its transport aborted.

A client that goes away is detached at once, before it can take items from a
consumer group: the server cancels the handler on disconnect
(``handler_cancellation=True``, see ``app.__main__``), and, under a runner that does
not, the failed ping (every ``ping_seconds``) ends the connection's watcher.

:class:`SseHub` tracks live clients (for metrics and graceful shutdown: each gets a
final ``event: shutdown`` and the hub waits for them, then aborts stragglers).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp_sse import EventSourceResponse

from operators import BoundedBuffer, BufferOverflowError

__all__ = ["Frame", "Pump", "SseClient", "SseHub", "SseOptions", "serve_feed"]

log = logging.getLogger("captionflow.sse")
_SEP = "\r\n"


@dataclass(frozen=True, slots=True)
class Frame:
    """One SSE message; ``data`` may span lines (each becomes a ``data:`` line)."""

    data: str | None = None
    id: str | None = None
    event: str | None = None
    retry: int | None = None
    wire: bytes = field(default=b"", compare=False, repr=False)

    @classmethod
    def shared(cls, data: str, id: str | None = None) -> Frame:
        """A frame encoded once, to be queued for many clients (stream fan-out)."""
        frame = cls(data, id)
        return cls(data, id, wire=frame.encode().encode())

    def to_bytes(self) -> bytes:
        """The wire form as bytes (precomputed for shared frames)."""
        return self.wire or self.encode().encode()

    def encode(self) -> str:
        """The wire form, ending in a blank line."""
        out = []
        if self.id is not None:
            out.append(f"id: {self.id}{_SEP}")
        if self.event is not None:
            out.append(f"event: {self.event}{_SEP}")
        if self.data is not None:
            out.extend(f"data: {line}{_SEP}" for line in self.data.splitlines() or [""])
        if self.retry is not None:
            out.append(f"retry: {self.retry}{_SEP}")
        out.append(_SEP)
        return "".join(out)


@dataclass(frozen=True, slots=True)
class SseOptions:
    """Per-connection limits: queue size, send timeout, ping interval."""

    queue_size: int
    send_timeout: float
    ping_seconds: float


class SseClient:
    """One live SSE connection with its bounded queue."""

    def __init__(
        self,
        request: web.Request,
        response: EventSourceResponse,
        feed: str,
        queue_size: int,
        send_timeout: float,
        key: str | None = None,
    ) -> None:
        self.transport = request.transport
        self.response = response
        self.feed = feed
        self.key = key
        self.send_timeout = send_timeout
        self.queue: BoundedBuffer[Frame] = BoundedBuffer(queue_size, "block", name=f"sse/{feed}")
        self.sent = 0
        self.writes = 0
        self.evicted: str | None = None
        self.gone = False
        self.final: Frame | None = None
        self.done = asyncio.Event()
        self._stopped = asyncio.Event()
        # called with each batch once written (a consumer group acknowledges it then)
        self.on_written: Callable[[list[Frame]], Awaitable[None]] | None = None

    async def stopped(self) -> None:
        """Wait until the client is finishing or evicted (for observable pumps)."""
        await self._stopped.wait()

    def push(self, frame: Frame) -> bool:
        """Queue without waiting (observable sources); a full queue evicts the client."""
        if self.queue.closed:
            return False
        if not self.queue.offer(frame):
            self.evict(f"queue full ({self.queue.max_size} events)")
            return False
        return True

    async def put_many(self, frames: list[Frame]) -> bool:
        """Queue a batch in order, waiting (as :meth:`put`) only when the queue is full."""
        queue = self.queue
        if queue.offer_all(frames):
            return True
        for frame in frames:
            if not queue.offer(frame) and not await self.put(frame):
                return False
        return True

    async def put(self, frame: Frame) -> bool:
        """Queue, waiting up to ``send_timeout`` for room (stream sources)."""
        try:
            return await self.queue.put(frame, self.send_timeout)
        except BufferOverflowError:
            self.evict(f"queue stayed full for {self.send_timeout:g}s")
            return False

    def finish(self, final: Frame | None = None) -> None:
        """No more events: write what is queued, then ``final``, then close."""
        if final is not None and self.final is None:
            self.final = final
        self.queue.close()
        self._stopped.set()

    def evict(self, reason: str) -> None:
        """Drop the client now: free its queue and abort its connection."""
        if self.evicted is not None:
            return
        self.evicted = reason
        self._stopped.set()
        log.info("evicting SSE client of %s: %s", self.feed, reason)
        self.queue.close()
        self.queue.drain()
        if self.transport is not None:
            self.transport.abort()

    def hang_up(self) -> None:
        """The peer went away: stop now and free the queue (not counted as an eviction)."""
        if self.gone or self.evicted is not None:
            return
        self.gone = True
        self._stopped.set()
        log.debug("SSE client of %s disconnected", self.feed)
        self.queue.close()
        self.queue.drain()

    async def _write(self, frames: list[Frame]) -> bool:
        payload = b"".join([f.to_bytes() for f in frames])
        try:
            async with asyncio.timeout(self.send_timeout):
                await self.response.write(payload)
        except TimeoutError:
            self.evict(f"a write took longer than {self.send_timeout:g}s")
            return False
        except (ConnectionError, RuntimeError):
            self.hang_up()
            return False
        self.writes += 1
        self.sent += sum(1 for f in frames if f.data is not None)
        if self.on_written is not None:
            try:
                # shielded: what was written is acknowledged even if the client leaves now
                await asyncio.shield(self.on_written(frames))
            except Exception as error:  # not acknowledged: redelivered later, never lost
                log.warning("after writing to an SSE client of %s: %s", self.feed, error)
        return True

    async def run(self, limit: int | None = None) -> None:
        """Write queued events until the source ends, ``limit`` events, or eviction."""
        while self.evicted is None and await self.queue.wait_nonempty():
            left = None if limit is None else limit - self.sent
            frames = self.queue.drain(left)
            if not await self._write(frames):
                return
            if limit is not None and self.sent >= limit:
                break
        if self.final is not None and self.evicted is None and not self.gone:
            await self._write([self.final])


Pump = Callable[[SseClient], Awaitable[None]]


class SseHub:
    """The live SSE clients of one app."""

    def __init__(self) -> None:
        self.clients: set[SseClient] = set()
        self.evicted = 0
        self.opened = 0

    def count(self, feed: str | None = None) -> int:
        """Live clients (of one feed kind, e.g. ``stream``)."""
        return sum(1 for c in self.clients if feed is None or c.feed == feed)

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
        waits = [asyncio.ensure_future(c.done.wait()) for c in clients]
        if waits:
            _, pending = await asyncio.wait(waits, timeout=grace)
            for fut in pending:
                fut.cancel()
        for client in clients:
            if not client.done.is_set():
                client.evict("shutdown grace period over")


async def serve_feed(
    request: web.Request,
    hub: SseHub,
    *,
    feed: str,
    pump: Pump,
    preamble: list[Frame],
    limit: int | None,
    options: SseOptions,
    key: str | None = None,
) -> web.StreamResponse:
    """Run one SSE connection: preamble frames, then what ``pump`` queues.

    ``key`` tags the connection so :meth:`SseHub.finish_key` can end it.
    """
    response = EventSourceResponse(
        send_timeout=options.send_timeout,
        ping_interval=options.ping_seconds,
        allow_all_methods=True,  # the routes choose the method (a batch is a POST)
    )
    await response.prepare(request)
    client = SseClient(request, response, feed, options.queue_size, options.send_timeout, key)
    hub.clients.add(client)
    hub.opened += 1
    for frame in preamble:
        client.push(frame)

    async def pump_then_finish() -> None:
        try:
            await pump(client)
        except Exception:
            log.exception("SSE source of %s failed", feed)
        finally:
            client.finish()

    async def watch_connection() -> None:
        # the ping task ends when a ping cannot be written: the peer is gone
        await response.wait()
        client.hang_up()

    task = asyncio.create_task(pump_then_finish())
    watcher = asyncio.create_task(watch_connection())
    try:
        await client.run(limit)
    finally:
        task.cancel()
        watcher.cancel()
        client.queue.close()
        client.queue.drain()
        hub.clients.discard(client)
        if client.evicted is not None:
            hub.evicted += 1
        client.done.set()
        response.stop_streaming()
        # gather: our own cancellation propagates, the pump's and pinger's do not
        await asyncio.gather(task, watcher, response.wait(), return_exceptions=True)
    return response
