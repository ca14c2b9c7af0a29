"""Helpers for the windowing tests: timed sources and compact results."""

from __future__ import annotations

from typing import Any

from reactivex import Observable
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.recorded import Recorded

from operators import JoinResult, LateEvent, WindowResult

__all__ = ["compact", "timed"]


def timed(
    scheduler: TestScheduler,
    items: list[tuple[int, Any]],
    completed: int | None = None,
    error: Exception | None = None,
) -> Observable[Any]:
    """A hot source: ``(tick, item)`` pairs, then completion (or ``error``) at ``completed``."""
    records: list[Recorded[Any]] = [ReactiveTest.on_next(tick, item) for tick, item in items]
    if completed is not None:
        if error is not None:
            records.append(ReactiveTest.on_error(completed, error))
        else:
            records.append(ReactiveTest.on_completed(completed))
    return scheduler.create_hot_observable(records)


def compact(value: object) -> object:
    """A result as a short tuple: ``(key, start, end, value, count[, "update"])``.

    A :class:`LateEvent` becomes ``("late", value)``, a :class:`JoinResult`
    ``(key, start, end, left, right)``; anything else is returned as is.
    """
    if isinstance(value, WindowResult):
        base = (value.key, value.start, value.end, value.value, value.count)
        return (*base, "update") if value.update else base
    if isinstance(value, LateEvent):
        return ("late", value.value)
    if isinstance(value, JoinResult):
        return (value.key, value.start, value.end, value.left, value.right)
    return value
