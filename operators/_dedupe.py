"""``dedupe``: let one item per key through, within a time horizon or an LRU of keys."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from reactivex import Observable, abc
from reactivex.scheduler import TimeoutScheduler

from ._clock import seconds_clock

__all__ = ["RecentKeys", "dedupe"]

_T = TypeVar("_T")


class RecentKeys:
    """Keys with the time each was last let through, oldest first.

    A key is forgotten once ``now`` is ``horizon`` seconds past its time (checked
    from the oldest end on every :meth:`put`, so memory follows the keys of the
    last ``horizon``), or when more than ``max_keys`` keys are held (least recently
    used first).
    """

    __slots__ = ("_keys", "horizon", "max_keys")

    def __init__(self, horizon: float, max_keys: int | None) -> None:
        self.horizon = horizon
        self.max_keys = max_keys
        self._keys: OrderedDict[Hashable, float] = OrderedDict()

    def get(self, key: Hashable) -> float | None:
        """The key's time, if remembered."""
        return self._keys.get(key)

    def touch(self, key: Hashable) -> None:
        """Mark ``key`` as recently used (LRU order); its time is unchanged."""
        self._keys.move_to_end(key)

    def put(self, key: Hashable, time: float, now: float) -> None:
        """Remember ``key`` at ``time``; forget what ``now`` expired or the bound evicts."""
        keys = self._keys
        keys[key] = time
        keys.move_to_end(key)
        horizon = self.horizon
        while keys:
            oldest = next(iter(keys.values()))
            if oldest + horizon > now:
                break
            keys.popitem(last=False)
        if self.max_keys is not None:
            while len(keys) > self.max_keys:
                keys.popitem(last=False)

    def __len__(self) -> int:
        return len(self._keys)


def _identity(item: Any) -> Any:
    return item


def dedupe(
    key: Callable[[_T], Hashable] | None = None,
    *,
    horizon: float | None = None,
    max_keys: int | None = None,
    time: Callable[[_T], float] | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Drop items whose key was let through recently; forward the rest unchanged.

    The first item of a key passes and its key is remembered for ``horizon``
    seconds from that item's time (duplicates do not extend it) and/or while it is
    among the ``max_keys`` most recently seen keys (a duplicate counts as a use).
    Time is ``time(item)`` (event time, in arrival order: a key is forgotten once
    the newest time seen is ``horizon`` past it) or, by default, the scheduler's
    clock when the item arrives. An exception from ``key`` or ``time`` goes to
    ``on_error``.

    Marble (``horizon=5``, processing time; 1 char = 1 s)::

        source:  -a-a-b--a---a-|
        output:  -a---b--a-----|      (the 2nd a within 5 s of the 1st; a at 8 is
                                       past the horizon; a at 12 within 5 s of 8)

    Args:
        key: The item's key; default the item itself (hashable).
        horizon: Seconds a key is remembered (> 0); ``None`` for no time limit.
        max_keys: Most keys remembered (>= 1), least recently seen forgotten first;
            ``None`` for no bound.
        time: Event time of an item in seconds; default processing time.
        scheduler: Processing-time clock; default the subscribe-time scheduler,
            else the ``TimeoutScheduler`` singleton.

    Raises:
        ValueError: neither ``horizon`` nor ``max_keys`` given (memory would grow
            with every key ever seen), or either is out of range.
    """
    if horizon is None and max_keys is None:
        msg = (
            "dedupe needs horizon= (seconds) or max_keys= (an LRU bound), or both: "
            "without either it would remember every key forever"
        )
        raise ValueError(msg)
    if horizon is not None and (
        isinstance(horizon, bool) or not (math.isfinite(horizon) and horizon > 0)
    ):
        msg = f"dedupe: horizon must be > 0 seconds (finite) or None, got {horizon!r}"
        raise ValueError(msg)
    if max_keys is not None and (
        isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 1
    ):
        msg = f"dedupe: max_keys must be an int >= 1 or None, got {max_keys!r}"
        raise ValueError(msg)
    key_of: Callable[[_T], Hashable] = key or _identity
    forget_after = math.inf if horizon is None else horizon

    def _dedupe(source: Observable[_T]) -> Observable[_T]:
        def subscribe(
            observer: abc.ObserverBase[_T], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            now = seconds_clock(scheduler or scheduler_ or TimeoutScheduler.singleton())
            recent = RecentKeys(forget_after, max_keys)
            newest = -math.inf

            def on_next(item: _T) -> None:
                nonlocal newest
                try:
                    group = key_of(item)
                    moment = now() if time is None else time(item)
                    if moment > newest:
                        newest = moment
                    seen = recent.get(group)
                    if seen is not None and abs(moment - seen) < forget_after:
                        recent.touch(group)
                        return
                    recent.put(group, moment, newest)
                except Exception as error:  # user code: key, time
                    observer.on_error(error)
                    return
                observer.on_next(item)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler_
            )

        return Observable(subscribe)

    return _dedupe
