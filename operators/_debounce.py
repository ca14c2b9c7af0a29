"""``debounce``: per key, the last item of each burst, once the burst is over."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from reactivex import Observable, abc
from reactivex import operators as ops

from ._event_time import EventTime, WindowStats
from ._records import WindowResult
from ._window import window
from ._windowers import Session

__all__ = ["debounce"]

_T = TypeVar("_T")


class _Latest(Generic[_T]):
    """The item with the greatest time (the later arrival among equals)."""

    __slots__ = ("timestamp",)

    def __init__(self, timestamp: Callable[[_T], float] | None) -> None:
        self.timestamp = timestamp

    def init(self) -> list[Any]:
        return [-math.inf, None]

    def add(self, acc: list[Any], item: _T, /) -> list[Any]:
        moment = math.inf if self.timestamp is None else self.timestamp(item)
        if moment >= acc[0]:
            acc[0], acc[1] = moment, item
        return acc

    def merge(self, a: list[Any], b: list[Any], /) -> list[Any]:
        return b if b[0] >= a[0] else a

    def result(self, acc: list[Any], /) -> _T:
        item: _T = acc[1]
        return item


def _one_key(_: Any) -> None:
    return None


def _value(result: WindowResult[Any, _T]) -> _T:
    return result.value


def debounce(
    duetime: float,
    *,
    key: Callable[[_T], Hashable] | None = None,
    time: EventTime[_T] | None = None,
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Emit a key's latest item once ``duetime`` seconds pass without another.

    Per key, items less than ``duetime`` apart form a burst -- a session window
    (:func:`window` with ``Session(duetime)``) -- and the burst's latest item is
    emitted when the window closes: in processing time (the default) ``duetime``
    after the last arrival, as ``reactivex.operators.debounce`` does for one key; in
    event time when the watermark passes the latest item's time plus ``duetime``,
    so out-of-order items within the watermark's bound are debounced as if sorted.
    At completion the pending item of every key is emitted. Late items (event time)
    are dropped and counted in ``stats.late``. An exception from ``key`` or the
    timestamp goes to ``on_error``.

    Marble (``duetime=2``, processing time, one key; 1 char = 1 s)::

        source:  -ab--c---de-|
        output:  ----b--c----(e|)

    An item exactly ``duetime`` after the previous one starts a new burst (the
    previous burst is emitted first).

    Args:
        duetime: Seconds of quiet that end a burst (> 0).
        key: The item's key; default one key for all items.
        time: Event time; default processing time.
        stats: Window counters (late items, open bursts).
        scheduler: Processing-time clock and timers (see :func:`window`).

    Raises:
        ValueError: ``duetime`` is not > 0.
    """
    if isinstance(duetime, bool) or not (math.isfinite(duetime) and duetime > 0):
        msg = f"debounce: duetime must be > 0 seconds (finite), got {duetime!r}"
        raise ValueError(msg)
    bursts = window(
        Session(duetime),
        _Latest(None if time is None else time.timestamp),
        key=key or _one_key,
        time=time,
        stats=stats,
        scheduler=scheduler,
    )

    def _debounce(source: Observable[_T]) -> Observable[_T]:
        return source.pipe(bursts, ops.map(_value))

    return _debounce
