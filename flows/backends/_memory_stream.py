"""Stream: a named subject with a bounded buffer per consumer.

    stream = await flow_manager.create_stream("batch", max_buffer_size=100)
    await stream.produce(item)
    async for item in stream.consume(): ...            # broadcast: every item
    async for item in stream.consume(group="workers"): # one member of the group per item

Every produced item gets an increasing id (the SSE event id). Items produced before
any consumer attaches wait in the stream's own buffer, and the first consumer takes
them over — the stream behaves like a bounded log, as a Redis stream does. Each
broadcast consumer and each group has its own bounded buffer, so a slow consumer
only fills its own; under ``block`` the producer waits for room everywhere.

Under ``block`` no consumer holds producers hostage: a consumer whose full buffer
has kept a producer waiting for ``slow_consumer_timeout`` seconds, counted from when
it *first* blocked one (``blocked_since``; it is forgiven once it drains its buffer
to half), is evicted: detached, what it held dropped (counted) and its read ends
with :class:`~flows.SlowConsumerError` (it resumes with its last id). A stream
nobody reads keeps its newest ``max_buffer_size`` entries (older ones are dropped,
counted) and never makes a producer wait.

Bytes are bounded too (``flows.backends._budget``): each buffer and the replay window
hold at most ``max_bytes`` (a buffer full by bytes is full: the overflow policy
applies), an item over the budget's ``max_item_bytes`` is refused
(:class:`~flows.ItemTooLargeError`), and an item or batch that would take the
process's live entries over its :class:`MemoryBudget` is refused whole
(:class:`~flows.MemoryBudgetError`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import AsyncGenerator, Callable, Iterable
from contextlib import aclosing
from operator import attrgetter
from typing import Any

from reactivex.subject import Subject

from flows._errors import FlowConfigError, SlowConsumerError, StreamFullError
from operators import BoundedBuffer, BufferOverflowError, OverflowPolicy

from ._base import ONCE_TTL, SLOW_CONSUMER_TIMEOUT, ProduceResult, StartPoint, start_point
from ._budget import STREAM_MAX_BYTES, Ledger, MemoryBudget, Reservation
from ._memory_entry import Entry, Reset, make, measure
from ._memory_readers import Readers
from ._stream_readers import MemoryReader

__all__ = ["MemoryStream", "Stream"]

log = logging.getLogger("captionflow.streams")

Measured = tuple[Any, int, int]
"""An item as :func:`~flows.backends._memory_entry.measure` gives it: what the entry
stores, its size, its size before compression."""

_size: Callable[[Entry], int] = attrgetter("size")  # C-level: it runs once per buffer store


class Stream:
    """A named stream; see the module docstring."""

    ONCE_SWEEP = 1024  # expired ``produce_once`` keys are dropped every this many calls

    def __init__(
        self,
        name: str,
        *,
        max_buffer_size: int = 100,
        overflow: OverflowPolicy | None = None,
        enable_backpressure: bool = True,
        compression: bool = False,
        replay_size: int | None = None,
        produce_timeout: float = 30.0,
        backpressure_threshold: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        slow_consumer_timeout: float | None = None,
        max_bytes: int | None = None,
        budget: MemoryBudget | None = None,
        group_start: StartPoint = "backlog",
    ) -> None:
        """``group_start``: where a new consumer group starts when its first member
        names no start (``"backlog"``: the replay window; ``"tail"``: what comes)."""
        if max_buffer_size < 1:
            msg = f"stream '{name}': max_buffer_size must be >= 1 (got {max_buffer_size})"
            raise FlowConfigError(msg)
        if slow_consumer_timeout is not None and not slow_consumer_timeout > 0:
            msg = (
                f"stream '{name}': slow_consumer_timeout must be > 0 seconds "
                f"(got {slow_consumer_timeout})"
            )
            raise FlowConfigError(msg)
        if max_bytes is not None and max_bytes < 1:
            msg = f"stream '{name}': max_bytes must be >= 1 (got {max_bytes})"
            raise FlowConfigError(msg)
        self.name = name
        self.max_buffer_size = max_buffer_size
        self.max_bytes = max_bytes or STREAM_MAX_BYTES
        self.budget = budget or MemoryBudget()
        self._ledger = Ledger(self.budget)
        self.overflow: OverflowPolicy = overflow or (
            "block" if enable_backpressure else "drop_oldest"
        )
        self.compression = compression
        self.produce_timeout = produce_timeout
        self.backpressure_threshold = backpressure_threshold or max_buffer_size
        self.produced = 0
        self.raw_bytes = 0
        self.stored_bytes = 0
        self.closed = False
        self.slow_consumer_timeout = slow_consumer_timeout or SLOW_CONSUMER_TIMEOUT
        self.group_start = start_point(group_start, stream=name)
        self._next_id = 1
        # under ``block``, a stream nobody reads keeps its newest entries: producers
        # never wait for a reader that is not there
        backlog = "drop_oldest" if self.overflow == "block" else self.overflow
        self._readers = Readers(self._new_buffer, self.overflow, backlog)
        # consumer buffers that made a producer wait, and since when (loop time)
        self._blocked: dict[BoundedBuffer[Entry], float] = {}
        self._backlogged = 0  # the newest id stored in the backlog after a wait
        self._recent: deque[Entry] = deque(maxlen=replay_size or max_buffer_size)
        self._recent_bytes = 0
        self.entries_subject: Subject[Entry] = Subject()
        # ``block``: producers that must wait for room go one at a time, in arrival
        # order, and the others queue behind them, so every buffer holds ids in order
        self._turn = asyncio.Lock()
        self._waiting = 0
        self._pending: Entry | None = None  # stored in some buffers, waiting for the rest
        self._clock = clock  # the expiry clock of ``produce_once`` keys
        self._once: dict[str, float] = {}  # key -> when it expires
        self._once_calls = 0

    def _new_buffer(self, label: str) -> BoundedBuffer[Entry]:
        return BoundedBuffer(
            self.max_buffer_size,
            self.overflow,
            name=f"{self.name}/{label}",
            max_bytes=self.max_bytes,
            weigh=_size,
        )

    # -- producing ---------------------------------------------------------------
    def _measure(self, item: Any, index: int | None = None) -> Measured:
        """``item`` measured, and within the per-item limit (else ItemTooLargeError);
        both errors name a batch's ``items[index]``."""
        try:
            part = measure(item, self.compression, self.name)
        except FlowConfigError as error:
            if index is None:
                raise
            msg = f"items[{index}]: {error}"
            raise FlowConfigError(msg) from None
        size = part[2] or part[1]
        if size > self.budget.max_item_bytes:  # the message only when it is refused
            what = None if index is None else f"items[{index}]"
            self.budget.check_item(size, f"stream '{self.name}': {what or 'item'}", what)
        return part

    def _encode(self, part: Measured, held: Reservation) -> Entry:
        payload, size, raw_size = part
        entry = make(self._next_id, payload, self.compression, size, raw_size, self._ledger, held)
        self._next_id += 1  # only now: an item that is not JSON takes no id
        if entry.compressed:
            self.raw_bytes += entry.raw_size
            self.stored_bytes += entry.size
        return entry

    def _targets(self) -> list[BoundedBuffer[Entry]]:
        return self._readers.targets()

    async def produce(self, item: Any, timeout: float | None = None) -> bool:
        """Add one item; honours the overflow policy.

        Under ``block``, a producer that has to wait for room holds the stream's turn:
        producers after it wait behind it (first come, first served), so entries reach
        every buffer in id order; ``timeout`` covers the wait for the turn too.

        Returns:
            True if every buffer stored it, False if one dropped it (``drop_newest``).

        Raises:
            StreamFullError: policy ``error`` and a buffer is full, or ``block`` and no
                room came within ``timeout`` (default ``produce_timeout``).
            FlowConfigError: the stream is closed, or compressed and the item is not JSON.
        """
        self._check_open()
        part = self._measure(item)
        with self.budget.admit(part[1]) as held:  # reserved while it waits for room
            return await self._produce(part, timeout, held)

    async def _produce(self, part: Measured, timeout: float | None, held: Reservation) -> bool:
        """:meth:`produce` of an item measured and admitted (its bytes in ``held``)."""
        self._check_open()
        wait = self.produce_timeout if timeout is None else timeout
        if self._blocked:
            self._forgive()
        if self._waiting:  # ``block``, and producers are waiting: queue behind them
            return await self._in_turn(None, part, [], wait, held=held)
        entry = self._encode(part, held)
        stored_everywhere = True
        targets = self._targets()
        for index, target in enumerate(targets):
            try:
                if not target.offer(entry):
                    if self.overflow == "block":
                        return await self._in_turn(entry, None, targets[index:], wait, index)
                    stored_everywhere = False
            except BufferOverflowError:
                raise self._full() from None
        self._commit(entry)
        return stored_everywhere

    def _full(self) -> StreamFullError:
        """The refusal of a full stream (by items or by bytes), counted."""
        self.budget.refused["stream"] += 1
        return StreamFullError(self.name, self.max_buffer_size, max_bytes=self.max_bytes)

    def _check_open(self) -> None:
        if self.closed:
            msg = f"stream '{self.name}' is closed"
            raise FlowConfigError(msg)

    async def _in_turn(
        self,
        entry: Entry | None,
        part: Measured | None,
        targets: list[BoundedBuffer[Entry]],
        wait: float,
        stored: int = 0,
        held: Reservation | None = None,
    ) -> bool:
        """``block``: take the turn, then store ``entry`` in ``targets`` (the rest of a
        produce that found a buffer full; ``stored`` buffers have it) or, for a producer
        that queued behind others, the measured item ``part`` (its bytes reserved in
        ``held``) in every buffer; waiting for room in each.

        An entry some consumers already have is kept even if the others never make
        room: it is committed, their misses counted as drops, and False returned.
        """
        self._waiting += 1
        done = 0
        try:
            async with asyncio.timeout(wait), self._turn:
                if entry is None:
                    assert part is not None
                    assert held is not None
                    self._check_open()
                    entry = self._encode(part, held)
                    targets = self._targets()
                self._pending = entry
                full = [target for target in targets if not target.offer(entry)]
                done = len(targets) - len(full)  # those with room first, whatever the order
                for target in full:
                    await self._wait_for_room(target, entry)
                    done += 1
        except BaseException as error:
            if entry is None or stored + done == 0:
                if isinstance(error, TimeoutError):
                    raise self._full() from None
                raise
            self._readers.retired_drops += len(targets) - done
            self._commit(entry)
            if not isinstance(error, TimeoutError):
                raise
            return False
        finally:
            self._waiting -= 1
            self._pending = None
        self._commit(entry)
        return True

    async def _wait_for_room(self, target: BoundedBuffer[Entry], entry: Entry) -> None:
        """Store ``entry`` in the full ``target`` once it has room, or evict its consumer
        when it has kept producers waiting ``slow_consumer_timeout`` since it first
        blocked one. An entry whose buffer went away meanwhile (its consumer left or was
        evicted) goes to the backlog, if nobody reads the stream now."""
        now = asyncio.get_running_loop().time()
        since = self._blocked.setdefault(target, now)
        left = since + self.slow_consumer_timeout - now
        if left > 0:
            try:
                if await target.put(entry, left):
                    return
            except BufferOverflowError:  # no room within what was left
                self._evict(target)
        else:
            self._evict(target)
        backlog = self._readers.backlog
        if backlog is not None and entry.id > self._backlogged:
            self._backlogged = entry.id
            backlog.offer(entry)

    def _evict(self, target: BoundedBuffer[Entry]) -> None:
        """Evict the consumer of ``target`` (see the module docstring)."""
        self._blocked.pop(target, None)
        who = self._readers.owner(target)
        if self._readers.evict(target, self.closed, self.last_id):
            log.info(
                "stream '%s': evicted %s: it kept a producer waiting %gs",
                self.name,
                who,
                self.slow_consumer_timeout,
            )

    def _forgive(self) -> None:
        """Forget when a consumer first blocked a producer once it has caught up (its
        buffer at most half full) or is gone."""
        for buffer in list(self._blocked):
            if buffer.closed or len(buffer) <= buffer.max_size // 2:
                del self._blocked[buffer]

    def _commit(self, entry: Entry) -> None:
        self.produced += 1
        self._remember(entry)
        if self.entries_subject.observers:
            self.entries_subject.on_next(entry)

    def _remember(self, entry: Entry) -> None:
        """Keep ``entry`` in the replay window: its newest ``replay_size`` entries,
        within ``max_bytes`` (the oldest leave first; a resume past them gets a reset)."""
        recent = self._recent
        if len(recent) == recent.maxlen:
            self._recent_bytes -= recent[0].size
        recent.append(entry)
        self._recent_bytes += entry.size
        while self._recent_bytes > self.max_bytes and len(recent) > 1:
            self._recent_bytes -= recent.popleft().size

    async def produce_once(self, item: Any, key: str, ttl: float = ONCE_TTL) -> bool:
        """:meth:`produce` ``item`` unless an item with ``key`` was stored in the last
        ``ttl`` seconds: whether this call stored it (False too when :meth:`produce`
        dropped it). The key is taken before the produce waits, so a concurrent call
        with the same key stores nothing; a produce that raises gives the key back."""
        now = self._clock()
        expires = self._once.get(key)
        if expires is not None and expires > now:
            return False
        self._once_calls += 1
        if self._once_calls % self.ONCE_SWEEP == 0:
            self._once = {k: at for k, at in self._once.items() if at > now}
        self._once[key] = now + ttl
        try:
            return await self.produce(item)
        except BaseException:
            del self._once[key]
            raise

    async def produce_many(
        self, items: Iterable[Any], timeout: float | None = None
    ) -> ProduceResult:
        """Produce items in order; counts how many were dropped on the way.

        When every buffer has room for the whole batch it is stored in one step per
        buffer (one wake-up per consumer, not one per item); otherwise item by item,
        under the overflow policy.

        Raises:
            StreamFullError: as :meth:`produce`; its ``accepted`` counts the items
                stored before the refused one.
            ItemTooLargeError, MemoryBudgetError: an item is too large, or the batch
                would take the process over its budget; nothing was stored.
            FlowConfigError: as :meth:`produce` (nothing was stored).
        """
        batch = items if isinstance(items, list) else list(items)
        self._check_open()
        parts = [self._measure(item, index) for index, item in enumerate(batch)]
        # the whole batch within the process budget before any is stored; what an
        # item refused or not reached leaves of the reservation is given back
        with self.budget.admit(sum(part[1] for part in parts)) as held:
            if self._store_batch(parts, held):
                return ProduceResult(len(batch), 0)
            # (counted only now: a sum over every buffer, and the batch path drops none)
            before = self._batch_drops()
            accepted = 0
            try:
                for part in parts:
                    await self._produce(part, timeout, held)
                    accepted += 1
            except StreamFullError as error:
                error.accepted = accepted
                raise
        return ProduceResult(accepted, self._batch_drops() - before)

    def _batch_drops(self) -> int:
        """Drops a batch may be told about: not what an evicted consumer held."""
        return self.dropped - self._readers.freed

    def _store_batch(self, parts: list[Measured], held: Reservation) -> bool:
        """Store ``parts`` at once if every buffer has room for all (else store none)."""
        if self.closed or not parts or self._waiting:
            return False
        if self._blocked:
            self._forgive()
        count = len(parts)
        nbytes = sum(part[1] for part in parts)
        entries = BoundedBuffer.offer_to_all(
            self._targets(), count, nbytes, lambda: [self._encode(part, held) for part in parts]
        )
        if entries is None:
            return False
        self.produced += count
        for entry in entries:
            self._remember(entry)
        if self.entries_subject.observers:
            for entry in entries:
                self.entries_subject.on_next(entry)
        return True

    # -- consuming ---------------------------------------------------------------
    def _attach(
        self, group: str | None, after: int | None
    ) -> tuple[BoundedBuffer[Entry], deque[Entry]]:
        """Register a buffer (or join a group's), and the replay after ``after``."""

        def replay() -> deque[Entry]:
            assert after is not None
            entries = deque(entry for entry in self._recent if entry.id > after)
            if self._pending is not None and self._pending.id > after:
                entries.append(self._pending)  # in flight: stored in the older buffers only
            return entries

        return self._readers.attach(group, None if after is None else replay, self.closed)

    def _detach(self, group: str | None, buffer: BoundedBuffer[Entry]) -> None:
        self._readers.detach(group, buffer, self.closed, self.last_id)

    def reset_point(self, last_id: int) -> Reset | None:
        """A Reset if entries after ``last_id`` have already left the replay window."""
        oldest = self._recent[0].id if self._recent else self._next_id
        if last_id + 1 < oldest and last_id < self._next_id - 1:
            return Reset(last_id, oldest)
        return None

    async def entries(
        self,
        *,
        group: str | None = None,
        last_id: int | str | None = None,
        consumer: str | None = None,
        start: StartPoint | None = None,
    ) -> AsyncGenerator[Entry, None]:
        """Entries with ids: after ``last_id`` (from the replay window), else from
        ``start``, else (the seed's default) the backlog if nobody reads the stream yet
        and what comes next otherwise.

        ``start="backlog"``: every entry of the replay window, then what comes;
        ``start="tail"``: only what is produced after this call. A ``group`` has its own
        position: ``last_id`` or ``start`` choose where a *new* group starts (default
        :attr:`group_start`: the replay window), and a member of a group that exists
        continues where the group is. Ends when the stream is closed and this
        consumer's buffer is empty. (``last_id`` may be a Last-Event-ID text;
        ``consumer`` names a Redis group member: unused.)

        Raises:
            SlowConsumerError: this consumer (its group) was evicted for keeping a
                producer waiting ``slow_consumer_timeout`` (see the module docstring).
        """
        after = self._start(last_id, start, group)
        buffer, replay = self._attach(group, after)
        last = after or 0
        try:
            while replay:  # popped: a group's members share theirs
                entry = replay.popleft()
                last = entry.id
                yield entry
            while await buffer.wait_nonempty():
                entry = buffer.take()
                last = entry.id
                yield entry
            if self.evicted(buffer):
                who = "a consumer" if group is None else f"group '{group}'"
                raise SlowConsumerError(self.name, who, self.slow_consumer_timeout, last)
        finally:
            self._detach(group, buffer)

    def _start(
        self, last_id: int | str | None, start: StartPoint | None, group: str | None
    ) -> int | None:
        """The id a new reader (a new group) reads after (None: the seed's default
        for a broadcast reader, see :meth:`entries`); a group that had members
        continues where it was."""
        if group is not None:
            resumed = self._readers.resume_point(group)
            if resumed is not None:
                return resumed
        if last_id is not None:
            return self.parse_id(str(last_id))
        if start is None:
            return None if group is None else self._start_id(self.group_start)
        return self._start_id(start_point(start, stream=self.name))

    def _start_id(self, start: StartPoint) -> int:
        return 0 if start == "backlog" else self.last_id

    async def start_id(self, start: StartPoint) -> int:
        """``0`` for ``"backlog"`` (a resume after it replays the whole replay window),
        :attr:`last_id` for ``"tail"``."""
        return self._start_id(start_point(start, stream=self.name))

    def open_consumer(
        self, last_id: int | str | None = None, group: str | None = None
    ) -> tuple[deque[Entry], BoundedBuffer[Entry]]:
        """Attach a consumer (broadcast, or a member of ``group``) that the caller reads
        directly (SSE's one-hop path); :meth:`close_consumer` detaches it.

        A new group starts after ``last_id``, else at :attr:`group_start`.

        Returns: the replay (entries after ``last_id`` in the replay window; none for a
        group that exists), read first, and the buffer (shared by a group's members).
        """
        after = self._start(last_id, None, group)
        buffer, replay = self._attach(group, after)
        return replay, buffer

    def open_reader(
        self, last_id: int | str | None = None, group: str | None = None, *, size: int = 256
    ) -> MemoryReader:
        """A consumer read in batches (``StreamLike.open_reader``): its own buffer and
        the replay after ``last_id``, read directly (``size``: unused, the buffer is
        ``max_buffer_size``)."""
        return MemoryReader(self, last_id, group)

    def evicted(self, buffer: BoundedBuffer[Entry]) -> bool:
        """Whether the consumer reading ``buffer`` was evicted as too slow (its buffer
        is closed and empty: its reader should end with :class:`SlowConsumerError`)."""
        return self._readers.was_evicted(buffer)

    def close_consumer(self, buffer: BoundedBuffer[Entry], group: str | None = None) -> None:
        """Detach a consumer from :meth:`open_consumer` (what it left is counted)."""
        self._detach(group, buffer)

    # -- the common stream interface (``flows.backends.StreamLike``) --------------------
    def parse_id(self, text: str) -> int:
        """A Last-Event-ID as an entry id (FlowConfigError names the bad value)."""
        text = str(text).strip()
        # at most 20 digits: int() of thousands of digits is slow, then refused
        value = int(text) if text.isascii() and text.isdigit() and len(text) <= 20 else -1
        if value < 0:
            msg = (
                f"stream '{self.name}': entry id must be an integer >= 0 of at most 20 "
                f"digits, got {text[:40]!r}{'...' if len(text) > 40 else ''}"
            )
            raise FlowConfigError(msg)
        return value

    async def ack(self, group: str, *entry_ids: int | str) -> int:
        """No-op: an in-memory group entry is gone once taken."""
        return 0

    async def check_resume(self, last_id: int | str) -> Reset | None:
        """:meth:`reset_point` of a Last-Event-ID (async, as on Redis)."""
        return self.reset_point(self.parse_id(str(last_id)))

    async def is_ahead(self, last_id: int | str) -> bool:
        """True for an id this stream never produced."""
        return self.parse_id(str(last_id)) > self.last_id

    async def consume(
        self, *, group: str | None = None, start: StartPoint | None = None
    ) -> AsyncGenerator[Any, None]:
        """The seed's ``async for item in stream.consume()``: values only (``start``:
        as :meth:`entries`)."""
        # aclosing: closing this generator detaches the consumer now, not when the
        # inner generator happens to be collected
        async with aclosing(self.entries(group=group, start=start)) as entries:
            async for entry in entries:
                yield entry.value

    def close(self) -> None:
        """No more items: consumers finish after draining their buffers."""
        self.closed = True
        self._readers.close()
        self.entries_subject.on_completed()

    # -- introspection -------------------------------------------------------------
    def _buffers(self) -> list[BoundedBuffer[Entry]]:
        return self._readers.buffers()

    @property
    def evictions(self) -> int:
        """Consumers evicted as too slow (ever; a group counts once)."""
        return self._readers.evictions

    @property
    def dropped(self) -> int:
        """Items dropped by any buffer of this stream (ever)."""
        return self._readers.retired_drops + sum(b.stats.dropped for b in self._buffers())

    @property
    def depth(self) -> int:
        """The deepest buffer right now."""
        return max((len(b) for b in self._buffers()), default=0)

    @property
    def bytes(self) -> int:
        """Bytes its live entries hold (buffers and replay window share them)."""
        return self._ledger.bytes

    @property
    def last_id(self) -> int:
        """Id of the newest entry (0 before the first)."""
        return self._next_id - 1

    def stats(self) -> dict[str, Any]:
        """Counters for /flows and metrics."""
        buffers = self._buffers()
        return {
            "produced": self.produced,
            "dropped": self.dropped,
            "depth": self.depth,
            "high_water": max((b.stats.high_water for b in buffers), default=0),
            "consumers": len(self._readers.broadcast),
            "waiting_producers": self._waiting,
            "bytes": self._ledger.bytes,
            "evicted": self._readers.evictions,
            "groups": dict(self._readers.members),
            "under_pressure": self.depth >= self.backpressure_threshold,
            "compression_ratio": (
                round(self.stored_bytes / self.raw_bytes, 4) if self.raw_bytes else None
            ),
        }

    def describe(self) -> dict[str, Any]:
        """Definition and counters, JSON-ready."""
        return {
            "name": self.name,
            "max_buffer_size": self.max_buffer_size,
            "max_bytes": self.max_bytes,
            "overflow": self.overflow,
            "slow_consumer_timeout": self.slow_consumer_timeout,
            "compression": self.compression,
            "closed": self.closed,
            "last_id": self.last_id,
            "stats": self.stats(),
        }


MemoryStream = Stream
"""The memory backend's name for :class:`Stream`."""
