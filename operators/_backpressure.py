"""Bounded buffering between a fast producer and a slow consumer.

:class:`BoundedBuffer` is a bounded FIFO shared by synchronous and asyncio code (stream
buffers, SSE client queues); :func:`backpressure_buffer` puts one in front of a slow
consumer inside a reactive pipeline.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar, cast, get_args

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable, SingleAssignmentDisposable
from reactivex.scheduler import CurrentThreadScheduler

from ._errors import BufferOverflowError, OperatorError

__all__ = [
    "BackpressureOperator",
    "BoundedBuffer",
    "BufferClosedError",
    "BufferStats",
    "OverflowPolicy",
    "backpressure_buffer",
]

T = TypeVar("T")
R = TypeVar("R")

OverflowPolicy = Literal["block", "drop_oldest", "drop_newest", "error"]
_POLICIES: tuple[str, ...] = get_args(OverflowPolicy)
_BLOCK_HINT = "block needs an awaiting producer: use BackpressureOperator.put()"


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
    ) -> None:
        if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
            msg = f"max_size must be an int >= 1, got {max_size!r}"
            raise ValueError(msg)
        if overflow not in _POLICIES:
            allowed = ", ".join(repr(p) for p in _POLICIES)
            msg = f"overflow must be one of {allowed}, got {overflow!r}"
            raise ValueError(msg)
        self.max_size = max_size
        self.overflow: OverflowPolicy = overflow
        self.name = name
        self.stats = BufferStats()
        self._on_drop = on_drop
        self._items: deque[T] = deque()
        self._closed = False
        # Slots granted to woken producers that have not stored their item yet; they
        # count as taken so a newcomer cannot barge past a waiting producer.
        self._reserved = 0
        self._putters: deque[asyncio.Future[bool]] = deque()
        self._getters: list[asyncio.Future[None]] = []

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return (
            f"BoundedBuffer(name={self.name!r}, {len(self._items)}/{self.max_size}, "
            f"overflow={self.overflow!r}, closed={self._closed})"
        )

    @property
    def closed(self) -> bool:
        """True once ``close()`` was called."""
        return self._closed

    def _store(self, item: T) -> None:
        items = self._items
        items.append(item)
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
        if len(self._items) + self._reserved < self.max_size:
            self._store(item)
            return True
        policy = self.overflow
        if policy == "block":
            return False
        if policy == "error":
            raise BufferOverflowError(self.max_size, self.name)
        self.stats.dropped += 1
        if policy == "drop_oldest" and self._items:
            evicted = self._items.popleft()
            self._store(item)
            if self._on_drop is not None:
                self._on_drop(evicted)
            return True
        if self._on_drop is not None:
            self._on_drop(item)
        return False

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
        if not self._putters and len(self._items) + self._reserved < self.max_size:
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
            return True
        if not granted:
            return False
        self._reserved -= 1
        if self._closed:
            return False
        self._store(item)
        return True

    def _wake_putters(self) -> None:
        putters = self._putters
        while putters and len(self._items) + self._reserved < self.max_size:
            fut = putters.popleft()
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
        item = self._items.popleft()
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
        else:
            if max_items < 0:
                msg = f"max_items must be >= 0 or None, got {max_items!r}"
                raise ValueError(msg)
            out = [items.popleft() for _ in range(max_items)]
        self.stats.delivered += len(out)
        self.stats.depth = len(items)
        if self._putters:
            self._wake_putters()
        return out

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
            p = self._putters.popleft()
            if not p.done():
                p.set_result(False)

    def __aiter__(self) -> BoundedBuffer[T]:
        return self

    async def __anext__(self) -> T:
        try:
            return await self.get()
        except BufferClosedError:
            raise StopAsyncIteration from None


class _Pump(Generic[T, R]):
    """One subscription's engine: moves buffered items into free consumer slots."""

    def __init__(
        self,
        buffer: BoundedBuffer[T],
        consumer: Callable[[T], Observable[R]] | None,
        concurrency: int,
        observer: abc.ObserverBase[R],
        scheduler: abc.SchedulerBase,
    ) -> None:
        self.buffer = buffer
        self.consumer = consumer
        self.concurrency = concurrency
        self.observer = observer
        self.scheduler = scheduler
        self.disposables = CompositeDisposable()
        self.in_flight = 0
        self.source_done = False
        self.stopped = False
        self._pumping = False
        self._again = False

    def pump(self) -> None:
        # Trampolined: a consumer that completes synchronously re-enters here.
        if self._pumping:
            self._again = True
            return
        self._pumping = True
        try:
            again = True
            while again:
                self._again = False
                buffer = self.buffer
                while not self.stopped and self.in_flight < self.concurrency and buffer:
                    self.in_flight += 1
                    self._start(buffer.take())
                if self.source_done and not self.in_flight and not buffer and not self.stopped:
                    self.stop()
                    self.observer.on_completed()
                    return
                again = self._again
        finally:
            self._pumping = False

    def _start(self, item: T) -> None:
        slot = SingleAssignmentDisposable()
        self.disposables.add(slot)

        def done() -> None:
            self.disposables.remove(slot)
            self.in_flight -= 1
            self.pump()

        if self.consumer is None:

            def emit(_: abc.SchedulerBase, __: object = None) -> None:
                if not self.stopped:
                    self.observer.on_next(cast(R, item))
                    done()

            slot.disposable = self.scheduler.schedule(emit)
            return
        try:
            inner = self.consumer(item)
        except Exception as err:  # user code: route to on_error
            self.fail(err)
            return

        def on_next(value: R) -> None:
            if not self.stopped:
                self.observer.on_next(value)

        slot.disposable = inner.subscribe(on_next, self.fail, done, scheduler=self.scheduler)

    def fail(self, err: Exception) -> None:
        if not self.stopped:
            self.stop()
            self.observer.on_error(err)

    def stop(self) -> None:
        self.stopped = True
        self.disposables.dispose()


