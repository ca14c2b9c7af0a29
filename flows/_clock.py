"""One float clock per scheduler: virtual seconds under a test scheduler, else monotonic."""

from __future__ import annotations

import time
from collections.abc import Callable

from reactivex import abc
from reactivex.scheduler import VirtualTimeScheduler

__all__ = ["clock_of"]


def clock_of(scheduler: abc.SchedulerBase | None) -> Callable[[], float]:
    """Return a cheap ``() -> seconds`` clock that follows ``scheduler``.

    Under a ``VirtualTimeScheduler`` (``TestScheduler``) durations are virtual, so
    traces and metrics in marble tests are exact; otherwise ``time.perf_counter``.
    """
    if isinstance(scheduler, VirtualTimeScheduler):
        virtual = scheduler

        def virtual_clock() -> float:
            return float(virtual.clock)

        return virtual_clock
    return time.perf_counter
