"""``rate_limit``: space items out with a token bucket; delay, never drop."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, SerialDisposable
from reactivex.scheduler import TimeoutScheduler

from ._clock import seconds_clock

__all__ = ["TokenBucket", "rate_limit"]

_T = TypeVar("_T")

# float slack when comparing times and token counts (virtual clocks are in microseconds)
_EPSILON = 1e-9


class TokenBucket:
    """A token bucket that hands out reservations: callers are told how long to wait.

    Tokens refill at ``rate`` per second up to ``burst``; the bucket starts full.

    Args:
        rate: Tokens per second (> 0).
        burst: Capacity, the number of back-to-back acquisitions allowed (>= 1).
        scheduler: Clock source; default the ``TimeoutScheduler`` singleton.

    Raises:
        ValueError: ``rate`` or ``burst`` out of range.
    """

    def __init__(
        self, rate: float, burst: int = 1, *, scheduler: abc.SchedulerBase | None = None
    ) -> None:
        if not (rate > 0 and math.isfinite(rate)):
            msg = f"TokenBucket: rate must be > 0 tokens/second (finite), got {rate!r}"
            raise ValueError(msg)
        if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
            msg = f"TokenBucket: burst must be an int >= 1, got {burst!r}"
            raise ValueError(msg)
        self.rate = rate
        self.burst = burst
        self._now = seconds_clock(scheduler or TimeoutScheduler.singleton())
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._last = self._now()

    def try_acquire(self) -> float:
        """Take a token: 0.0 if one was free, else the seconds until the reserved one is.

        A non-zero answer still reserves the token (the bucket goes into debt), so
        successive callers get successive, non-decreasing wait times.
        """
        with self._lock:
            now = self._now()
            tokens = min(float(self.burst), self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens = tokens - 1.0
            if self._tokens > -_EPSILON:
                return 0.0
            return -self._tokens / self.rate


def rate_limit(
    rate: float,
    burst: int = 1,
    *,
    scheduler: abc.SchedulerBase | None = None,
    shared: bool = False,
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Let at most ``burst`` items through at once and ``rate`` per second after that.

    Items over the rate are delayed, never dropped, and keep their order. Completion
    is delivered after the last delayed item. An error passes straight through and
    **drops the items still waiting**. Each subscription has its own bucket, unless
    ``shared``: then every subscription draws from one bucket (on ``scheduler``'s
    clock), so subscriptions that each carry one item — the calls of a pipeline
    stage — are spaced across each other, in the order they were subscribed.

    Marble (rate=1 per tick, burst=1)::

        source:  -abc------|
        output:  -a-b-c----|

    Args:
        rate: Items per second (> 0).
        burst: Items allowed back to back (>= 1).
        scheduler: Where delayed items are emitted; default the subscribe-time
            scheduler, else the ``TimeoutScheduler`` singleton.
        shared: one bucket for every subscription.

    Raises:
        ValueError: ``rate`` or ``burst`` out of range.
    """
    one_bucket = TokenBucket(rate, burst, scheduler=scheduler)  # validates eagerly too

    def _rate_limit(source: Observable[_T]) -> Observable[_T]:
        def subscribe(
            observer: abc.ObserverBase[_T], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or scheduler_ or TimeoutScheduler.singleton()
            bucket = one_bucket if shared else TokenBucket(rate, burst, scheduler=sched)
            now = seconds_clock(sched)
            lock = threading.RLock()
            queue: deque[tuple[float, _T]] = deque()  # (due time, item)
            timer = SerialDisposable()
            completed = False
            stopped = False

            def drain(_: abc.SchedulerBase | None = None, __: Any = None) -> None:
                with lock:
                    if stopped:
                        return
                    # the head is due: the timer was set for it (its clock may round)
                    observer.on_next(queue.popleft()[1])
                    current = now()
                    while queue and queue[0][0] <= current + _EPSILON:
                        observer.on_next(queue.popleft()[1])
                    if queue:
                        wait = max(0.0, queue[0][0] - current)
                        timer.disposable = sched.schedule_relative(wait, drain)
                    elif completed:
                        observer.on_completed()

            def on_next(item: _T) -> None:
                with lock:
                    wait = bucket.try_acquire()
                    if not queue and wait == 0.0:
                        observer.on_next(item)
                        return
                    queue.append((now() + wait, item))
                    if len(queue) == 1:
                        timer.disposable = sched.schedule_relative(wait, drain)

            def on_error(error: Exception) -> None:
                nonlocal stopped
                with lock:
                    stopped = True
                    queue.clear()
                    timer.dispose()
                    observer.on_error(error)

            def on_completed() -> None:
                nonlocal completed
                with lock:
                    completed = True
                    if not queue:
                        observer.on_completed()

            subscription = source.subscribe(on_next, on_error, on_completed, scheduler=scheduler_)
            return CompositeDisposable(subscription, timer)

        return Observable(subscribe)

    return _rate_limit
