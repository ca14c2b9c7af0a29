"""``deadline``: fail an observable that has not answered within a time limit."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, SingleAssignmentDisposable
from reactivex.scheduler import TimeoutScheduler

from ._errors import ItemTimeoutError

__all__ = ["deadline"]

_T = TypeVar("_T")


def deadline(
    seconds: float,
    *,
    error: Callable[[], Exception] | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Fail the source with ``ItemTimeoutError`` unless it answers within ``seconds``.

    The clock starts at subscription. The first value, or a completion or error,
    stops it; values after the first pass through untimed. When time runs out the
    source is disposed first (an awaited task is cancelled: the call is preempted),
    then the output fails with ``error()`` (default ``ItemTimeoutError(seconds)``).
    Put it inside ``circuit_breaker`` and ``retry_with_backoff`` so a timeout counts
    as a failed attempt.

    Marble (seconds=3)::

        source:  -----a|
        output:  ---#           # = ItemTimeoutError(3)
        source:  -a--b|
        output:  -a--b|

    Args:
        seconds: the limit (> 0, finite).
        error: builds the error raised on timeout.
        scheduler: where the timer runs; default the subscribe-time scheduler, else
            the ``TimeoutScheduler`` singleton.

    Raises:
        ValueError: ``seconds`` is not > 0 and finite.
    """
    if not (seconds > 0 and math.isfinite(seconds)):
        msg = f"deadline: seconds must be > 0 (finite), got {seconds!r}"
        raise ValueError(msg)

    def _deadline(source: Observable[_T]) -> Observable[_T]:
        def subscribe(
            observer: abc.ObserverBase[_T], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or scheduler_ or TimeoutScheduler.singleton()
            inner = SingleAssignmentDisposable()
            timer = SingleAssignmentDisposable()
            answered = False
            expired = False

            def on_deadline(_: abc.SchedulerBase, __: Any = None) -> None:
                nonlocal expired
                if answered:
                    return
                expired = True
                inner.dispose()
                try:
                    failure = error() if error is not None else ItemTimeoutError(seconds)
                except Exception as callback_error:  # user code: report, never crash
                    failure = callback_error
                observer.on_error(failure)

            def on_next(value: _T) -> None:
                nonlocal answered
                if expired:
                    return
                if not answered:
                    answered = True
                    timer.dispose()
                observer.on_next(value)

            def on_error(err: Exception) -> None:
                nonlocal answered
                if expired:
                    return
                answered = True
                timer.dispose()
                observer.on_error(err)

            def on_completed() -> None:
                nonlocal answered
                if expired:
                    return
                answered = True
                timer.dispose()
                observer.on_completed()

            inner.disposable = source.subscribe(
                on_next, on_error, on_completed, scheduler=scheduler_
            )
            if not answered:
                timer.disposable = sched.schedule_relative(seconds, on_deadline)
            return CompositeDisposable(timer, inner)

        return Observable(subscribe)

    return _deadline
