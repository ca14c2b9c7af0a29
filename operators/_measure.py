"""measure: a tap that counts items, errors and completion and records latencies."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from typing import Protocol, TypeVar, cast

from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.disposable import CompositeDisposable
from reactivex.scheduler import CurrentThreadScheduler

from ._clock import seconds_clock

__all__ = ["LatencyStats", "Recorder", "measure"]

T = TypeVar("T")
R = TypeVar("R")

_RESERVOIR = 1024


class Recorder(Protocol):
    """What :func:`measure` reports to (``LatencyStats``, or a metrics adapter)."""

    def record(self, latency: float) -> None:
        """One item, with its latency in seconds."""

    def record_error(self, error: Exception) -> None:
        """The stream errored."""

    def record_completed(self) -> None:
        """The stream completed."""


class LatencyStats:
    """In-memory :class:`Recorder`: counters plus the last 1024 latencies.

    ``count`` items, ``errors`` and ``completed`` terminations, ``total_latency`` and
    ``max_latency`` in seconds over every item; percentiles over the reservoir.
    """

    __slots__ = ("_recent", "completed", "count", "errors", "max_latency", "total_latency")

    def __init__(self) -> None:
        self.count = 0
        self.errors = 0
        self.completed = 0
        self.total_latency = 0.0
        self.max_latency = 0.0
        self._recent: deque[float] = deque(maxlen=_RESERVOIR)

    def record(self, latency: float) -> None:
        """Count one item with ``latency`` seconds."""
        self.count += 1
        self.total_latency += latency
        if latency > self.max_latency:
            self.max_latency = latency
        self._recent.append(latency)

    def record_error(self, error: Exception) -> None:
        """Count one error."""
        self.errors += 1

    def record_completed(self) -> None:
        """Count one completion."""
        self.completed += 1

    @property
    def mean_latency(self) -> float:
        """Mean latency over every recorded item (0.0 before the first)."""
        return self.total_latency / self.count if self.count else 0.0

    def percentile(self, q: float) -> float:
        """The ``q``-th percentile (0..100) of the last 1024 latencies; 0.0 if none.

        Linear interpolation between closest ranks (as ``numpy.percentile``).

        Raises:
            ValueError: ``q`` outside 0..100.
        """
        if not 0.0 <= q <= 100.0:
            msg = f"percentile q must be within 0..100, got {q!r}"
            raise ValueError(msg)
        values = sorted(self._recent)
        if not values:
            return 0.0
        rank = (len(values) - 1) * q / 100.0
        low = math.floor(rank)
        high = min(low + 1, len(values) - 1)
        return values[low] + (values[high] - values[low]) * (rank - low)

    def snapshot(self) -> dict[str, float]:
        """Counters, mean/max and p50/p95/p99 as one dict."""
        return {
            "count": float(self.count),
            "errors": float(self.errors),
            "completed": float(self.completed),
            "total_latency": self.total_latency,
            "mean_latency": self.mean_latency,
            "max_latency": self.max_latency,
            "p50": self.percentile(50),
            "p95": self.percentile(95),
            "p99": self.percentile(99),
        }


def measure(
    recorder: Recorder,
    inner: Callable[[Observable[T]], Observable[R]] | None = None,
    *,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[T]], Observable[T | R]]:
    """Report items, errors and completion of a stream to ``recorder``.

    Without ``inner``: a pass-through tap; each item's latency is the inter-arrival
    time, i.e. the scheduler's clock minus the previous item's time (the first item:
    minus the subscription time). With ``inner`` (an operator mapping 1:1 in order,
    e.g. ``ops.map(f)``): the output is ``inner``'s, and latency is the time between
    an item entering ``inner`` and its result leaving (matched first in, first out).
    ``inner`` emitting more items than it received errors the output (ValueError).
    A recorder exception errors the output too (in ``record_error`` it is added as a
    note to the stream's own error, which is forwarded).

    Example (``inner`` delays each item by 2 ticks)::

        source:   -a--b|
        output:   ---a--(b|)        recorded: 2.0, 2.0; completed 1
    """

    def operator(source: Observable[T]) -> Observable[T | R]:
        def subscribe(
            observer: abc.ObserverBase[T | R], sub_scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            now = seconds_clock(scheduler or sub_scheduler or CurrentThreadScheduler.singleton())
            disposables = CompositeDisposable()
            starts: deque[float] = deque([now()])

            def fail(err: Exception) -> None:
                disposables.dispose()
                observer.on_error(err)

            def on_error(err: Exception) -> None:
                try:
                    recorder.record_error(err)
                except Exception as rec_err:  # keep the stream's own error; note ours
                    err.add_note(f"measure: recorder.record_error failed: {rec_err!r}")
                fail(err)

            def on_completed() -> None:
                try:
                    recorder.record_completed()
                except Exception as err:  # user code: route to on_error
                    fail(err)
                    return
                observer.on_completed()

            def on_result(value: T | R) -> None:
                ended = now()
                if not starts:
                    msg = (
                        "measure(inner=...) needs an inner operator that maps 1:1 in order; "
                        f"it emitted {value!r} without a matching input"
                    )
                    fail(ValueError(msg))
                    return
                start = starts.popleft()
                if inner is None:
                    starts.append(ended)
                try:
                    recorder.record(ended - start)
                except Exception as err:  # user code: route to on_error
                    fail(err)
                    return
                observer.on_next(value)

            output: Observable[T | R]
            if inner is None:
                output = cast(Observable[T | R], source)
            else:
                starts.clear()

                def on_enter(_: T) -> None:
                    starts.append(now())

                tapped = source.pipe(ops.do_action(on_enter))
                output = cast(Observable[T | R], inner(tapped))
            disposables.add(
                output.subscribe(on_result, on_error, on_completed, scheduler=sub_scheduler)
            )
            return disposables

        return Observable(subscribe)

    return operator
