"""The transport/state interface shared by the memory and Redis backends.

One :class:`Backend` is chosen once from settings (``backend_from_url``) and sits
behind streams, the event transport, state-machine persistence, the TTL cache, the
flow-definition store and the shared rate limiter::

    Backend
    ├── create_stream(name, ...) -> StreamLike    produce / entries / ack / resume
    ├── publish(type, data), publish_once(type, data, key),
    │   subscribe(pattern, group=...), ack_event(group, id),
    │   open_subscription(group) / close_subscription(group), is_ephemeral(type)
    ├── machines: MachineStore                    load (a window of the history) /
    │                                             compare_and_set (state, version, history
    │                                             trimmed to a limit; once per key) / applied
    ├── cache: Cache                              get / set(key, value, ttl) / add / delete
    ├── flows: FlowStore                          save / load / delete / list definitions
    ├── processors: ProcessorStore                lease (fencing epoch) / load / save checkpoints
    │                                             / seen / remember (outputs delivered once)
    ├── hit(key, "10/second") -> bool             shared rate limit (``limits``)
    └── health(), close()

Entry ids are ints on the memory backend and Redis entry ids (``"1700000000000-0"``)
on Redis; both are opaque to callers, who send them back as SSE ``Last-Event-ID``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, get_args, runtime_checkable

from flows._errors import FlowConfigError
from operators import OverflowPolicy

from ._budget import MemoryBudget
from ._once import ONCE_TTL
from ._processor_store import ProcessorStore

__all__ = [
    "ONCE_TTL",
    "SLOW_CONSUMER_TIMEOUT",
    "ProduceResult",
    "Backend",
    "BusEvent",
    "Cache",
    "EntryId",
    "EntryLike",
    "FlowStore",
    "MachineStore",
    "ResetLike",
    "START_POINTS",
    "StartPoint",
    "StoredMachine",
    "StreamLike",
    "StreamReader",
    "entry_order",
    "start_point",
]

EntryId = int | str

StartPoint = Literal["backlog", "tail"]
"""Where a broadcast reader with no resume id starts: ``"backlog"``, every entry the
stream retains, then what comes; ``"tail"``, only what is produced after it starts."""
START_POINTS: tuple[StartPoint, ...] = get_args(StartPoint)


def start_point(value: str, *, stream: str) -> StartPoint:
    """``value`` as a :data:`StartPoint` (FlowConfigError names the allowed values)."""
    for point in START_POINTS:
        if value == point:
            return point
    shown = value if len(value) <= 40 else f"{value[:40]}..."
    msg = f"stream '{stream}': start must be one of {', '.join(START_POINTS)}; got {shown!r}"
    raise FlowConfigError(msg)


def entry_order(entry_id: EntryId) -> tuple[int, int]:
    """A sortable key of an entry or event id: an in-memory integer ``n`` or a Redis
    ``<milliseconds>-<sequence>`` id (one feed never mixes the two).

    Raises:
        ValueError: ``entry_id`` is neither.
    """
    if isinstance(entry_id, int):
        return entry_id, 0
    ms, dash, seq = entry_id.partition("-")
    if not ms.isascii() or not ms.isdigit() or (dash and not (seq.isascii() and seq.isdigit())):
        msg = f"{entry_id!r} is not an entry id: expected an integer or '<ms>-<seq>'"
        raise ValueError(msg)
    return int(ms), int(seq or 0)


SLOW_CONSUMER_TIMEOUT = 2.0
"""Default seconds a consumer may keep a producer waiting (``block``) before eviction."""


@dataclass(frozen=True, slots=True)
class ProduceResult:
    """What happened to a batch: stored everywhere, or dropped somewhere (counted)."""

    accepted: int
    dropped: int


class EntryLike(Protocol):
    """One stream entry: its id (the SSE event id) and the item as produced."""

    @property
    def id(self) -> EntryId: ...

    @property
    def value(self) -> Any: ...


class ResetLike(Protocol):
    """A resume point older than what the stream retains."""

    @property
    def requested(self) -> EntryId: ...

    @property
    def oldest(self) -> EntryId: ...

    @property
    def missed(self) -> int | None: ...


class StreamReader(Protocol):
    """One consumer's position on a stream, drained in batches by one writer: what is
    ready now, and a future to wait for more (``StreamLike.open_reader``)."""

    @property
    def acknowledges(self) -> bool:
        """Whether taken entries wait for :meth:`done` (a Redis group member's)."""
        ...

    def ready(self) -> int:
        """How many entries :meth:`take` could return now (over several takes)."""
        ...

    def behind(self) -> bool:
        """The consumer's buffer is full: it is falling behind."""
        ...

    def take(self, most: int) -> Sequence[EntryLike]:
        """Up to ``most`` entries that are ready, in id order (none: wait)."""
        ...

    def waiter(self) -> asyncio.Future[None] | None:
        """A future done when entries arrive or the reader ends; None when entries are
        ready now (:meth:`take` them) or it ended. A future that completes is no
        longer held by the reader (only one given up on needs :meth:`forget`)."""
        ...

    def forget(self, fut: asyncio.Future[None]) -> None:
        """Withdraw a :meth:`waiter` future no longer awaited."""

    def ended_by(self) -> Exception | None:
        """Once ended: why, if not by the stream's close (``flows.SlowConsumerError``:
        the stream evicted this consumer)."""
        ...

    async def done(self, entry_ids: Sequence[EntryId]) -> None:
        """The owner handled these entries (written to its client): acknowledge them."""

    async def close(self) -> None:
        """Detach from the stream and free what is buffered; returns once detached
        (a task reading for the reader has ended, its connection given back)."""


@runtime_checkable
class StreamLike(Protocol):
    """What ``flows.Stream`` and ``RedisStream`` have in common."""

    name: str
    max_buffer_size: int
    compression: bool
    closed: bool
    produced: int

    @property
    def overflow(self) -> OverflowPolicy: ...

    @property
    def depth(self) -> int: ...

    @property
    def last_id(self) -> EntryId: ...

    @property
    def dropped(self) -> int: ...

    @property
    def evictions(self) -> int:
        """Consumers evicted for keeping a producer waiting (``block``; see
        ``flows.Stream``)."""
        ...

    async def produce(self, item: Any, timeout: float | None = None) -> bool: ...

    async def produce_many(
        self, items: Iterable[Any], timeout: float | None = None
    ) -> ProduceResult: ...

    async def produce_once(self, item: Any, key: str, ttl: float = ONCE_TTL) -> bool:
        """Store ``item`` unless an item with ``key`` was stored in the last ``ttl``
        seconds (atomically): whether this call stored it."""
        ...

    def entries(
        self,
        *,
        group: str | None = None,
        last_id: EntryId | None = None,
        consumer: str | None = None,
        start: StartPoint | None = None,
    ) -> AsyncGenerator[EntryLike, None]: ...

    def consume(
        self, *, group: str | None = None, start: StartPoint | None = None
    ) -> AsyncGenerator[Any, None]: ...

    def open_reader(
        self, last_id: EntryId | None = None, group: str | None = None, *, size: int = 256
    ) -> StreamReader:
        """A consumer read in batches (broadcast, or a member of ``group``), after
        ``last_id`` when given; ``size`` bounds what a reader fetches ahead where it
        has a buffer of its own (Redis; in memory the stream's buffer is the bound)."""
        ...

    async def start_id(self, start: StartPoint) -> EntryId:
        """The id a broadcast reader starting at ``start`` now reads after (its
        ``last_id``): before the oldest retained entry, or the newest entry."""
        ...

    async def ack(self, group: str, *entry_ids: EntryId) -> int: ...

    async def check_resume(self, last_id: EntryId) -> ResetLike | None: ...

    async def is_ahead(self, last_id: EntryId) -> bool:
        """True for an id the stream never produced (newer than its newest entry)."""
        ...

    def parse_id(self, text: str) -> EntryId: ...

    def close(self) -> None: ...

    def stats(self) -> dict[str, Any]: ...

    def describe(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class BusEvent:
    """One event delivered by a subscription feed; ``id`` is what ``ack_event`` takes."""

    type: str
    data: Any
    id: EntryId
    timestamp: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the shape of ``flows.Event.to_dict``)."""
        return {"type": self.type, "data": self.data, "id": self.id, "timestamp": self.timestamp}


@dataclass(frozen=True, slots=True)
class StoredMachine:
    """A machine as persisted, or the part of it a :meth:`MachineStore.load` asked for.

    Transitions are numbered from 1 in the order they were accepted; ``version`` is
    the number of the latest, so it is also the count of transitions ever accepted
    (``history_total``), however many the store still keeps.

    Attributes:
        state: the current state.
        version: transitions accepted so far (one per compare-and-set won).
        history: consecutive records, oldest first, numbered ``start``, ``start + 1``, …
        start: the number of ``history[0]`` (``version + 1`` when ``history`` is empty).
        oldest: the number of the oldest transition the store still keeps (older ones
            were trimmed by a history limit); ``version + 1`` when it keeps none.
    """

    state: str
    version: int
    history: tuple[Mapping[str, Any], ...] = field(default=())
    start: int = 1
    oldest: int = 1


class MachineStore(Protocol):
    """State-machine persistence with an atomic compare-and-set."""

    async def load(
        self, name: str, *, after: int = 0, before: int | None = None, limit: int | None = None
    ) -> StoredMachine | None:
        """The machine, or None: its state, version and the newest ``limit`` (default:
        all) of the kept records numbered ``after < n < before`` (default: up to the
        latest), read in one atomic step."""
        ...

    async def compare_and_set(
        self,
        name: str,
        expected_version: int,
        record: Mapping[str, Any],
        *,
        once: str | None = None,
        once_ttl: float = ONCE_TTL,
        history_limit: int | None = None,
    ) -> bool:
        """Append ``record`` (its ``target`` becomes the state) iff the version is
        unchanged and, with ``once``, no transition was appended with that key in the
        last ``once_ttl`` seconds; the key is taken in the same atomic step. With
        ``history_limit``, only the newest that many records are kept (trimmed in the
        same step; None keeps all)."""
        ...

    async def applied(self, name: str, once: str) -> bool:
        """Whether a transition with key ``once`` was appended (within its ttl)."""
        ...

    async def delete(self, name: str) -> bool: ...


class Cache(Protocol):
    """A TTL cache of JSON values."""

    async def get(self, key: str) -> Any | None: ...

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None: ...

    async def add(self, key: str, value: Any, ttl: float | None = None) -> bool:
        """Store ``value`` only if ``key`` is absent (atomically); whether it was stored."""
        ...

    async def delete(self, key: str) -> bool: ...


class FlowStore(Protocol):
    """Flow definitions (as JSON dicts) keyed by kind and name."""

    async def save(self, kind: str, name: str, definition: Mapping[str, Any]) -> None: ...

    async def load(self, kind: str, name: str) -> dict[str, Any] | None: ...

    async def delete(self, kind: str, name: str) -> bool: ...

    async def list(self, kind: str | None = None) -> list[tuple[str, str]]: ...


class Backend(Protocol):
    """The transport and state behind a FlowManager; see the module docstring."""

    @property
    def kind(self) -> str:
        """``"memory"`` or ``"redis"``."""
        ...

    @property
    def machines(self) -> MachineStore: ...

    @property
    def cache(self) -> Cache: ...

    @property
    def flows(self) -> FlowStore: ...

    @property
    def processors(self) -> ProcessorStore: ...

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
    ) -> StreamLike:
        """A stream handle; the last six tune in-process streams (Redis: approximate
        MAXLEN, it never blocks a producer, and its entries are in Redis, not in this
        process's ``budget``)."""
        ...

    async def publish(self, event_type: str, data: Any = None) -> EntryId: ...

    async def publish_once(
        self, event_type: str, data: Any, key: str, ttl: float = ONCE_TTL
    ) -> bool:
        """:meth:`publish` unless an event with ``key`` was published in the last
        ``ttl`` seconds: whether this call published it. Durable types: the key and
        the event in one atomic step."""
        ...

    def subscribe(
        self,
        pattern: str = "*",
        *,
        group: str | None = None,
        consumer: str | None = None,
        ephemeral: bool = False,
        on_listening: Callable[[], None] | None = None,
    ) -> AsyncGenerator[BusEvent, None]:
        """Events matching ``pattern``: durable ones (``group``: at-least-once), or the
        ephemeral ones, live only. An ephemeral feed calls ``on_listening`` once it gets
        every event published from then on (the channel subscribed)."""
        ...

    async def ack_event(self, group: str, event_id: EntryId) -> None: ...

    def is_ephemeral(self, event_type: str) -> bool:
        """Whether ``event_type`` skips the durable event stream (live subscribers only)."""
        ...

    async def open_subscription(self, group: str) -> None:
        """Create the durable subscription ``group`` now: it gets every later event."""
        ...

    async def close_subscription(self, group: str) -> None:
        """Forget the durable subscription ``group`` (its pending events included)."""
        ...

    async def hit(self, key: str, rate: str) -> bool: ...

    async def health(self) -> dict[str, Any]: ...

    async def close(self) -> None: ...
