"""``seconds_clock``: a cheap float-seconds clock that follows a scheduler."""

from __future__ import annotations

from collections.abc import Callable

from reactivex import abc
from reactivex.scheduler import VirtualTimeScheduler

from ._loop_scheduler import LoopScheduler

__all__ = ["seconds_clock"]


def seconds_clock(scheduler: abc.SchedulerBase) -> Callable[[], float]:
    """A ``() -> seconds`` clock read from ``scheduler``.

    ``scheduler.now`` is a datetime; converting it costs about a microsecond, so a
    virtual-time scheduler is read from its float clock and a :class:`LoopScheduler`
    from its loop's ``time()`` instead.
    """
    if isinstance(scheduler, VirtualTimeScheduler):
        virtual = scheduler

        def virtual_now() -> float:
            clock = virtual._clock  # float seconds; reading .now would round-trip a datetime
            return float(clock) if isinstance(clock, int | float) else virtual.to_seconds(clock)

        return virtual_now
    if isinstance(scheduler, LoopScheduler):
        return scheduler.loop.time

    def real_now() -> float:
        return scheduler.to_seconds(scheduler.now)

    return real_now
