"""Server-sent event feeds: one bounded buffer per client, coalesced writes, eviction.

Every SSE connection is an :class:`SseClient`. Its task (the request's handler)
writes everything its :class:`Source` has ready as **one** chunk, then waits for
more. There are two kinds of source:

* a stream consumer (``app.sse._stream_feed.StreamSource``, in memory and on Redis,
  broadcast and groups): the writer drains the stream's reader directly (in memory
  the stream stores each batch straight into the consumer's buffer), so a batch costs
  one task wake-up per client, and is encoded once for all clients;
* a :class:`QueueSource`: the client's own bounded queue, filled by a *pump* task
  (observables, event subscriptions, caption batches, metrics).

A client that stops reading is evicted by its hub's watchdog (one timer for all
clients, every ``send_timeout / 10``) when a write to it has been pending, or its
buffer has stayed full, for ``send_timeout`` (at the first check past
``0.9 * send_timeout``, so always within it); a pump that cannot queue for
``send_timeout`` evicts it too. Eviction closes and drains its queue, detaches its
source (freeing its buffer) and aborts its transport.

A client that goes away is detached at once, before it can take items from a
consumer group: the server cancels the handler on disconnect
(``handler_cancellation=True``, see ``app._serve.runner_for``), and, under a runner
that does not, the hub's watchdog hangs it up at its next pass once aiohttp-sse's
pings (every ``ping_seconds``) find it gone (``EventSourceResponse.is_connected``).

A client is in one :class:`ClientState` at a time: live, finishing (what is ready,
then a final frame), evicted (with a reason) or gone.

``app.sse._hub.SseHub`` tracks live clients (for metrics and graceful shutdown: each
gets a final ``event: shutdown`` and the hub waits for them, then aborts stragglers).
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from aiohttp_sse import EventSourceResponse

from operators import BoundedBuffer, BufferOverflowError

from ._hub import SseHub
from ._wire import Batch, Frame, QueueSource, Source, batch_of

__all__ = ["ClientState", "Pump", "SseClient", "SseOptions", "serve_feed"]

log = logging.getLogger("captionflow.sse")
KERNEL_BACKSTOP = 1.5
"""The kernel's give-up time (TCP_USER_TIMEOUT) as a multiple of ``send_timeout``."""


@dataclass(frozen=True, slots=True)
class SseOptions:
    """Per-connection limits: queue size (events, and bytes of their data), send
    timeout, ping interval."""

    queue_size: int
    send_timeout: float
    ping_seconds: float
    queue_bytes: int | None = None


def _frame_size(frame: Frame) -> int:
    """What a queued frame holds: its data (the rest is a few bytes)."""
    return len(frame.data or "")


class ClientState(enum.Enum):
    """Where a client's writer is. It leaves ``LIVE`` once, for one of the others."""

    LIVE = "live"
    """Writing events as they come."""
    FINISHING = "finishing"
    """No more events: what is ready goes out, then the final frame, then the end."""
    EVICTED = "evicted"
    """Too slow (or the server is done waiting): dropped, its connection aborted."""
    GONE = "gone"
    """The peer went away."""


# module globals: the writer compares with them once per batch (no class lookup)
_LIVE = ClientState.LIVE
_FINISHING = ClientState.FINISHING


