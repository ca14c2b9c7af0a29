"""Bounded buffering between a fast producer and a slow consumer.

:class:`BoundedBuffer` is a bounded FIFO shared by synchronous and asyncio code (stream
buffers, SSE client queues); :func:`backpressure_buffer` puts one in front of a slow
consumer inside a reactive pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, cast

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable, SingleAssignmentDisposable
from reactivex.scheduler import CurrentThreadScheduler

from ._bounded_buffer import BoundedBuffer, OverflowPolicy, _overflow
from ._errors import BufferOverflowError

__all__ = [
    "BackpressureOperator",
    "backpressure_buffer",
]

T = TypeVar("T")
R = TypeVar("R")

_BLOCK_HINT = "block needs an awaiting producer: use BackpressureOperator.put()"


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
