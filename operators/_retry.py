"""``retry_with_backoff``: re-subscribe to a failed source after growing delays."""

from __future__ import annotations

import math
import random as _random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable, SerialDisposable
from reactivex.disposable import SingleAssignmentDisposable as _Single
from reactivex.scheduler import TimeoutScheduler

from ._clock import seconds_clock
from ._errors import RetryExhaustedError

__all__ = ["BackoffPolicy", "retry_with_backoff"]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    """How often and how long to wait between attempts.

    The n-th retry waits ``base_delay * multiplier**(n-1)`` capped at ``max_delay``,
    then scaled by ``1 + jitter*(2u-1)`` for a uniform ``u`` in [0, 1), then
    clamped to ``[0, max_delay]``.

    Attributes:
        max_attempts: Total attempts including the first (>= 1).
        base_delay: Seconds before the first retry (>= 0).
        multiplier: Growth factor per retry (>= 1).
        max_delay: Upper bound of any delay, in seconds (>= 0).
        jitter: Relative spread of the delay, in [0, 1].
        budget: Seconds from the first attempt within which a retry must start;
            ``None`` for no limit.
    """

    max_attempts: int = 3
    base_delay: float = 0.1
    multiplier: float = 2.0
    max_delay: float = 30.0
    jitter: float = 0.1
    budget: float | None = None

    def __post_init__(self) -> None:
        checks: list[tuple[str, Any, bool, str]] = [
            ("max_attempts", self.max_attempts, self.max_attempts >= 1, "an int >= 1"),
            ("base_delay", self.base_delay, self.base_delay >= 0, ">= 0 seconds"),
            ("multiplier", self.multiplier, self.multiplier >= 1, ">= 1"),
            ("max_delay", self.max_delay, self.max_delay >= 0, ">= 0 seconds"),
            ("jitter", self.jitter, 0 <= self.jitter <= 1, "within [0, 1]"),
        ]
        if self.budget is not None:
            checks.append(("budget", self.budget, self.budget > 0, "> 0 seconds or None"))
        for field, value, ok, expected in checks:
            if not ok or isinstance(value, bool) or not math.isfinite(value):
                msg = f"BackoffPolicy.{field} must be {expected} (finite), got {value!r}"
                raise ValueError(msg)
        if not isinstance(self.max_attempts, int):
            msg = f"BackoffPolicy.max_attempts must be an int >= 1, got {self.max_attempts!r}"
            raise ValueError(msg)

    def delay(self, retry_number: int, u: float = 0.5) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based).

        Args:
            retry_number: 1 for the first retry (the second attempt).
            u: Jitter draw in [0, 1]; 0.5 means no jitter.

        Raises:
            ValueError: ``retry_number`` < 1 or ``u`` outside [0, 1].
        """
        if retry_number < 1:
            msg = f"retry_number must be >= 1 (1 = first retry), got {retry_number!r}"
            raise ValueError(msg)
        if not 0 <= u <= 1:
            msg = f"u must be a uniform draw within [0, 1], got {u!r}"
            raise ValueError(msg)
        try:
            raw = self.base_delay * self.multiplier ** (retry_number - 1)
        except OverflowError:  # huge retry numbers: the cap applies
            raw = self.max_delay if self.base_delay > 0 else 0.0
        raw = min(raw, self.max_delay)
        return min(max(raw * (1 + self.jitter * (2 * u - 1)), 0.0), self.max_delay)


def retry_with_backoff(
    policy: BackoffPolicy | None = None,
    *,
    retryable: Callable[[Exception], bool] | None = None,
    on_retry: Callable[[int, Exception, float], None] | None = None,
    scheduler: abc.SchedulerBase | None = None,
    random: Callable[[], float] | None = None,
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Re-subscribe to the source after an error, waiting longer each time.

    Values emitted before an error are forwarded. A non-retryable error passes
    through unchanged; when attempts or the time budget run out the output fails
    with ``RetryExhaustedError`` (``reason`` ``"max_attempts=N"`` or ``"budget=Xs"``).
    Exceptions raised by ``retryable``, ``on_retry`` or ``random`` go to ``on_error``.

    Marble (max_attempts=2, base_delay=2 s, no jitter; 1 char = 1 s)::

        source:  -a-#        (each subscription; # at 3 s)
        output:  -a----aX    re-subscribed at 5 s; X = RetryExhaustedError

    Args:
        policy: Attempts, delays and budget; default ``BackoffPolicy()``.
        retryable: Decides whether an error is worth retrying; default: all are.
        on_retry: Called with ``(retry_number, error, delay)`` before each wait.
        scheduler: Where waits are scheduled and time is read; default the
            subscribe-time scheduler, else the ``TimeoutScheduler`` singleton.
        random: Jitter source returning floats in [0, 1); default ``random.random``.

    Returns:
        An operator that retries its source.
    """
    policy_ = policy or BackoffPolicy()
    draw = random or _random.random

    def _retry_with_backoff(source: Observable[_T]) -> Observable[_T]:
        def subscribe(
            observer: abc.ObserverBase[_T], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or scheduler_ or TimeoutScheduler.singleton()
            now = seconds_clock(sched)
            started = now()
            attempts = 0
            disposed = False
            lock = threading.RLock()
            subscription = SerialDisposable()  # the current attempt
            pending = SerialDisposable()  # the scheduled next attempt

            def on_error(error: Exception) -> None:
                with lock:
                    if disposed:
                        return
                    try:
                        if retryable is not None and not retryable(error):
                            observer.on_error(error)
                            return
                        if attempts >= policy_.max_attempts:
                            reason = f"max_attempts={policy_.max_attempts}"
                            observer.on_error(RetryExhaustedError(attempts, error, reason))
                            return
                        delay = policy_.delay(attempts, draw())
                        if policy_.budget is not None and now() - started + delay > policy_.budget:
                            reason = f"budget={policy_.budget:g}s"
                            observer.on_error(RetryExhaustedError(attempts, error, reason))
                            return
                        if on_retry is not None:
                            on_retry(attempts, error, delay)
                    except Exception as callback_error:  # user code: report, never crash
                        observer.on_error(callback_error)
                        return
                    pending.disposable = sched.schedule_relative(delay, attempt)

            def attempt(_: abc.SchedulerBase | None = None, __: Any = None) -> None:
                nonlocal attempts
                with lock:
                    if disposed:
                        return
                    attempts += 1
                    # a fresh holder per attempt: a synchronous error may start the next
                    # attempt before this subscribe() returns
                    current = _Single()
                    subscription.disposable = current
                current.disposable = source.subscribe(
                    observer.on_next, on_error, observer.on_completed, scheduler=scheduler_
                )

            def dispose() -> None:
                nonlocal disposed
                with lock:
                    disposed = True

            attempt()
            return CompositeDisposable(Disposable(dispose), pending, subscription)

        return Observable(subscribe)

    return _retry_with_backoff
