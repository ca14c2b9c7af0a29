"""``timeout_each``: a per-item deadline that fails the item, not the stream."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, SingleAssignmentDisposable
from reactivex.internal.exceptions import SequenceContainsNoElementsError
from reactivex.scheduler import TimeoutScheduler

from ._errors import ItemTimeoutError

__all__ = ["ItemFailure", "timeout_each"]

_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True, slots=True)
class ItemFailure(Generic[_T]):
    """One source item that could not be processed, and why."""

    item: _T
    error: Exception


def timeout_each(
    duration: float,
    mapper: Callable[[_T], Observable[_R]],
    *,
    scheduler: abc.SchedulerBase | None = None,
    on_timeout: Literal["error_item", "skip"] = "error_item",
) -> Callable[[Observable[_T]], Observable[_R | ItemFailure[_T]]]:
    """Process every item through ``mapper`` concurrently, each within ``duration``.

    For each item, ``mapper(item)`` is subscribed; its first value is emitted and
    the inner observable disposed. The clock starts at that subscription (an inner
    that answers while being subscribed arms no timer). If no value arrives within
    ``duration`` the inner is disposed first (an awaited task is cancelled: the call
    is preempted), then ``ItemFailure(item, ItemTimeoutError(duration, item))`` is emitted
    (nothing with ``on_timeout="skip"``). An inner error, an inner that completes
    empty (``SequenceContainsNoElementsError``) or an exception raised by ``mapper``
    itself become ``ItemFailure(item, error)``: the stream goes on. Output is in
    completion order; completion waits for in-flight items. A source error is
    forwarded at once and in-flight items are disposed.

    Marble (duration=3; mapper(a) answers after 1, mapper(b) after 5)::

        source:  -a-b-----|
        inner a:  -A|
        inner b:    -----B|
        output:  --A--F---|      F = ItemFailure(b, ItemTimeoutError(3, b))

    Args:
        duration: Seconds allowed per item (> 0).
        mapper: Builds the per-item observable; expected to produce one value.
        scheduler: Where deadlines run; default the subscribe-time scheduler, else
            the ``TimeoutScheduler`` singleton.
        on_timeout: ``"error_item"`` to emit an ``ItemFailure``, ``"skip"`` to drop.

    Raises:
        ValueError: ``duration`` is not > 0 or ``on_timeout`` is unknown.
    """
    if not (duration > 0 and math.isfinite(duration)):
        msg = f"timeout_each: duration must be > 0 seconds (finite), got {duration!r}"
        raise ValueError(msg)
    if on_timeout not in ("error_item", "skip"):
        msg = f"timeout_each: on_timeout must be 'error_item' or 'skip', got {on_timeout!r}"
        raise ValueError(msg)

    def _timeout_each(source: Observable[_T]) -> Observable[_R | ItemFailure[_T]]:
        def subscribe(
            observer: abc.ObserverBase[_R | ItemFailure[_T]],
            scheduler_: abc.SchedulerBase | None = None,
        ) -> abc.DisposableBase:
            sched = scheduler or scheduler_ or TimeoutScheduler.singleton()
            group = CompositeDisposable()
            lock = threading.RLock()
            in_flight = 0
            source_done = False
            stopped = False

            def complete_if_idle() -> None:
                if source_done and in_flight == 0 and not stopped:
                    observer.on_completed()

            def process(item: _T) -> None:
                nonlocal in_flight
                inner_sub = SingleAssignmentDisposable()
                timer_sub = SingleAssignmentDisposable()
                item_sub = CompositeDisposable(inner_sub, timer_sub)
                settled = False

                def settle(result: _R | ItemFailure[_T] | None, emit: bool) -> None:
                    nonlocal settled, in_flight
                    with lock:
                        if settled or stopped:
                            return
                        settled = True
                        in_flight -= 1
                        group.remove(item_sub)  # disposes the inner and the timer
                        if emit:
                            observer.on_next(result)  # type: ignore[arg-type]
                        complete_if_idle()

                def on_inner_error(error: Exception) -> None:
                    settle(ItemFailure(item, error), True)

                def on_inner_completed() -> None:
                    error = SequenceContainsNoElementsError(f"no value for item {item!r}")
                    settle(ItemFailure(item, error), True)

                def on_deadline(_: abc.SchedulerBase, __: Any = None) -> None:
                    if on_timeout == "skip":
                        settle(None, False)
                    else:
                        settle(ItemFailure(item, ItemTimeoutError(duration, item)), True)

                with lock:
                    in_flight += 1
                    group.add(item_sub)
                try:
                    inner = mapper(item)
                except Exception as error:  # user code: fail the item, not the stream
                    settle(ItemFailure(item, error), True)
                    return
                inner_sub.disposable = inner.subscribe(
                    lambda value: settle(value, True),
                    on_inner_error,
                    on_inner_completed,
                    scheduler=scheduler_,
                )
                if not settled:  # an inner that answered while subscribing needs no timer
                    timer_sub.disposable = sched.schedule_relative(duration, on_deadline)

            def on_error(error: Exception) -> None:
                nonlocal stopped
                with lock:
                    if stopped:
                        return
                    stopped = True
                    observer.on_error(error)
                group.dispose()

            def on_completed() -> None:
                nonlocal source_done
                with lock:
                    source_done = True
                    complete_if_idle()

            group.add(source.subscribe(process, on_error, on_completed, scheduler=scheduler_))
            return group

        return Observable(subscribe)

    return _timeout_each
