"""BoundedBuffer: a bounded FIFO shared by synchronous and asyncio code.

The building block of stream buffers, SSE client queues and
:func:`backpressure_buffer`. Overflow policies: ``block`` (the async producer awaits
room), ``drop_oldest``, ``drop_newest`` (both counted) and ``error`` (refuse).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar, get_args

from ._errors import BufferOverflowError, OperatorError

__all__ = [
    "BoundedBuffer",
    "BufferClosedError",
    "BufferStats",
    "OverflowPolicy",
]

T = TypeVar("T")

OverflowPolicy = Literal["block", "drop_oldest", "drop_newest", "error"]
_POLICIES: tuple[str, ...] = get_args(OverflowPolicy)


class BufferClosedError(OperatorError):
    """``get()`` on a buffer that is closed and has no item left."""


@dataclass(slots=True)
class BufferStats:
    """Counters of one buffer: plain ints, updated in place.

    ``accepted`` counts items stored, ``delivered`` items taken out, ``dropped`` items
    evicted (``drop_oldest``) or refused (``drop_newest``); ``high_water`` is the
    largest ``depth`` seen.
    """

    depth: int = 0
    dropped: int = 0
    high_water: int = 0
    accepted: int = 0
    delivered: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counters as a plain dict (for metrics and JSON)."""
        return {
            "depth": self.depth,
            "dropped": self.dropped,
            "high_water": self.high_water,
            "accepted": self.accepted,
            "delivered": self.delivered,
        }


def _overflow(max_size: int, name: str, hint: str) -> BufferOverflowError:
    err = BufferOverflowError(max_size, name)
    err.args = (f"{err}: {hint}",)
    return err


