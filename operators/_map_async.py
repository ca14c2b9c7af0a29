"""map_async: run an async function (or an Observable factory) per item, bounded."""

from __future__ import annotations

import asyncio
import inspect
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar, cast

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable, SingleAssignmentDisposable

__all__ = ["map_async"]

T = TypeVar("T")
R = TypeVar("R")


class _Run(Generic[T, R]):
    """State of one subscription to ``map_async``."""

    def __init__(
        self,
        fn: Callable[[T], Awaitable[R] | Observable[R]],
        concurrency: int,
        ordered: bool,
        observer: abc.ObserverBase[R],
        scheduler: abc.SchedulerBase | None,
    ) -> None:
        self.fn = fn
        self.concurrency = concurrency
        self.ordered = ordered
        self.observer = observer
        self.scheduler = scheduler
        self.disposables = CompositeDisposable()
        self.waiting: deque[tuple[int, T]] = deque()
        self.tasks: dict[asyncio.Future[Any], int] = {}
        self.held: dict[int, list[R]] = {}  # values of calls behind the head (ordered)
        self.finished: set[int] = set()  # calls done while not the head (ordered)
        self.next_index = 0
        self.head = 0
        self.in_flight = 0
        self.source_done = False
        self.stopped = False
        self._pumping = False
        self._again = False

    def stop(self) -> None:
        self.stopped = True
        tasks, self.tasks = self.tasks, {}
        for task in tasks:
            task.cancel()
        self.disposables.dispose()

    def fail(self, err: Exception) -> None:
        if not self.stopped:
            self.stop()
            self.observer.on_error(err)

    def on_next(self, item: T) -> None:
        if not self.stopped:
            self.waiting.append((self.next_index, item))
            self.next_index += 1
            self.pump()

    def on_completed(self) -> None:
        self.source_done = True
        self.pump()

    def pump(self) -> None:
        # Trampolined: an Observable that completes synchronously re-enters here.
        if self._pumping:
            self._again = True
            return
        self._pumping = True
        try:
            again = True
            while again:
                self._again = False
                waiting = self.waiting
                while waiting and not self.stopped and self.in_flight < self.concurrency:
                    self.in_flight += 1
                    self._start(*waiting.popleft())
                if self.source_done and not self.in_flight and not waiting and not self.stopped:
                    self.stop()
                    self.observer.on_completed()
                    return
                again = self._again
        finally:
            self._pumping = False

    def _emit(self, idx: int, value: R) -> None:
        if self.stopped:
            return
        if not self.ordered or idx == self.head:
            self.observer.on_next(value)
        else:
            self.held.setdefault(idx, []).append(value)

    def _finish(self, idx: int) -> None:
        if self.stopped:
            return
        self.in_flight -= 1
        if self.ordered:
            self.finished.add(idx)
            while self.head in self.finished:
                self.finished.discard(self.head)
                self.head += 1
                for value in self.held.pop(self.head, ()):
                    self.observer.on_next(value)
        self.pump()

    def _start(self, idx: int, item: T) -> None:
        try:
            result = self.fn(item)
        except Exception as err:  # user code: route to on_error
            self.fail(err)
            return
        if isinstance(result, Observable):
            self._subscribe_inner(idx, cast(Observable[R], result))
            return
        if not inspect.isawaitable(result):
            msg = (
                "map_async fn must return an awaitable or an Observable, "
                f"got {type(result).__name__} for item {item!r}"
            )
            self.fail(TypeError(msg))
            return
        try:
            task = asyncio.ensure_future(result)
        except RuntimeError as err:  # no running event loop
            if inspect.iscoroutine(result):
                result.close()
            msg = f"map_async needs a running asyncio event loop for awaitables: {err}"
            self.fail(RuntimeError(msg))
            return
        self.tasks[task] = idx
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Future[Any]) -> None:
        idx = self.tasks.pop(task, None)
        if idx is None or task.cancelled():
            return  # stopped: the task was cancelled or its result is unwanted
        err = task.exception()
        if err is None:
            self._emit(idx, cast(R, task.result()))
            self._finish(idx)
        elif isinstance(err, Exception):
            self.fail(err)
        else:  # KeyboardInterrupt & co. are not ours to swallow
            raise err

    def _subscribe_inner(self, idx: int, inner: Observable[R]) -> None:
        slot = SingleAssignmentDisposable()
        self.disposables.add(slot)

        def on_next(value: R) -> None:
            self._emit(idx, value)

        def on_completed() -> None:
            self.disposables.remove(slot)
            self._finish(idx)

        slot.disposable = inner.subscribe(
            on_next, self.fail, on_completed, scheduler=self.scheduler
        )


def map_async(
    fn: Callable[[T], Awaitable[R] | Observable[R]],
    *,
    concurrency: int = 1,
    ordered: bool = True,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[T]], Observable[R]]:
    """Map each item through ``fn`` with at most ``concurrency`` calls in flight.

    An awaitable result runs as an asyncio task on the running loop (subscribe from
    inside the loop; results come back through task callbacks, on that loop); an
    Observable result is subscribed (with ``scheduler``) and all its values are
    forwarded. ``ordered=True`` emits in source order (results that finish early
    wait in a reorder buffer); ``ordered=False`` in completion order. Items beyond
    the bound wait in an *unbounded* FIFO: put :func:`backpressure_buffer` in front
    to bound it. An exception from ``fn`` (raised, or from its awaitable or
    Observable) errors the output; disposal cancels pending tasks. The output
    completes once the source has completed and every call has finished.

    Example (``concurrency=2``; ``a`` takes 4 ticks, ``b`` and ``c`` take 1)::

        source:          -abc|
        ordered=True:    -----(abc|)
        ordered=False:   ---bc(a|)

    Raises:
        ValueError: ``concurrency`` < 1.
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        msg = f"concurrency must be an int >= 1, got {concurrency!r}"
        raise ValueError(msg)

    def operator(source: Observable[T]) -> Observable[R]:
        def subscribe(
            observer: abc.ObserverBase[R], sub_scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            run = _Run(fn, concurrency, ordered, observer, scheduler or sub_scheduler)
            run.disposables.add(
                source.subscribe(run.on_next, run.fail, run.on_completed, scheduler=sub_scheduler)
            )
            return Disposable(run.stop)

        return Observable(subscribe)

    return operator
