"""RedisStream: ``flows.Stream``'s API on a Redis stream, shared by every instance.

    stream = await backend.create_stream("live", max_buffer_size=10_000)
    await stream.produce({"caption": "one"})            # XADD key MAXLEN ~ 10000 * d <json>
    await stream.produce_once(result, "w:42")            # ... unless "w:42" was stored before
    async for entry in stream.entries(last_id="0"):      # XREAD BLOCK from an id: broadcast
        ...                                              # entry.id == "1700000000000-0"
    async for entry in stream.entries(group="workers"):  # XREADGROUP >: one member per entry
        handle(entry.value)
        await stream.ack("workers", entry.id)            # XACK only after success

The bound is approximate trimming (``MAXLEN ~``): the oldest entries go first, so
the overflow policy is always ``drop_oldest`` here. Entry ids are Redis ids, so an
SSE client can resume with ``Last-Event-ID`` on any instance. Group members that
die leave entries pending; live members claim them (``XAUTOCLAIM``) and entries
delivered more than ``max_deliveries`` times move to ``<key>:dead``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable
from contextlib import aclosing
from functools import partial
from typing import Any

from redis import exceptions as redis_errors

from flows._errors import FlowConfigError
from operators import OverflowPolicy

from ._base import ONCE_TTL, ProduceResult, StartPoint, start_point
from ._budget import MemoryBudget
from ._codec import dumps, fields_of
from ._connection import RedisConnection
from ._errors import BackendUnavailableError
from ._redis_entries import ConsumerOptions, RedisEntry, RedisReset, id_key, parse_entry_id
from ._redis_group import GroupReader, release
from ._redis_keys import KeyLayout
from ._stream_readers import RedisReader

__all__ = ["RedisStream"]

_PIPELINE_CHUNK = 100  # entries per script call
_PIPELINE_CALLS = 10  # script calls per round trip (and per WAIT on a cluster)
# produce_many: one EVAL adds a chunk of entries (XADD each, in order), so a chunk is
# one command to route, send and answer instead of a hundred; ARGV = maxlen, fields per
# entry, then every entry's fields. EVAL, not EVALSHA: nothing to reload after a failover.
_XADD_MANY = """
local width = tonumber(ARGV[2])
local ids = {}
for i = 3, #ARGV, width do
  ids[#ids + 1] = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*',
                             unpack(ARGV, i, i + width - 1))