class BackpressureOperator(Generic[T, R]):
    """A bounded buffer in front of a slow consumer; see :func:`backpressure_buffer`.

    Use it as an operator (``source.pipe(op)``: each subscription gets its own buffer,
    all share ``stats``) or feed it with ``await op.put(item)`` and subscribe to
    ``op.observable`` (one subscriber at a time; ``close()`` completes it once
    drained; after the output terminates, ``put()`` returns False).
    """

    def __init__(
        self,
        max_size: int,
        overflow: OverflowPolicy,
        consumer: Callable[[T], Observable[R]] | None,
        concurrency: int,
        scheduler: abc.SchedulerBase | None,
        name: str,
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            msg = f"concurrency must be an int >= 1, got {concurrency!r}"
            raise ValueError(msg)
        self._put_buffer: BoundedBuffer[T] = BoundedBuffer(max_size, overflow, name=name)
        self.stats = self._put_buffer.stats
        self._consumer = consumer
        self._concurrency = concurrency
        self._scheduler = scheduler
        self._put_pump: _Pump[T, R] | None = None
        self.observable: Observable[R] = Observable(self._subscribe_put)

    def _pump(
        self, buffer: BoundedBuffer[T], observer: abc.ObserverBase[R], sch: abc.SchedulerBase | None
    ) -> _Pump[T, R]:
        scheduler = self._scheduler or sch or CurrentThreadScheduler.singleton()
        return _Pump(buffer, self._consumer, self._concurrency, observer, scheduler)

    def __call__(self, source: Observable[T]) -> Observable[R]:
        template = self._put_buffer

        def subscribe(
            observer: abc.ObserverBase[R], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            buffer: BoundedBuffer[T] = BoundedBuffer(
                template.max_size, template.overflow, name=template.name
            )
            buffer.stats = self.stats
            pump = self._pump(buffer, observer, scheduler)

            def on_next(item: T) -> None:
                if pump.stopped:
                    return
                try:
                    if not buffer.offer(item) and buffer.overflow == "block":
                        raise _overflow(buffer.max_size, buffer.name, _BLOCK_HINT)
                except Exception as err:  # overflow or on_drop: to on_error
                    pump.fail(err)
                    return
                pump.pump()

            def on_completed() -> None:
                pump.source_done = True
                pump.pump()

            pump.disposables.add(
                source.subscribe(on_next, pump.fail, on_completed, scheduler=scheduler)
            )
            return Disposable(pump.stop)

        return Observable(subscribe)

    def _subscribe_put(
        self, observer: abc.ObserverBase[R], scheduler: abc.SchedulerBase | None = None
    ) -> abc.DisposableBase:
        if self._put_pump is not None and not self._put_pump.stopped:
            msg = "BackpressureOperator.observable already has a subscriber; share() it instead"
            observer.on_error(RuntimeError(msg))
            return Disposable()
        buffer = self._put_buffer
        pump = self._put_pump = self._pump(buffer, observer, scheduler)
        pump.disposables.add(Disposable(buffer.close))
        pump.source_done = buffer.closed
        pump.pump()
        return Disposable(pump.stop)

    async def put(self, item: T, timeout: float | None = None) -> bool:
        """Feed ``item`` to ``observable``; under ``block`` wait for room.

        Returns False if the item was dropped (``drop_newest``) or the feed is closed.

        Raises:
            BufferOverflowError: under ``error`` when full (the output errors too), or
                under ``block`` when no room came within ``timeout`` seconds.
        """
        try:
            stored = await self._put_buffer.put(item, timeout)
        except BufferOverflowError as err:
            if self._put_pump is not None and self.overflow == "error":
                self._put_pump.fail(err)
            raise
        if stored and self._put_pump is not None:
            self._put_pump.pump()
        return stored

    @property
    def overflow(self) -> OverflowPolicy:
        """The buffer's overflow policy."""
        return self._put_buffer.overflow

    def close(self) -> None:
        """End the ``put()`` feed: ``observable`` completes once the buffer drains."""
        self._put_buffer.close()
        if self._put_pump is not None:
            self._put_pump.source_done = True
            self._put_pump.pump()


def backpressure_buffer(
    max_size: int,
    overflow: OverflowPolicy = "drop_oldest",
    *,
    consumer: Callable[[T], Observable[R]] | None = None,
    concurrency: int = 1,
    scheduler: abc.SchedulerBase | None = None,
    name: str = "",
) -> BackpressureOperator[T, R]:
    """Buffer up to ``max_size`` items in front of a slow ``consumer``.

    At most ``concurrency`` items are in flight in ``consumer(item)``; its values go
    downstream, its completion starts the next buffered item, its error errors the
    output. Without ``consumer`` each item is emitted via ``scheduler.schedule`` (so a
    synchronous burst queues up). In-flight items are not counted in ``max_size``. A
    full buffer follows ``overflow`` (see :class:`BoundedBuffer`); ``error`` errors
    the output with BufferOverflowError, and so does ``block`` for a push source,
    which cannot wait (feed with ``await op.put(item)`` to block). The output
    completes after the source completes, the buffer drains and in-flight items end.

    Example (``max_size=2``, ``drop_oldest``, consumer takes 3 ticks)::

        source:  -abcdef|
        output:  ----a--c--e--(f|)     b and d evicted: stats.dropped == 2

    Raises:
        ValueError: ``max_size`` or ``concurrency`` < 1, or unknown ``overflow``.
    """
    return BackpressureOperator(max_size, overflow, consumer, concurrency, scheduler, name)
