"""What SSE writers send and read: frames, batches of encoded frames, and sources.

A :class:`Source` is what one client's writer reads (``app.sse._client.SseClient``):
it takes every event that is ready as one :class:`Batch` (one write), or hands out a
future to wait on. :class:`QueueSource` is the client's own bounded queue, filled
by a pump task; ``app.sse._stream_feed.StreamSource`` reads a stream consumer's
buffer directly.

A :class:`Frame`'s ``id`` and ``event`` are checked when it is made, as aiohttp-sse's
``send()`` checks them: a line break or NUL in either would end the field early and
let the rest be read as other fields (a forged ``data:`` or ``id:``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from flows.backends import EntryId
from operators import BoundedBuffer

__all__ = ["Batch", "Frame", "QueueSource", "Source", "batch_of"]

_SEP = "\r\n"
_BREAKS = re.compile(r"[\r\n\0]")


@dataclass(frozen=True, slots=True)
class Frame:
    """One SSE message; ``data`` may span lines (each becomes a ``data:`` line)."""

    data: str | None = None
    id: str | None = None
    event: str | None = None
    retry: int | None = None
    wire: bytes = field(default=b"", compare=False, repr=False)

    def __post_init__(self) -> None:
        """Refuse an ``id`` or ``event`` that would break the frame.

        Raises:
            ValueError: ``id`` or ``event`` holds CR, LF or NUL (as
                ``EventSourceResponse.send`` refuses it); ``retry`` is negative.
        """
        for name, value in (("id", self.id), ("event", self.event)):
            if value is not None and _BREAKS.search(value) is not None:
                msg = f"SSE {name} must not contain line separators or NUL, got {value[:40]!r}"
                raise ValueError(msg)
        if self.retry is not None and self.retry < 0:
            msg = f"SSE retry must not be negative, got {self.retry}"
            raise ValueError(msg)

    @classmethod
    def shared(cls, data: str, id: str | None = None) -> Frame:
        """A frame encoded once, to be queued for many clients (stream fan-out)."""
        frame = cls(data, id)  # checked here
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


class Batch(NamedTuple):
    """What a writer sends in one write."""

    payload: bytes
    events: int
    """Data events in it (what ``limit`` counts)."""
    full: bool = False
    """The source was full when this was taken (the client is falling behind)."""
    frames: list[Frame] | None = None
    """The frames, when someone acknowledges them once written (consumer groups)."""
    shared: bool = False
    """Taken from a buffer other clients read too: let them take a turn after writing."""
    acks: Sequence[EntryId] | None = None
    """Entry ids to acknowledge once written (``Source.written``: a Redis group's)."""


def batch_of(frames: list[Frame], full: bool = False) -> Batch:
    """``frames`` as one write."""
    payload = b"".join([f.to_bytes() for f in frames])
    return Batch(payload, sum(1 for f in frames if f.data is not None), full, frames)


class Source(Protocol):
    """What an SSE writer reads: batches that are ready, and a way to wait for more."""

    def take(self, max_events: int | None) -> Batch | None:
        """Up to ``max_events`` (None: what is ready) encoded events, or None if none."""

    def ready(self) -> int:
        """How many items :meth:`take` could return now (over several takes)."""

    def waiter(self) -> asyncio.Future[None] | None:
        """A future done when events arrive or the source ends; None when events are
        ready now (:meth:`take` them) or it ended. A future that completes is no longer
        held by the source (only one given up on needs :meth:`forget`)."""

    def forget(self, fut: asyncio.Future[None]) -> None:
        """Withdraw a :meth:`waiter` future no longer awaited."""

    async def written(self, acks: Sequence[EntryId]) -> None:
        """A batch with ``acks`` was written to the client: acknowledge its entries."""

    async def close(self) -> None:
        """The connection ended: detach and free what is buffered (returns once
        detached)."""


class QueueSource:
    """The client's own bounded queue of frames, filled by a pump task."""

    def __init__(self, queue: BoundedBuffer[Frame]) -> None:
        self.queue = queue

    def take(self, max_events: int | None) -> Batch | None:
        queue = self.queue
        if not len(queue):
            return None
        full = len(queue) >= queue.max_size
        return batch_of(queue.drain(max_events), full)

    def ready(self) -> int:
        return len(self.queue)

    def waiter(self) -> asyncio.Future[None] | None:
        return self.queue.waiter()

    def forget(self, fut: asyncio.Future[None]) -> None:
        self.queue.forget(fut)

    async def written(self, acks: Sequence[EntryId]) -> None:
        """Never called: a queue's batches carry no acks."""

    async def close(self) -> None:
        self.queue.close()
        self.queue.drain()
