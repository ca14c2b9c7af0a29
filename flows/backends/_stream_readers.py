"""Stream readers: one consumer's position on a stream, read in batches without a
task between the stream and the reader.

A :class:`~flows.backends.StreamReader` hands out what is ready now (``take``) and
a future to wait for more, so a writer (an SSE client) drains it in one step per
wake-up, on either backend:

* :class:`MemoryReader` reads the consumer's own buffer of an in-memory stream (the
  stream stores each batch into it): no hop at all;
* :class:`RedisReader` is filled by one task reading the Redis stream (``XREAD`` /
  ``XREADGROUP``) into a bounded buffer; a group member's entries are acknowledged
  (``XACK``) once the reader's owner says they are done, and what it read but never
  handed out is claimable by the other members as soon as it closes. A read that fails (not an
  outage, which the stream waits out: an error Redis answers, such as ``WRONGTYPE``
  once the key was replaced) ends the reader with ``flows.StreamReadError``, told by
  ``ended_by`` once what it holds is taken.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Sequence
from contextlib import aclosing
from typing import Protocol

from flows._errors import SlowConsumerError, StreamReadError
from operators import BoundedBuffer

from ._base import EntryId, EntryLike, StreamLike
from ._memory_entry import Entry
from ._redis_entries import consumer_name

__all__ = ["MemoryReader", "RedisReader"]

log = logging.getLogger("captionflow.streams")

_NO_REPLAY: deque[Entry] = deque(maxlen=0)


class _Consumers(Protocol):
    """What a :class:`MemoryReader` needs of an in-memory stream (``flows.Stream``)."""

    name: str
    slow_consumer_timeout: float

    def open_consumer(
        self, last_id: int | str | None = None, group: str | None = None
    ) -> tuple[deque[Entry], BoundedBuffer[Entry]]: ...

    def close_consumer(self, buffer: BoundedBuffer[Entry], group: str | None = None) -> None: ...

    def evicted(self, buffer: BoundedBuffer[Entry]) -> bool: ...

    def parse_id(self, text: str) -> int: ...


class _GroupStream(StreamLike, Protocol):
    """What a :class:`RedisReader` needs of a Redis stream (``RedisStream``)."""

    async def release(self, group: str, consumer: str, entry_ids: list[str]) -> None: ...


class MemoryReader:
    """A consumer of an in-memory stream: the replay of a resume, then its buffer
    (a group's members share both: each entry goes to one of them)."""

    acknowledges = False
    """In memory an entry is done once taken: nothing to acknowledge."""

    def __init__(self, stream: _Consumers, last_id: EntryId | None, group: str | None) -> None:
        self.stream = stream
        self.group = group
        replay, self.buffer = stream.open_consumer(last_id, group)
        # a replay is never added to once opened: an empty one is dropped for a shared
        # empty deque that cannot hold anything (an empty deque is ~600 bytes, and a
        # broadcast SSE client that does not resume has one)
        self.replay = replay if replay else _NO_REPLAY
        self.last_id = 0 if last_id is None else stream.parse_id(str(last_id))

    def ready(self) -> int:
        return len(self.replay) + len(self.buffer)

    def behind(self) -> bool:
        """A broadcast consumer's buffer is full (a group's full buffer is its
        backlog, shared by its members: not one reader's lag)."""
        # ``stats.depth`` is the buffer's length after its every change; read as a
        # field, not through ``len()``: this is asked once per batch per SSE client
        buffer = self.buffer
        return self.group is None and not self.replay and buffer.stats.depth >= buffer.max_size

    def take(self, most: int) -> list[Entry]:
        replay = self.replay
        if replay:  # popped: a group's members share one replay
            entries = [replay.popleft() for _ in range(min(most, len(replay)))]
        else:
            entries = self.buffer.drain(most)
        if entries:
            self.last_id = entries[-1].id
        return entries

    def waiter(self) -> asyncio.Future[None] | None:
        if self.replay:  # ready now, though the buffer may be empty
            return None
        return self.buffer.waiter()

    def forget(self, fut: asyncio.Future[None]) -> None:
        self.buffer.forget(fut)

    def ended_by(self) -> SlowConsumerError | None:
        if not self.buffer.closed or len(self.buffer) or not self.stream.evicted(self.buffer):
            return None
        who = "a consumer" if self.group is None else f"group '{self.group}'"
        return SlowConsumerError(
            self.stream.name, who, self.stream.slow_consumer_timeout, self.last_id
        )

    async def done(self, entry_ids: Sequence[EntryId]) -> None:
        """Nothing to do in memory."""

    async def close(self) -> None:
        if self.group is None:  # a group's replay stays for its other members
            self.replay.clear()
        self.stream.close_consumer(self.buffer, self.group)


class RedisReader:
    """A consumer of a Redis stream: one task reads it into a bounded buffer (it
    waits while the buffer is full); a group member acknowledges with :meth:`done`,
    and on :meth:`close` gives back what it read but never handed out."""

    def __init__(
        self, stream: _GroupStream, last_id: EntryId | None, group: str | None, size: int
    ) -> None:
        self.stream = stream
        self.group = group
        self.acknowledges = group is not None
        self.consumer = None if group is None else consumer_name()
        """The group member's consumer name (None: a broadcast reader)."""
        self._holding: EntryLike | None = None  # read, waiting for room in the buffer
        self.buffer: BoundedBuffer[EntryLike] = BoundedBuffer(
            size, "block", name=f"{stream.name}/reader"
        )
        self.last_id = last_id
        """The id of the last entry taken (``last_id`` before any)."""
        self._error: StreamReadError | None = None
        self._task = asyncio.create_task(self._fill(last_id), name=f"read {stream.name}")

    async def _fill(self, last_id: EntryId | None) -> None:
        # aclosing: a reader closed now detaches from the stream now, not at GC
        feed = self.stream.entries(group=self.group, last_id=last_id, consumer=self.consumer)
        try:
            async with aclosing(feed):
                async for entry in feed:
                    self._holding = entry
                    if not await self.buffer.put(entry):
                        return  # closed
                    self._holding = None
        except Exception as error:
            log.exception("reading stream '%s' failed", self.stream.name)
            self._error = StreamReadError(self.stream.name, error, None)
        finally:
            self.buffer.close()  # the reader ends once what it holds is taken

    def ready(self) -> int:
        return len(self.buffer)

    def behind(self) -> bool:
        return len(self.buffer) >= self.buffer.max_size

    def take(self, most: int) -> list[EntryLike]:
        entries = self.buffer.drain(most)
        if entries:
            self.last_id = entries[-1].id
        return entries

    def waiter(self) -> asyncio.Future[None] | None:
        return self.buffer.waiter()

    def forget(self, fut: asyncio.Future[None]) -> None:
        self.buffer.forget(fut)

    def ended_by(self) -> StreamReadError | None:
        """Once ended and drained: the read that failed, if one did (a Redis stream
        never blocks a producer, so evicts nobody)."""
        error = self._error
        if error is None or not self.buffer.closed or len(self.buffer):
            return None
        error.last_id = self.last_id
        return error

    async def done(self, entry_ids: Sequence[EntryId]) -> None:
        """``XACK`` a group member's entries (written to its client)."""
        if self.group is not None and entry_ids:
            await self.stream.ack(self.group, *entry_ids)

    async def close(self) -> None:
        """Stop reading and wait until the reading task has ended: the stream's feed
        closed (its ``finally`` run: a group member's unyielded entries released) and
        its Redis connection given back, not left to a task destroyed while pending.
        A cancellation of the caller while it waits still propagates.

        A group member's entries read but never taken are made claimable by the other
        members at once, not after ``claim_min_idle``."""
        self.buffer.close()
        left = [entry.id for entry in self.buffer.drain()]
        task = self._task
        if not task.done():
            task.cancel()
            await asyncio.wait([task])
        if self._holding is not None:
            left.append(self._holding.id)
            self._holding = None
        if self.group is not None and self.consumer is not None and left:
            await self.stream.release(self.group, self.consumer, [str(i) for i in left])