class SseClient:
    """One live SSE connection: its source, its writer's state, and how it ends."""

    # slots, not a __dict__ per client: with 1,000s of clients (and a writer task
    # each) the bytes add up against the fan-out's memory goal
    __slots__ = (
        "_clock",
        "_done",
        "_stopped",
        "_waiter",
        "feed",
        "final",
        "full_since",
        "is_done",
        "key",
        "queue",
        "reason",
        "response",
        "send_timeout",
        "sent",
        "source",
        "state",
        "transport",
        "writes",
        "writing_since",
    )

    def __init__(
        self,
        request: web.Request,
        response: EventSourceResponse,
        feed: str,
        options: SseOptions,
        key: str | None = None,
        source: Source | None = None,
    ) -> None:
        """``source``: what the writer reads; without one, the client's own queue, filled
        by a pump with :meth:`push` / :meth:`put`."""
        self.transport = request.transport
        self.response = response
        self.feed = feed
        self.key = key
        self.send_timeout = options.send_timeout
        # state below is made only when needed: with 1,000s of clients, an idle
        # BoundedBuffer or asyncio.Event (each holds a deque of ~600 bytes) adds up
        self.queue: BoundedBuffer[Frame] | None = None
        if source is None:
            self.queue = BoundedBuffer(
                options.queue_size,
                "block",
                name=f"sse/{feed}",
                max_bytes=options.queue_bytes,
                weigh=_frame_size,
            )
            source = QueueSource(self.queue)
        self.source: Source = source
        self.sent = 0
        self.writes = 0
        self.state = ClientState.LIVE
        self.reason: str | None = None
        """Why it was evicted."""
        self.final: Frame | None = None
        self.is_done = False
        """The connection is over (the handler returned): the hub's concern, not the
        writer's."""
        self._done: asyncio.Event | None = None
        self._stopped: asyncio.Event | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._clock = asyncio.get_running_loop().time
        # for the watchdog: when the pending write began, since when the source is full
        self.writing_since: float | None = None
        self.full_since: float | None = None

    @property
    def evicted(self) -> str | None:
        """Why the client was evicted (None: it was not)."""
        return self.reason if self.state is ClientState.EVICTED else None

    @property
    def gone(self) -> bool:
        """The peer went away."""
        return self.state is ClientState.GONE

    @property
    def finishing(self) -> bool:
        """No more events will be queued."""
        return self.state is ClientState.FINISHING

    @property
    def stopping(self) -> bool:
        """No longer live (finishing, evicted or gone)."""
        return self.state is not ClientState.LIVE

    async def stopped(self) -> None:
        """Wait until the client is no longer live (for observable pumps)."""
        if self.stopping:
            return
        if self._stopped is None:
            self._stopped = asyncio.Event()
        await self._stopped.wait()

    def _become(self, state: ClientState) -> None:
        self.state = state
        if self._stopped is not None:
            self._stopped.set()

    def done_event(self) -> asyncio.Event:
        """An event set once the connection is over."""
        if self._done is None:
            self._done = asyncio.Event()
            if self.is_done:
                self._done.set()
        return self._done

    def mark_done(self) -> None:
        """The connection is over (its handler is returning)."""
        self.is_done = True
        if self._done is not None:
            self._done.set()

    def push(self, frame: Frame) -> bool:
        """Queue without waiting (observable sources); a full queue evicts the client."""
        queue = self.queue
        if queue is None or queue.closed:
            return False
        if not queue.offer(frame):
            held = f" or {queue.max_bytes} bytes" if queue.max_bytes else ""
            self.evict(f"queue full ({queue.max_size} events{held})")
            return False
        return True

    async def put(self, frame: Frame) -> bool:
        """Queue, waiting up to ``send_timeout`` for room (stream sources)."""
        if self.queue is None:
            return False
        try:
            return await self.queue.put(frame, self.send_timeout)
        except BufferOverflowError:
            self.evict(f"queue stayed full for {self.send_timeout:g}s")
            return False

    def free(self) -> None:
        """Close the queue (if any) and drop what it holds."""
        if self.queue is not None:
            self.queue.close()
            self.queue.drain()

    def _wake(self) -> None:
        fut = self._waiter
        if fut is not None and not fut.done():
            fut.set_result(None)
            self.source.forget(fut)  # done, but still held by the source: withdraw it

    def finish(self, final: Frame | None = None) -> None:
        """No more events: write what is ready, then ``final``, then close."""
        if final is not None and self.final is None:
            self.final = final
        if self.state is ClientState.LIVE:
            self._become(ClientState.FINISHING)
        if self.queue is not None:
            self.queue.close()
        self._wake()

    def evict(self, reason: str) -> None:
        """Drop the client now: free its queue and abort its connection."""
        if self.state is ClientState.EVICTED:
            return
        self.reason = reason
        self._become(ClientState.EVICTED)
        log.info("evicting SSE client of %s: %s", self.feed, reason)
        self.free()
        self._wake()
        if self.transport is not None:
            self.transport.abort()

    def hang_up(self) -> None:
        """The peer went away: stop now and free the queue (not counted as an eviction)."""
        if self.state in (ClientState.GONE, ClientState.EVICTED):
            return
        self._become(ClientState.GONE)
        log.debug("SSE client of %s disconnected", self.feed)
        self.free()
        self._wake()

    def connected(self) -> bool:
        """Whether the peer is still there, as aiohttp-sse's pings found it."""
        return self.response.is_connected()

    def stalled(self, now: float, grace: float) -> str | None:
        """Why the watchdog should evict this client now (None: it keeps up)."""
        since = self.writing_since
        if since is not None and now - since >= grace:
            return f"a write took longer than {self.send_timeout:g}s"
        since = self.full_since
        if since is not None and now - since >= grace:
            return f"its queue stayed full for {self.send_timeout:g}s"
        return None

    async def _write(self, batch: Batch) -> bool:
        self.writing_since = self._clock()
        try:
            await self.response.write(batch.payload)
        except (ConnectionError, RuntimeError) as error:  # gone, or aborted by an eviction
            if isinstance(error.__cause__, TimeoutError):
                # the kernel gave up on the peer before the watchdog did: aiohttp-sse sets
                # TCP_USER_TIMEOUT to the send timeout. A client too slow, not one that left
                self.evict(f"nothing was acknowledged for {self.send_timeout:g}s")
            else:
                self.hang_up()
            return False
        finally:
            self.writing_since = None
        self.writes += 1
        self.sent += batch.events
        if batch.acks:
            try:
                # shielded: what was written is acknowledged even if the client leaves now
                await asyncio.shield(self.source.written(batch.acks))
            except Exception as error:  # not acknowledged: redelivered later, never lost
                log.warning("after writing to an SSE client of %s: %s", self.feed, error)
        return True

    async def _flush(self, limit: int | None) -> bool:
        """Write what the source holds now (not what arrives meanwhile); False if the
        client is gone."""
        source = self.source
        budget = source.ready()
        while budget > 0 and self._writing():
            left = budget if limit is None else min(budget, limit - self.sent)
            if left <= 0:
                break
            before = source.ready()
            batch = source.take(left)
            if batch is None:
                break
            budget -= before - source.ready()
            if not await self._write(batch):
                return False
        return True

    async def run(self, preamble: list[Frame], limit: int | None = None) -> None:
        """Write ``preamble``, then batches until the source ends, ``limit`` events,
        :meth:`finish` or eviction."""
        if preamble and not await self._write(batch_of(preamble)):
            return
        source = self.source
        # bound once: a wake-up per batch per client, 1,000s of clients
        take, waiter = source.take, source.waiter
        while True:
            state = self.state
            if state is not _LIVE:
                if state is not _FINISHING:
                    return  # evicted or gone: nothing more is written
                # what is ready now, then the final frame
                if not await self._flush(limit):
                    return
                break
            left = None if limit is None else limit - self.sent
            if left is not None and left <= 0:
                break
            batch = take(left)
            if batch is not None:
                if batch.full:
                    if self.full_since is None:
                        self.full_since = self._clock()
                elif self.full_since is not None:
                    self.full_since = None
                if not await self._write(batch):
                    return
                if batch.shared:
                    await asyncio.sleep(0)  # the other members of the group take the next entries
                    continue
                if limit is not None and self.sent >= limit:
                    break
                if self.state is not _LIVE:
                    continue  # finished or evicted while it wrote: decided at the top
            # what was ready is written: wait now, unless more came meanwhile (asking
            # for a waiter first spares the take that would find nothing, once per wake-up)
            fut = waiter()
            if fut is None:
                if batch is None:
                    break  # nothing was ready and nothing will come: the source ended
                continue
            self.full_since = None  # caught up: whatever was full is written
            self._waiter = fut
            try:
                await fut
            except BaseException:
                source.forget(fut)  # one that completes is no longer held by the source
                raise
            finally:
                self._waiter = None
        if self.final is not None and self._writing():
            await self._write(batch_of([self.final]))

    def _writing(self) -> bool:
        """Whether the writer may still write (live, or finishing)."""
        return self.state is ClientState.LIVE or self.state is ClientState.FINISHING