end
return ids
"""
# produce_once: the item's key (SET NX PX, beside the stream: same slot) and the XADD in
# one script; KEYS = stream, once-key; ARGV = maxlen, ttl ms, the entry's fields
_XADD_ONCE = """
if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return false end
return redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', unpack(ARGV, 3))
"""


class RedisStream:
    """See the module docstring. ``close()`` is local: this instance's consumers end."""

    def __init__(
        self,
        conn: RedisConnection,
        key: str,
        name: str,
        *,
        max_buffer_size: int = 100,
        overflow: OverflowPolicy | None = None,
        compression: bool = False,
        replay_size: int | None = None,
        options: ConsumerOptions | None = None,
        budget: MemoryBudget | None = None,
    ) -> None:
        """``budget``: whose ``max_item_bytes`` an item's JSON must not pass (its entries
        live in Redis, so nothing else of it applies)."""
        if max_buffer_size < 1:
            msg = f"stream '{name}': max_buffer_size must be >= 1 (got {max_buffer_size})"
            raise FlowConfigError(msg)
        self.conn = conn
        self.key = key
        self.dead_key = KeyLayout.dead(key)
        self.name = name
        self.max_buffer_size = max_buffer_size
        self.requested_overflow = overflow
        self.compression = compression
        self.maxlen = max(max_buffer_size, replay_size or 0)
        self.options = options or ConsumerOptions()
        self.budget = budget or MemoryBudget()
        self.closed = False
        self.produced = 0
        self.acked = 0
        self.claimed = 0
        self.dead_lettered = 0
        self._last_id = "0-0"
        self._groups: dict[str, int] = {}
        self._consumers = 0

    @property
    def overflow(self) -> OverflowPolicy:
        """Always ``drop_oldest``: Redis trims the oldest entries past the bound."""
        return "drop_oldest"

    @property
    def last_id(self) -> str:
        """The newest id this instance produced or read (``"0-0"`` before any)."""
        return self._last_id

    @property
    def depth(self) -> int:
        """No local buffer: entries wait in Redis (see :meth:`info` for lag)."""
        return 0

    @property
    def dropped(self) -> int:
        """Trimmed entries are not counted per instance; see :meth:`info`."""
        return 0

    @property
    def evictions(self) -> int:
        """Always 0: a Redis stream never blocks a producer, so evicts nobody."""
        return 0

    def seen(self, entry_id: str) -> None:
        """Remember ``entry_id`` as the newest id known, if it is newer."""
        if id_key(entry_id) > id_key(self._last_id):
            self._last_id = entry_id

    def parse_id(self, text: str) -> str:
        """A Last-Event-ID as a Redis entry id (FlowConfigError names the bad value)."""
        return parse_entry_id(text, stream=self.name)

    # -- producing -----------------------------------------------------------------
    def _fields(self, item: Any, index: int | None = None) -> dict[bytes, bytes]:
        """The entry fields of ``item``, within the per-item limit (ItemTooLargeError
        names a batch's ``items[index]``)."""
        if self.closed:
            msg = f"stream '{self.name}' is closed"
            raise FlowConfigError(msg)
        raw = dumps(item, what=f"stream '{self.name}'")
        if len(raw) > self.budget.max_item_bytes:
            what = None if index is None else f"items[{index}]"
            self.budget.check_item(len(raw), f"stream '{self.name}': {what or 'item'}", what)
        return fields_of(raw, compress=self.compression)

    async def add(self, item: Any) -> str:
        """``XADD`` one item (trimming the oldest past the bound); returns its entry id.

        On a cluster whose slot has a replica, ``WAIT`` follows on the same connection:
        the id is returned once a replica has the entry too (see ``RedisConnection``).

        Raises:
            BackendUnavailableError: Redis is unreachable; the item was not stored.
            FlowConfigError: closed, or the item is not JSON.
        """
        fields = self._fields(item)
        async with self.conn.guard():
            (raw,) = await self.conn.write(
                self.key,
                lambda pipe: pipe.xadd(self.key, fields, maxlen=self.maxlen, approximate=True),
            )
        entry_id: str = raw.decode()
        self.produced += 1
        self.seen(entry_id)
        return entry_id

    async def produce(self, item: Any, timeout: float | None = None) -> bool:
        """:meth:`add`, with ``flows.Stream.produce``'s signature; always True."""
        await self.add(item)
        return True

    async def produce_once(self, item: Any, key: str, ttl: float = ONCE_TTL) -> bool:
        """Store ``item`` unless an item with ``key`` was stored in the last ``ttl``
        seconds: whether this call stored it. The check and the ``XADD`` are one
        script, so a writer that repeats its outputs after a restart (a processor
        resuming from its last checkpoint) stores each one once.

        A retried call whose first attempt was applied but not answered (a cluster
        failover) finds its own key and returns False: the item is there, once.
        """
        fields = self._fields(item)
        once = KeyLayout.once(self.key, key)
        args = (x for pair in fields.items() for x in pair)
        ttl_ms = max(1, int(ttl * 1000))
        async with self.conn.guard():
            (raw,) = await self.conn.write(
                self.key,
                lambda pipe: pipe.eval(_XADD_ONCE, 2, self.key, once, self.maxlen, ttl_ms, *args),
            )
        if raw is None:
            return False
        self.produced += 1
        self.seen(raw.decode())
        return True

    async def produce_many(
        self, items: Iterable[Any], timeout: float | None = None
    ) -> ProduceResult:
        """``XADD`` in order, nothing dropped at produce time: one script call per 100
        entries (atomic), ten calls per round trip.

        On a cluster whose slot has a replica, each round trip ends with one ``WAIT``
        (it covers every earlier write of the connection).
        """
        batch = [self._fields(item, index) for index, item in enumerate(items)]
        accepted = 0
        window = _PIPELINE_CHUNK * _PIPELINE_CALLS
        for start in range(0, len(batch), window):
            part = batch[start : start + window]
            async with self.conn.guard():
                replies = await self.conn.write(
                    self.key, partial(self._queue_chunks, part), len(part)
                )
            ids = [entry_id for chunk_ids in replies for entry_id in chunk_ids]
            accepted += len(ids)
            self.produced += len(ids)
            self.seen(ids[-1].decode())
        return ProduceResult(accepted, 0)

    def _queue_chunks(self, part: list[dict[bytes, bytes]], pipe: Any) -> None:
        """One ``_XADD_MANY`` call per 100 entries of ``part`` on ``pipe``."""
        for first in range(0, len(part), _PIPELINE_CHUNK):
            chunk = part[first : first + _PIPELINE_CHUNK]
            width = len(chunk[0]) * 2  # every entry of a stream has the same fields
            fields = (x for entry in chunk for pair in entry.items() for x in pair)
            pipe.eval(_XADD_MANY, 1, self.key, self.maxlen, width, *fields)

    # -- consuming -------------------------------------------------------------------
    def open_reader(
        self, last_id: int | str | None = None, group: str | None = None, *, size: int = 256
    ) -> RedisReader:
        """A consumer read in batches (``StreamLike.open_reader``): one task reads
        :meth:`entries` into a buffer of ``size`` entries."""
        return RedisReader(self, last_id, group, size)

    async def start_id(self, start: StartPoint) -> str:
        """``"0-0"`` for ``"backlog"`` (everything retained), the newest entry's id for
        ``"tail"`` (asked of Redis now: shared by every instance)."""
        if start_point(start, stream=self.name) == "backlog":
            return "0-0"
        return await self._tail()

    async def _tail(self) -> str:
        async with self.conn.guard() as redis:
            newest = await redis.xrevrange(self.key, count=1)
        return newest[0][0].decode() if newest else "0-0"

    async def entries(
        self,
        *,
        group: str | None = None,
        last_id: int | str | None = None,
        consumer: str | None = None,
        start: StartPoint | None = None,
    ) -> AsyncGenerator[RedisEntry, None]:
        """Entries after ``last_id``, else from ``start``, else from now on (broadcast),
        or as a group member.

        ``start="backlog"``: every entry the stream retains, then what comes;
        ``start="tail"``: what is produced after the first read. A ``group`` has its own
        position: it is created on first use after ``last_id``, else at ``start``, else
        at ``options.group_start`` (default ``"0"``: everything retained), and a member
        of a group that exists continues where the group is. Group entries stay pending
        until :meth:`ack`; while Redis is unreachable the generator waits and resumes
        where it was. Ends after a local :meth:`close` once nothing more is readable.
        """
        point = None if start is None else start_point(start, stream=self.name)
        start_at = None if last_id is None else parse_entry_id(last_id, stream=self.name)
        if group is not None:
            if start_at is None:
                by_point = {None: self.options.group_start, "backlog": "0", "tail": "$"}
                start_at = by_point[point]
            reader = GroupReader(self, group, consumer, start_at)
            self._groups[group] = self._groups.get(group, 0) + 1
            try:
                async with aclosing(reader.run()) as feed:
                    async for entry in feed:
                        yield entry
            finally:
                self._groups[group] -= 1
                if not self._groups[group]:
                    del self._groups[group]
            return
        if start_at is None and point == "backlog":
            start_at = "0-0"
        self._consumers += 1
        try:
            async with aclosing(self._broadcast(start_at)) as feed:
                async for entry in feed:
                    yield entry
        finally:
            self._consumers -= 1

    async def _broadcast(self, start: str | None) -> AsyncGenerator[RedisEntry, None]:
        cursor = start
        while True:
            try:
                if cursor is None:
                    cursor = await self._tail()
                block = None if self.closed else self.options.block_ms
                async with self.conn.guard() as redis:
                    reply = await redis.xread(
                        {self.key: cursor}, count=self.options.batch, block=block
                    )
            except BackendUnavailableError:
                if self.closed or not await self.conn.recover():
                    return
                continue
            if not reply:
                if self.closed:
                    return
                continue
            for raw_id, fields in reply[0][1]:
                cursor = raw_id.decode()
                self.seen(cursor)
                yield RedisEntry(cursor, fields)

    async def consume(
        self, *, group: str | None = None, start: StartPoint | None = None
    ) -> AsyncGenerator[Any, None]:
        """Values only; a group entry is acked when the loop body asks for the next one
        (``start``: as :meth:`entries`)."""
        async with aclosing(self.entries(group=group, start=start)) as feed:
            async for entry in feed:
                yield entry.value
                if group is not None:
                    await self.ack(group, entry.id)

    async def ack(self, group: str, *entry_ids: int | str) -> int:
        """``XACK``: the entries are done for ``group``; returns how many were pending."""
        if not entry_ids:
            return 0
        ids = [parse_entry_id(i, stream=self.name) for i in entry_ids]
        async with self.conn.guard() as redis:
            done = int(await redis.xack(self.key, group, *ids))
        self.acked += done
        return done

    async def release(self, group: str, consumer: str, entry_ids: list[str]) -> None:
        """Entries ``consumer`` of ``group`` was given but never handled: claimable by
        the other members at once (``XCLAIM`` as idle for ages)."""
        await release(self.conn, self.key, group, consumer, entry_ids)

    async def create_group(self, group: str, start: str = "0") -> None:
        """Create consumer group ``group`` at ``start`` (and the stream); no-op if it exists."""
        async with self.conn.guard() as redis:
            try:
                await redis.xgroup_create(self.key, group, id=start, mkstream=True)
            except redis_errors.ResponseError as error:
                if "BUSYGROUP" not in str(error):
                    raise

    async def destroy_group(self, group: str) -> None:
        """Destroy consumer group ``group`` with its pending list."""
        async with self.conn.guard() as redis:
            try:
                await redis.xgroup_destroy(self.key, group)
            except redis_errors.ResponseError as error:
                if isinstance(error, self.conn.down_errors):  # CLUSTERDOWN, TRYAGAIN ...
                    raise
                # no such key: nothing to do

    # -- resume ----------------------------------------------------------------------
    async def is_ahead(self, last_id: int | str) -> bool:
        """True for an id newer than the newest entry Redis ever generated for the key."""
        requested = parse_entry_id(last_id, stream=self.name)
        async with self.conn.guard() as redis:
            try:
                info = await redis.xinfo_stream(self.key)
            except redis_errors.ResponseError as error:
                if "no such key" in str(error).lower():
                    return id_key(requested) > (0, 0)
                raise
        newest = _text(info.get("last-generated-id")) or "0-0"
        return id_key(requested) > id_key(newest)

    async def reset_point(self, last_id: int | str) -> RedisReset | None:
        """A RedisReset if entries after ``last_id`` were already trimmed."""
        requested = parse_entry_id(last_id, stream=self.name)
        async with self.conn.guard() as redis:
            try:
                info = await redis.xinfo_stream(self.key)
            except redis_errors.ResponseError as error:  # no such key: nothing trimmed
                if "no such key" in str(error).lower():
                    return None
                raise
        trimmed = int(info.get("entries-added", 0)) - int(info.get("length", 0))
        first = info.get("first-entry")
        oldest = first[0].decode() if first else _text(info.get("last-generated-id")) or "0-0"
        # Redis ids are not dense: a client whose last id was the newest trimmed entry
        # also gets a reset (conservative), with ``missed`` unknown (None)
        if trimmed <= 0 or id_key(requested) >= id_key(oldest):
            return None
        missed = trimmed if requested == "0-0" else None
        return RedisReset(requested, oldest, missed)

    async def check_resume(self, last_id: int | str) -> RedisReset | None:
        """:meth:`reset_point` under the name the Backend protocol uses."""
        return await self.reset_point(last_id)

    def close(self) -> None:
        """No more produce here; this instance's consumers end once nothing is readable."""
        self.closed = True

    # -- introspection -----------------------------------------------------------------
    async def info(self) -> dict[str, Any]:
        """Shared counters from Redis: length, trimmed entries, groups (pending, lag)."""
        async with self.conn.guard() as redis:
            pipe = redis.pipeline(transaction=False)
            pipe.xlen(self.key)
            pipe.xlen(self.dead_key)
            length, dead = await pipe.execute()
            groups = await redis.xinfo_groups(self.key) if length else []
        return {
            "length": int(length),
            "dead_letters": int(dead),
            "groups": {
                _text(g["name"]): {"pending": int(g["pending"]), "lag": g.get("lag")}
                for g in groups
            },
        }

    def stats(self) -> dict[str, Any]:
        """Counters of this instance (cheap, no Redis call)."""
        return {
            "produced": self.produced,
            "dropped": 0,
            "depth": 0,
            "consumers": self._consumers,
            "groups": dict(self._groups),
            "acked": self.acked,
            "claimed": self.claimed,
            "dead_lettered": self.dead_lettered,
            "under_pressure": False,
            "compression_ratio": None,
        }

    def describe(self) -> dict[str, Any]:
        """Definition and counters, JSON-ready."""
        return {
            "name": self.name,
            "backend": "redis",
            "key": self.key,
            "max_buffer_size": self.max_buffer_size,
            "overflow": self.overflow,
            "compression": self.compression,
            "closed": self.closed,
            "last_id": self.last_id,
            "stats": self.stats(),
        }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else str(value)
