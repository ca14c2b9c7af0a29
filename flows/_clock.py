"""One float clock per scheduler: virtual seconds in virtual time, else monotonic."""

from __future__ import annotations

import time
from collections.abc import Callable

from reactivex import abc
from reactivex.scheduler import VirtualTimeScheduler

from operators import LoopScheduler, seconds_clock

__all__ = ["clock_of"]


def clock_of(scheduler: abc.SchedulerBase | None) -> Callable[[], float]:
    """Return a cheap ``() -> seconds`` clock that follows ``scheduler``.

    Under a ``TestScheduler`` or a :class:`~operators.LoopScheduler` (whose loop may
    be a virtual-time loop) durations are the scheduler's own, so traces and metrics
    in marble tests are exact; otherwise ``time.perf_counter``.
    """
    if isinstance(scheduler, VirtualTimeScheduler | LoopScheduler):
        return seconds_clock(scheduler)
    return time.perf_counter
