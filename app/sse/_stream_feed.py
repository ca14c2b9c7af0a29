"""A stream's entries as SSE: frames encoded once per stream, shared by every client.

An in-memory stream's broadcast consumers read their own buffer directly
(:class:`StreamSource`, one hop). Consumer groups and Redis streams are pumped
into the client's queue by :func:`pump_stream`.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from contextlib import aclosing
from typing import Any

from flows import Entry, SlowConsumerError, Stream
from flows.backends import EntryId, StreamLike

from ._client import SseClient
from ._wire import Batch, Frame, batch_of

__all__ = ["GROUP_BATCH", "MAX_BATCH", "FrameCache", "StreamSource", "frames_of", "pump_stream"]

MAX_BATCH = 256
"""Most events in one write to one client."""
GROUP_BATCH = 16
"""Most entries a group member takes at once (what an evicted member loses at most)."""


class FrameCache:
    """Each entry's SSE frame, and recent batches' bytes, encoded once per stream.

    A fan-out to N clients would otherwise serialise every item N times; clients read
    the same recent entries, and most of them the same batches, so bounded maps from
    entry id to frame and from a run of ids to its bytes serve them all.
    """

    def __init__(self, size: int = 8192, batches: int = 64) -> None:
        self.size = size
        self.batch_size = batches
        self.frames: dict[EntryId, Frame] = {}
        self.batches: dict[tuple[int, int], bytes] = {}

    def frame(self, entry: Any) -> Frame:
        """The frame of one entry (``id:`` the entry id, ``data:`` its JSON)."""
        frame = self.frames.get(entry.id)
        if frame is None:
            if len(self.frames) >= self.size:
                # dicts keep insertion order: drop the older half in one go
                for key in list(self.frames)[: self.size // 2]:
                    del self.frames[key]
            frame = self.frames[entry.id] = Frame.shared(json.dumps(entry.value), str(entry.id))
        return frame

    def payload(self, entries: list[Entry]) -> bytes:
        """The bytes of consecutive in-memory entries (a run of ids is cached as one)."""
        first, last = entries[0].id, entries[-1].id
        if last - first + 1 != len(entries):  # a gap (a drop): not worth caching
            return b"".join([self.frame(e).wire for e in entries])
        # a run of ids: a buffer holds ids in increasing order (``Stream.produce``), so
        # first, last and length name exactly one list of entries
        key = (first, last)
        payload = self.batches.get(key)
        if payload is None:
            if len(self.batches) >= self.batch_size:
                for old in list(self.batches)[: self.batch_size // 2]:
                    del self.batches[old]
            payload = self.batches[key] = b"".join([self.frame(e).wire for e in entries])
        return payload


_FRAMES: weakref.WeakKeyDictionary[Any, FrameCache] = weakref.WeakKeyDictionary()


def frames_of(stream: StreamLike) -> FrameCache:
    """The frame cache of ``stream``."""
    cache = _FRAMES.get(stream)
    if cache is None:
        cache = _FRAMES[stream] = FrameCache()
    return cache


class StreamSource:
    """An in-memory stream's buffer for one consumer, read by the SSE writer itself:
    the stream stores each batch into it, the writer drains it. A resume's replay is
    sent first.

    A consumer group's members share one buffer: each takes at most
    :data:`GROUP_BATCH` entries at a time and lets the others take their turn
    (``Batch.shared``), so the group's entries are spread over its members.

    A consumer the stream evicted (it kept a producer waiting past the stream's
    ``slow_consumer_timeout``) finds its buffer closed and empty: the feed ends with
    one ``event: error`` naming the id to resume after (``Last-Event-ID``).
    """

    def __init__(self, stream: Stream, last_id: int | None, group: str | None = None) -> None:
        self.stream = stream
        self.group = group
        self.cache = frames_of(stream)
        self.most = MAX_BATCH if group is None else GROUP_BATCH
        self.replay, self.buffer = stream.open_consumer(last_id, group)
        self.last_id = last_id or 0
        self.told = False

    def take(self, max_events: int | None) -> Batch | None:
        """Up to ``max_events`` (at most :data:`MAX_BATCH`) entries as one payload."""
        count = self.most if max_events is None else min(max_events, self.most)
        replay = self.replay
        if replay:  # popped: a group's members share one replay
            entries = [replay.popleft() for _ in range(min(count, len(replay)))]
            self.last_id = entries[-1].id
            return Batch(self.cache.payload(entries), len(entries), shared=self.group is not None)
        buffer = self.buffer
        ready = len(buffer)
        if not ready:
            return self._evicted()
        entries = buffer.drain(count)
        self.last_id = entries[-1].id
        if self.group is not None:  # a full group buffer is the group's backlog, not ours
            return Batch(self.cache.payload(entries), len(entries), shared=True)
        return Batch(self.cache.payload(entries), len(entries), ready >= buffer.max_size)

    def _evicted(self) -> Batch | None:
        """Once, after an eviction: the ``event: error`` that ends the feed."""
        if self.told or not self.buffer.closed or not self.stream.evicted(self.buffer):
            return None
        self.told = True
        who = "a consumer" if self.group is None else f"group '{self.group}'"
        error = SlowConsumerError(
            self.stream.name, who, self.stream.slow_consumer_timeout, self.last_id
        )
        problem = {"error": "slow_consumer", "detail": str(error), "last_id": self.last_id}
        return batch_of([Frame(json.dumps(problem), event="error")])

    def ready(self) -> int:
        return len(self.replay) + len(self.buffer)

    def waiter(self) -> asyncio.Future[None] | None:
        return self.buffer.waiter()

    def forget(self, fut: asyncio.Future[None]) -> None:
        self.buffer.forget(fut)

    def close(self) -> None:
        if self.group is None:  # a group's replay stays for its other members
            self.replay.clear()
        self.stream.close_consumer(self.buffer, self.group)


async def pump_stream(
    stream: StreamLike, client: SseClient, group: str | None, last_id: EntryId | None
) -> None:
    """Queue a stream's entries for ``client`` (a group member's are acknowledged once
    written to it; what it never got is claimed by another member)."""
    frames = frames_of(stream)
    if group is not None:

        async def ack(written: list[Frame]) -> None:
            await stream.ack(group, *[f.id for f in written if f.id is not None])

        client.on_written = ack
    # aclosing: an evicted or cancelled client detaches from the stream now, not at GC
    async with aclosing(stream.entries(group=group, last_id=last_id)) as entries:
        async for entry in entries:
            if not await client.put(frames.frame(entry)):
                return