class BoundedBuffer(Generic[T]):
    """A bounded FIFO shared by sync and asyncio code.

    The building block of stream buffers and SSE client queues. ``len(buf)`` never
    exceeds ``max_size``. When full, ``overflow`` decides: ``block`` makes ``put()``
    wait (producers are served first come, first served) and ``offer()`` return False;
    ``drop_oldest`` evicts the oldest item; ``drop_newest`` refuses the new one;
    ``error`` raises :class:`BufferOverflowError`. ``on_drop`` sees every dropped
    item; it runs after the buffer is updated and its exception reaches the caller.

    With ``max_bytes`` (and ``weigh(item)`` giving an item's bytes) the buffer is also
    full once it holds ``max_bytes`` bytes: it takes an item while it holds fewer, so
    it holds at most ``max_bytes`` plus the one item that crossed the line, and
    ``drop_oldest`` evicts as many oldest items as it takes to have room again.

    After ``close()`` nothing more is stored (``offer``/``put`` return False and count
    nothing) but stored items can still be taken; ``get()`` then raises
    :class:`BufferClosedError` once the buffer is empty. Async methods must run on
    one event loop; the sync methods are not thread-safe.
    """

    def __init__(
        self,
        max_size: int,
        overflow: OverflowPolicy = "block",
        *,
        name: str = "",
        on_drop: Callable[[T], None] | None = None,
        max_bytes: int | None = None,
        weigh: Callable[[T], int] | None = None,
    ) -> None:
        if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
            msg = f"max_size must be an int >= 1, got {max_size!r}"
            raise ValueError(msg)
        if overflow not in _POLICIES:
            allowed = ", ".join(repr(p) for p in _POLICIES)
            msg = f"overflow must be one of {allowed}, got {overflow!r}"
            raise ValueError(msg)
        if max_bytes is not None and (max_bytes < 1 or weigh is None):
            msg = f"max_bytes must be >= 1 and come with weigh, got {max_bytes!r}"
            raise ValueError(msg)
        self.max_size = max_size
        self.max_bytes = max_bytes
        self.bytes = 0
        """Bytes held now (``weigh`` of each item; 0 without ``weigh``)."""
        self._weigh = weigh
        self.overflow: OverflowPolicy = overflow
        self.name = name
        self.stats = BufferStats()
        self._on_drop = on_drop
        self._items: deque[T] = deque()
        self._closed = False
        # Slots granted to woken producers that have not stored their item yet; they
        # count as taken so a newcomer cannot barge past a waiting producer.
        self._reserved = 0
        # a list, not a deque: an empty deque costs ~600 bytes, and a stream keeps one
        # buffer per consumer (one per SSE client); blocked producers are few
        self._putters: list[asyncio.Future[bool]] = []
        self._getters: list[asyncio.Future[None]] = []

    def __len__(self) -> int:
        return len(self._items)

    def peek(self) -> T | None:
        """The oldest item, not taken (None when empty)."""
        return self._items[0] if self._items else None

    def __repr__(self) -> str:
        return (
            f"BoundedBuffer(name={self.name!r}, {len(self._items)}/{self.max_size}, "
            f"overflow={self.overflow!r}, closed={self._closed})"
        )

    @property
    def closed(self) -> bool:
        """True once ``close()`` was called."""
        return self._closed

    def _has_room(self) -> bool:
        """Room for one more item: by count, and by bytes (with ``max_bytes``: fewer
        held, and no slot granted to a woken producer whose item's size is unknown)."""
        if len(self._items) + self._reserved >= self.max_size:
            return False
        return self.max_bytes is None or (self.bytes < self.max_bytes and not self._reserved)

    def _popleft(self) -> T:
        item = self._items.popleft()
        if self._weigh is not None:
            self.bytes -= self._weigh(item)
        return item

    def _store(self, item: T) -> None:
        items = self._items
        items.append(item)
        if self._weigh is not None:
            self.bytes += self._weigh(item)
        stats = self.stats
        stats.accepted += 1
        depth = stats.depth = len(items)
        if depth > stats.high_water:
            stats.high_water = depth
        if self._getters:
            getters, self._getters = self._getters, []
            for fut in getters:
                if not fut.done():
                    fut.set_result(None)

    def offer(self, item: T) -> bool:
        """Store ``item`` without waiting; True if it was stored.

        Full buffer: ``drop_oldest`` evicts the oldest and stores (True);
        ``drop_newest`` drops ``item`` (False); ``block`` returns False and counts
        nothing (await ``put()`` instead); ``error`` raises BufferOverflowError.
        A closed buffer returns False and counts nothing.
        """
        if self._closed:
            return False
        if len(self._items) + self._reserved < self.max_size and (
            self.max_bytes is None or self._has_room()
        ):
            self._store(item)
            return True
        policy = self.overflow
        if policy == "block":
            return False
        if policy == "error":
            raise BufferOverflowError(self.max_size, self.name)
        if policy == "drop_oldest" and self._items:
            evicted = [self._popleft()]
            while self._items and not self._has_room():  # full by bytes: more may go
                evicted.append(self._popleft())
            self.stats.dropped += len(evicted)
            self._store(item)
            if self._on_drop is not None:
                for old in evicted:
                    self._on_drop(old)
            return True
        self.stats.dropped += 1
        if self._on_drop is not None:
            self._on_drop(item)
        return False

    def room(self) -> int:
        """How many items would be stored now without waiting or dropping (0 when
        closed, or while blocked producers wait their turn)."""
        if self._closed or self._putters or not self._has_room():
            return 0
        return self.max_size - len(self._items) - self._reserved

    def fits(self, count: int, nbytes: int = 0) -> bool:
        """Whether :meth:`offer_all` would store ``count`` items of ``nbytes`` in all
        now (by count, and within ``max_bytes``)."""
        if self._closed or self._putters:
            return False
        if len(self._items) + self._reserved + count > self.max_size:
            return False
        return self.max_bytes is None or self.bytes + nbytes <= self.max_bytes

    def offer_all(self, items: list[T], nbytes: int | None = None) -> bool:
        """Store every item at once if all fit now (one wake-up); else store none.

        The batch path of fan-out: callers fall back to :meth:`offer` / :meth:`put`
        per item when this returns False. ``nbytes``: the items' total weight when the
        caller knows it (a fan-out weighs a batch once, not once per buffer).
        """
        queue = self._items
        if self._closed or len(queue) + self._reserved + len(items) > self.max_size:
            return False
        if not items:
            return True
        if self._weigh is not None:
            if nbytes is None:
                nbytes = sum(map(self._weigh, items))
            if self.max_bytes is not None and self.bytes + nbytes > self.max_bytes:
                return False
            self.bytes += nbytes
        queue.extend(items)
        stats = self.stats
        stats.accepted += len(items)
        depth = stats.depth = len(queue)
        if depth > stats.high_water:
            stats.high_water = depth
        if self._getters:
            getters, self._getters = self._getters, []
            for fut in getters:
                if not fut.done():
                    fut.set_result(None)
        return True

    @staticmethod
    def offer_to_all(
        buffers: Sequence[BoundedBuffer[T]],
        count: int,
        nbytes: int,
        make: Callable[[], list[T]],
    ) -> list[T] | None:
        """Store one batch in every buffer at once, or in none: if each of ``buffers``
        has room now for ``count`` items of ``nbytes`` (as :meth:`fits`), ``make()``
        them and store them in each (as :meth:`offer_all`: one wake-up per buffer).

        The batch path of a fan-out to many buffers (a stream's consumers): one pass
        to check and one to store, without two calls per buffer. ``make`` runs only
        once the batch is known to fit everywhere (a stream numbers its entries only
        then); ``nbytes`` must be the items' total ``weigh`` (a fan-out weighs a batch
        once, not once per buffer).

        Returns:
            The items stored, or None when some buffer had no room (nothing stored).
        """
        for buffer in buffers:  # a loop, not all(<generator>): 1,000s of buffers
            if (
                buffer._closed
                or buffer._putters
                or len(buffer._items) + buffer._reserved + count > buffer.max_size
                or (buffer.max_bytes is not None and buffer.bytes + nbytes > buffer.max_bytes)
            ):
                return None
        items = make()
        for buffer in buffers:
            queue = buffer._items
            queue.extend(items)
            if buffer._weigh is not None:
                buffer.bytes += nbytes
            stats = buffer.stats
            stats.accepted += count
            depth = stats.depth = len(queue)
            if depth > stats.high_water:
                stats.high_water = depth
            getters = buffer._getters
            if getters:
                # woken in place: ``set_result`` schedules its callbacks, it never runs
                # them, so nobody adds to the list while it is walked
                for fut in getters:
                    if not fut.done():
                        fut.set_result(None)
                getters.clear()
        return items

    async def put(self, item: T, timeout: float | None = None) -> bool:
        """Store ``item``; under ``block`` wait (FIFO among producers) for room.

        Returns False if the buffer is (or gets) closed. Other policies act as
        ``offer()``.

        Raises:
            BufferOverflowError: no room within ``timeout`` seconds (nothing stored,
                nothing counted), or the policy is ``error`` and the buffer is full.
        """
        if self.overflow != "block" or self._closed:
            return self.offer(item)
        if not self._putters and self._has_room():
            self._store(item)
            return True
        fut: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._putters.append(fut)
        try:
            async with asyncio.timeout(timeout):
                granted = await fut
        except BaseException as exc:
            if not fut.done() or fut.cancelled():
                fut.cancel()
                if fut in self._putters:
                    self._putters.remove(fut)
                if isinstance(exc, TimeoutError):
                    hint = f"no room within {timeout:g}s"
                    raise _overflow(self.max_size, self.name, hint) from None
                raise
            if not fut.result():  # closed while waiting
                if isinstance(exc, TimeoutError):
                    return False
                raise
            self._reserved -= 1
            if not isinstance(exc, TimeoutError):
                self._wake_putters()  # cancelled after the grant: pass the slot on
                raise
            if self._closed:
                return False
            self._store(item)  # room was granted just as the timeout expired: keep it
            self._pass_on()
            return True
        if not granted:
            return False
        self._reserved -= 1
        if self._closed:
            return False
        self._store(item)
        self._pass_on()
        return True

    def _pass_on(self) -> None:
        """A granted producer stored its item: with ``max_bytes`` one slot is granted
        at a time, so wake the next producer if there is room still."""
        if self._putters and self.max_bytes is not None:
            self._wake_putters()

    def _wake_putters(self) -> None:
        putters = self._putters
        while putters and self._has_room():
            fut = putters.pop(0)
            if not fut.done():
                self._reserved += 1
                fut.set_result(True)

    def take(self) -> T:
        """Remove and return the oldest item; wake one blocked producer.

        Raises:
            IndexError: the buffer is empty.
        """
        if not self._items:
            msg = f"take() from empty buffer {self.name!r}; await get() to wait for an item"
            raise IndexError(msg)
        item = self._popleft()
        self.stats.delivered += 1
        self.stats.depth = len(self._items)
        if self._putters:
            self._wake_putters()
        return item

    def drain(self, max_items: int | None = None) -> list[T]:
        """Remove and return up to ``max_items`` oldest items (all if None) at once."""
        items = self._items
        if max_items is None or max_items >= len(items):
            out = list(items)
            items.clear()
            self.bytes = 0
        else:
            if max_items < 0:
                msg = f"max_items must be >= 0 or None, got {max_items!r}"
                raise ValueError(msg)
            out = [self._popleft() for _ in range(max_items)]
        self.stats.delivered += len(out)
        self.stats.depth = len(items)
        if self._putters:
            self._wake_putters()
        return out

    def waiter(self) -> asyncio.Future[None] | None:
        """A future that is done once an item arrives or the buffer closes; None when
        there is an item already or the buffer is closed.

        For a consumer that awaits the future itself (one await, no coroutine in
        between): if it gives up before the future is done it calls :meth:`forget`.
        """
        if self._items or self._closed:
            return None
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._getters.append(fut)
        return fut

    def forget(self, fut: asyncio.Future[None]) -> None:
        """Withdraw a :meth:`waiter` future that is no longer awaited."""
        if not fut.done():
            fut.cancel()
        if fut in self._getters:
            self._getters.remove(fut)

    async def _wait_for_item(self) -> None:
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._getters.append(fut)
        try:
            await fut
        finally:
            if not fut.done():
                fut.cancel()
            if fut in self._getters:
                self._getters.remove(fut)

    async def get(self) -> T:
        """Wait for an item and take it.

        Raises:
            BufferClosedError: the buffer is closed and empty.
        """
        while not self._items:
            if self._closed:
                where = f" {self.name!r}" if self.name else ""
                msg = f"buffer{where} is closed and empty"
                raise BufferClosedError(msg)
            await self._wait_for_item()
        return self.take()

    async def wait_nonempty(self) -> bool:
        """Wait until there is an item (True) or the buffer is closed and empty (False)."""
        while not self._items:
            if self._closed:
                return False
            await self._wait_for_item()
        return True

    def close(self) -> None:
        """Refuse new items and wake every waiter; stored items can still be taken."""
        self._closed = True
        getters, self._getters = self._getters, []
        for g in getters:
            if not g.done():
                g.set_result(None)
        while self._putters:
            p = self._putters.pop(0)
            if not p.done():
                p.set_result(False)

    def __aiter__(self) -> BoundedBuffer[T]:
        return self

    async def __anext__(self) -> T:
        try:
            return await self.get()
        except BufferClosedError:
            raise StopAsyncIteration from None
