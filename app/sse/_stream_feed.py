"""A stream's entries as SSE: frames encoded once per stream, shared by every client.

Every stream feed, in memory or on Redis, broadcast or group, is one
:class:`StreamSource` over the stream's reader (``flows.backends.StreamReader``).
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from flows import SlowConsumerError, StreamReadError
from flows.backends import EntryId, EntryLike, StreamLike

from ._wire import Batch, Frame, batch_of

__all__ = ["GROUP_BATCH", "MAX_BATCH", "FrameCache", "StreamSource", "frames_of"]

MAX_BATCH = 256
"""Most events in one write to one client."""
GROUP_BATCH = 16
"""Most entries a group member takes at once (what an evicted member loses at most)."""


class FrameCache:
    """Each entry's SSE frame, and recent batches, encoded once per stream.

    A fan-out to N clients would otherwise serialise every item N times; clients read
    the same recent entries, and most of them the same batches, so bounded maps from
    entry id to frame and from a run of ids to its :class:`Batch` serve them all (a
    client of a broadcast takes the very ``Batch`` the others took: nothing is made
    per client).
    """

    def __init__(self, size: int = 8192, batches: int = 64) -> None:
        self.size = size
        self.batch_size = batches
        # bytes, not Frame objects: bytes are no work for the garbage collector, and
        # the cache outlives a collection or two, so what it held was scanned by the
        # full collections it brought on (a pause for every client in flight)
        self.frames: dict[EntryId, bytes] = {}
        self.batches: dict[tuple[int, int], Batch] = {}

    def wire(self, entry: Any) -> bytes:
        """The frame of one entry as sent (``id:`` the entry id, ``data:`` its JSON)."""
        wire = self.frames.get(entry.id)
        if wire is None:
            if len(self.frames) >= self.size:
                # dicts keep insertion order: drop the older half in one go
                for key in list(self.frames)[: self.size // 2]:
                    del self.frames[key]
            frame = Frame(json.dumps(entry.value), str(entry.id))  # its id checked here
            wire = self.frames[entry.id] = frame.to_bytes()
        return wire

    def batch(self, entries: Sequence[EntryLike]) -> Batch:
        """Consecutive entries as one write (a run of in-memory ids is cached as one)."""
        first, last = entries[0].id, entries[-1].id
        if not isinstance(first, int) or not isinstance(last, int):
            # Redis ids are not dense: first, last and length do not name one list
            return Batch(self._join(entries), len(entries))
        if last - first + 1 != len(entries):  # a gap (a drop): not worth caching
            return Batch(self._join(entries), len(entries))
        # a run of ids: a buffer holds ids in increasing order (``Stream.produce``), so
        # first, last and length name exactly one list of entries
        key = (first, last)
        batch = self.batches.get(key)
        if batch is None:
            if len(self.batches) >= self.batch_size:
                for old in list(self.batches)[: self.batch_size // 2]:
                    del self.batches[old]
            batch = self.batches[key] = Batch(self._join(entries), len(entries))
        return batch

    def payload(self, entries: Sequence[EntryLike]) -> bytes:
        """The bytes of consecutive entries (those of :meth:`batch`)."""
        return self.batch(entries).payload

    def _join(self, entries: Sequence[EntryLike]) -> bytes:
        return b"".join([self.wire(e) for e in entries])


_FRAMES: weakref.WeakKeyDictionary[Any, FrameCache] = weakref.WeakKeyDictionary()


def frames_of(stream: StreamLike) -> FrameCache:
    """The frame cache of ``stream``."""
    cache = _FRAMES.get(stream)
    if cache is None:
        cache = _FRAMES[stream] = FrameCache()
    return cache


class StreamSource:
    """A stream consumer read by the SSE writer itself, on either backend: the
    stream's reader (``StreamLike.open_reader``: an in-memory consumer's own buffer,
    or a Redis stream read ahead into a bounded buffer) is drained one batch per
    wake-up, each entry's frame encoded once per stream.

    A consumer group's members take at most :data:`GROUP_BATCH` entries at a time and
    let the others take their turn (``Batch.shared``), so the group's entries are
    spread over its members; on Redis a member's entries are acknowledged once
    written to it (``Batch.acks``), and what it never got is claimed by another.

    A consumer the stream evicted (it kept a producer waiting past the stream's
    ``slow_consumer_timeout``), or whose read failed (``StreamReadError``: Redis
    answered an error mid-feed), ends with one ``event: error`` naming the id to
    resume after (``Last-Event-ID``): ``{"error": "slow_consumer" | "read_failed",
    "detail": ..., "last_id": ...}``.
    """

    __slots__ = ("cache", "forget", "group", "most", "reader", "told", "waiter")

    def __init__(
        self, stream: StreamLike, last_id: EntryId | None, group: str | None, size: int
    ) -> None:
        self.group = group
        self.cache = frames_of(stream)
        self.most = MAX_BATCH if group is None else GROUP_BATCH
        self.reader = stream.open_reader(last_id, group, size=size)
        self.told = False
        # the reader's own: a writer asks for a waiter once per wake-up, and with
        # 1,000s of clients a call less each time counts
        self.waiter: Callable[[], asyncio.Future[None] | None] = self.reader.waiter
        self.forget: Callable[[asyncio.Future[None]], None] = self.reader.forget

    def take(self, max_events: int | None) -> Batch | None:
        """Up to ``max_events`` (at most :data:`MAX_BATCH`) entries as one payload."""
        count = self.most if max_events is None else min(max_events, self.most)
        reader = self.reader
        behind = reader.behind()
        entries = reader.take(count)
        if not entries:
            return self._ended()
        batch = self.cache.batch(entries)
        if self.group is None:
            return batch._replace(full=True) if behind else batch
        acks = [e.id for e in entries] if reader.acknowledges else None
        # a full group buffer is the group's backlog, not this member's lag
        return Batch(batch.payload, batch.events, shared=True, acks=acks)

    def _ended(self) -> Batch | None:
        """Once, after an eviction or a failed read: the ``event: error`` that ends
        the feed."""
        if self.told:
            return None
        error = self.reader.ended_by()
        if isinstance(error, SlowConsumerError):
            kind = "slow_consumer"
        elif isinstance(error, StreamReadError):
            kind = "read_failed"
        else:
            return None
        self.told = True
        problem = {"error": kind, "detail": str(error), "last_id": error.last_id}
        return batch_of([Frame(json.dumps(problem), event="error")])

    def ready(self) -> int:
        return self.reader.ready()

    async def written(self, acks: Sequence[EntryId]) -> None:
        await self.reader.done(acks)

    async def close(self) -> None:
        await self.reader.close()