Pump = Callable[[SseClient], Awaitable[None]]


async def serve_feed(
    request: web.Request,
    hub: SseHub[SseClient],
    *,
    feed: str,
    preamble: list[Frame],
    limit: int | None,
    options: SseOptions,
    pump: Pump | None = None,
    source: Callable[[], Source] | None = None,
    key: str | None = None,
) -> web.StreamResponse:
    """Run one SSE connection: ``preamble``, then the events of ``source`` (made once
    the response is prepared) or, without one, what ``pump`` queues.

    ``key`` tags the connection so :meth:`SseHub.finish_key` can end it.
    """
    # the source first: an error attaching it is still a problem response, before any
    # SSE header is sent
    made = None if source is None else source()
    response = EventSourceResponse(
        # aiohttp-sse sets TCP_USER_TIMEOUT from this: a backstop after the watchdog,
        # which evicts (and counts) a stalled client first
        send_timeout=options.send_timeout * KERNEL_BACKSTOP,
        ping_interval=options.ping_seconds,
        allow_all_methods=True,  # the routes choose the method (a batch is a POST)
    )
    try:
        await response.prepare(request)
    except BaseException:
        if made is not None:
            await made.close()
        raise
    client = SseClient(request, response, feed, options, key, made)
    hub.add(client)

    async def pump_then_finish(pump: Pump) -> None:
        try:
            await pump(client)
        except Exception:
            log.exception("SSE source of %s failed", feed)
        finally:
            client.finish()

    # a peer that went away: aiohttp-sse's pings stop (``is_connected()`` turns False)
    # and the hub's watchdog hangs the client up at its next pass, without a task per
    # client awaiting ``response.wait()``
    tasks: list[asyncio.Task[None]] = []
    if pump is not None:
        tasks.append(asyncio.create_task(pump_then_finish(pump)))
    # the writer runs in a task of its own: each wake-up (one per batch) resumes it
    # directly, not through the handler's chain of middlewares and route (a frame
    # each). Cancelling the handler (the peer left) cancels the writer it awaits.
    writer = asyncio.create_task(client.run(preamble, limit), name=f"sse writer ({feed})")
    try:
        await writer
    finally:
        writer.cancel()
        for task in tasks:
            task.cancel()
        client.free()
        closing = asyncio.ensure_future(client.source.close())  # awaited below
        hub.remove(client)
        client.mark_done()
        response.stop_streaming()
        # gather: our own cancellation propagates, the pump's, the pinger's and the
        # source's do not
        await asyncio.gather(closing, writer, *tasks, response.wait(), return_exceptions=True)
    return response
