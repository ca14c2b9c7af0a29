"""``throttle``: per key, the first item, then silence for an interval."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from reactivex import Observable, abc
from reactivex.scheduler import TimeoutScheduler

from ._clock import seconds_clock
from ._dedupe import RecentKeys

__all__ = ["throttle"]

_T = TypeVar("_T")


def _one_key(_: Any) -> None:
    return None


def throttle(
    interval: float,
    *,
    key: Callable[[_T], Hashable] | None = None,
    time: Callable[[_T], float] | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Let an item through, then drop its key's items for ``interval`` seconds.

    An item passes when at least ``interval`` seconds have passed since the last
    item of its key that passed (``throttle_first``, per key). Time is the
    scheduler's clock at arrival (the default: then, without ``key``, this is
    ``reactivex.operators.throttle_first``) or ``time(item)``, event time. Event time
    is judged in arrival order, without a watermark: an item older than the last
    one let through for its key is dropped. Keys idle for ``interval`` are
    forgotten. An exception from ``key`` or ``time`` goes to ``on_error``.

    Marble (``interval=3``, processing time; 1 char = 1 s)::

        source:  -abc-d--ef-|
        output:  -a---d--e--|

    Args:
        interval: Seconds of silence after an item passes (> 0).
        key: The item's key; default one key for all items.
        time: Event time of an item; default processing time.
        scheduler: Processing-time clock; default the subscribe-time scheduler,
            else the ``TimeoutScheduler`` singleton.

    Raises:
        ValueError: ``interval`` is not > 0.
    """
    if isinstance(interval, bool) or not (math.isfinite(interval) and interval > 0):
        msg = f"throttle: interval must be > 0 seconds (finite), got {interval!r}"
        raise ValueError(msg)
    key_of: Callable[[_T], Hashable] = key or _one_key

    def _throttle(source: Observable[_T]) -> Observable[_T]:
        def subscribe(
            observer: abc.ObserverBase[_T], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            now = seconds_clock(scheduler or scheduler_ or TimeoutScheduler.singleton())
            passed = RecentKeys(interval, None)
            newest = -math.inf

            def on_next(item: _T) -> None:
                nonlocal newest
                try:
                    group = key_of(item)
                    moment = now() if time is None else time(item)
                    if moment > newest:
                        newest = moment
                    last = passed.get(group)
                    if last is not None and moment - last < interval:
                        return
                    passed.put(group, moment, newest)
                except Exception as error:  # user code: key, time
                    observer.on_error(error)
                    return
                observer.on_next(item)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler_
            )

        return Observable(subscribe)

    return _throttle
