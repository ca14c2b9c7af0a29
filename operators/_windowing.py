"""One subscription of a windowing operator: clocks, watermark, timers and output.

Shared by :func:`window` (one input) and :func:`window_join` (two). The window
state (``TimeWindowState``, ``SessionState``, ``CountState``) appends results to
``out``; the operator's ``on_next`` calls :meth:`Run.emit` after the user code of
one event has run, so an exception from a key function, a timestamp or an
aggregator is told apart from one raised downstream, and only the former is routed
to ``on_error``.

Timers: in event time without ``idle_timeout`` there are none (the watermark moves
with events only). In processing time, one timer waits for the earliest window end
(``state.due``). In event time with ``idle_timeout``, one periodic check runs while
windows are open.

Threads: a timer may fire on another thread than the source's (``TimeoutScheduler``),
so timer callbacks and the ``on_next`` of operators that have timers hold ``lock``;
the event-time path without timers, whose only caller is the source (serialised
by the Rx contract), takes no lock.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, Protocol

from reactivex import abc
from reactivex.disposable import SerialDisposable

from ._clock import seconds_clock
from ._event_time import BoundedOutOfOrderness, EventTime, HasWatermark, WindowStats
from ._records import LateEvent, WindowResult

__all__ = ["Lowest", "Run", "WindowState"]

# asyncio runs a timer up to its clock resolution early: a quiet period measured by
# the timer that ends it may fall short of idle_timeout by that much
_CLOCK_SLACK = 1e-3


class WindowState(Protocol):
    """What every kind of window state offers the driver."""

    @property
    def due(self) -> float:
        """The smallest watermark at which :meth:`advance` has work (``inf``: none)."""
        ...

    def add(self, key: Any, time: float, item: Any, /) -> bool:
        """Fold ``item`` into its windows; False when it is late for all of them."""
        ...

    def advance(self) -> None:
        """Close (and forget) windows up to the current watermark."""
        ...

    def flush(self) -> None:
        """Emit every open window: the input is complete."""
        ...


class Lowest:
    """The watermark of several inputs: the lowest of those that hold time back.

    An input that was found idle before it saw any event holds nothing back.
    """

    __slots__ = ("excluded", "inputs", "watermark")

    def __init__(self, inputs: Sequence[BoundedOutOfOrderness]) -> None:
        self.inputs = inputs
        self.excluded = [False] * len(inputs)
        self.watermark = -math.inf

    def refresh(self) -> float:
        """Recompute (never lowering); return the watermark."""
        marks = [m.watermark for m, out in zip(self.inputs, self.excluded, strict=True) if not out]
        mark = min(marks) if marks else max(m.watermark for m in self.inputs)
        if mark > self.watermark:
            self.watermark = mark
        return self.watermark


class Run:
    """The driver of one subscription (see the module docstring)."""

    __slots__ = (
        "_check_seen",
        "_period_start",
        "_quiet_since",
        "batched",
        "emit_late",
        "expand",
        "idle_timeout",
        "inputs",
        "lock",
        "mark",
        "now",
        "observer",
        "out",
        "processing",
        "scheduler",
        "seen",
        "state",
        "stats",
        "stopped",
        "timer",
        "timer_at",
    )

    def __init__(
        self,
        observer: abc.ObserverBase[Any],
        scheduler: abc.SchedulerBase,
        times: Sequence[EventTime[Any] | None],
        stats: WindowStats,
        emit_late: bool,
        batched: bool = False,
    ) -> None:
        self.observer = observer
        # batched: the output is lists (``window_batches``), one per input batch/timer
        self.batched = batched
        self.scheduler = scheduler
        self.lock = threading.RLock()
        self.now: Callable[[], float] = seconds_clock(scheduler)
        self.processing = times[0] is None
        self.inputs = [
            BoundedOutOfOrderness(0.0 if t is None else t.max_out_of_orderness) for t in times
        ]
        self.mark: HasWatermark = self.inputs[0] if len(times) == 1 else Lowest(self.inputs)
        stats._mark = self.mark
        self.stats = stats
        self.emit_late = emit_late
        self.out: list[Any] = []
        # window_join: turns each WindowResult into the pairs it stands for
        self.expand: Callable[[Any], Iterable[Any]] | None = None
        self.state: WindowState | None = None
        self.stopped = False
        self.timer = SerialDisposable()
        first = times[0]
        self.idle_timeout = None if first is None else first.idle_timeout
        # timer_at: when the pending timer fires; -inf means "never arm one"
        if self.processing or self.idle_timeout is not None:
            self.timer_at = math.inf
        else:
            self.timer_at = -math.inf
        self.seen = [0] * len(times)
        self._check_seen = [0] * len(times)
        self._period_start = 0.0
        self._quiet_since: list[float | None] = [None] * len(times)

    # output ---------------------------------------------------------------

    def emit(self) -> None:
        """Send what the window state produced, in order (batched: as one list)."""
        batch = self.out[:]
        self.out.clear()
        if self.batched:
            if not self.stopped and batch:
                self.observer.on_next(batch)
            return
        expand = self.expand
        for value in batch:
            if expand is not None and isinstance(value, WindowResult):
                for pair in expand(value):
                    if self.stopped:
                        return
                    self.observer.on_next(pair)
                continue
            if self.stopped:
                return
            self.observer.on_next(value)

    def late(
        self, item: Any, key: Any, time: float, side: Literal["left", "right"] | None = None
    ) -> None:
        """Count a late event; queue it as a :class:`LateEvent` if asked to."""
        self.stats.late += 1
        if self.emit_late:
            self.out.append(LateEvent(item, key, time, self.mark.watermark, side))

    def fail(self, error: Exception) -> None:
        """Stop and report ``error`` (from user code or the source)."""
        if self.stopped:
            return
        self.stopped = True
        self.out.clear()
        self.timer.dispose()
        self.observer.on_error(error)

    def fail_locked(self, error: Exception) -> None:
        """:meth:`fail` holding the lock (a source's ``on_error``)."""
        with self.lock:
            self.fail(error)

    def complete_locked(self) -> None:
        """:meth:`complete` holding the lock (a source's ``on_completed``)."""
        with self.lock:
            self.complete()

    def complete(self) -> None:
        """Flush every open window, then complete."""
        if self.stopped or self.state is None:
            return
        self.timer.dispose()
        try:
            self.state.flush()
        except Exception as error:  # an aggregator's result(): user code
            self.fail(error)
            return
        self.emit()
        if not self.stopped:
            self.stopped = True
            self.observer.on_completed()

    def dispose(self) -> None:
        """Unsubscribed: no more output, no more timers."""
        self.stopped = True
        self.timer.dispose()

    # timers ---------------------------------------------------------------

    def arm(self) -> None:
        """A window opened that a timer must close: start the timer (or the idle check)."""
        state = self.state
        if self.stopped or state is None or state.due == math.inf:
            return
        if self.processing:
            self.timer_at = state.due
            delay = max(0.0, state.due - self.now())
            self.timer.disposable = self.scheduler.schedule_relative(delay, self._on_due)
            return
        idle_timeout = self.idle_timeout
        if idle_timeout is None:  # event time without idle_timeout: no timers
            return
        self.timer_at = -math.inf  # the periodic check is running: no re-arming per event
        self._check_seen = self.seen[:]
        self._period_start = self.now()
        self._quiet_since = [None] * len(self.inputs)
        self.timer.disposable = self.scheduler.schedule_relative(idle_timeout, self._on_check)

    def _on_due(self, _: abc.SchedulerBase, __: Any = None) -> None:
        with self.lock:
            self._due()

    def _due(self) -> None:
        self.timer_at = math.inf
        state = self.state
        if self.stopped or state is None:
            return
        now = self.now()
        for mark in self.inputs:
            mark.advance_to(now)
        if isinstance(self.mark, Lowest):
            self.mark.refresh()
        try:
            state.advance()
        except Exception as error:  # an aggregator's result(): user code
            self.fail(error)
            return
        self.emit()
        if state.due < self.timer_at:
            self.arm()

    def _on_check(self, _: abc.SchedulerBase, __: Any = None) -> None:
        with self.lock:
            self._check()

    def _check(self) -> None:
        state = self.state
        if self.stopped or state is None or self.idle_timeout is None:
            return
        now = self.now()
        quiet = False
        for i, mark in enumerate(self.inputs):
            if self.seen[i] != self._check_seen[i]:
                self._quiet_since[i] = None  # active in the period that just ended
                continue
            since = self._quiet_since[i]
            if since is None:
                since = self._quiet_since[i] = self._period_start
            if now - since + _CLOCK_SLACK < self.idle_timeout:
                continue  # quiet, but not yet for a whole idle_timeout
            if mark.high == -math.inf:
                if isinstance(self.mark, Lowest):
                    self.mark.excluded[i] = True  # idle and empty: holds nothing back
            else:
                mark.idle(now - since)
            quiet = True
        self._check_seen = self.seen[:]
        self._period_start = now
        if quiet:
            if isinstance(self.mark, Lowest):
                self.mark.refresh()
            try:
                if self.mark.watermark >= state.due:
                    state.advance()
            except Exception as error:  # an aggregator's result(): user code
                self.fail(error)
                return
            self.emit()
            if self.stopped:
                return
        if state.due == math.inf:
            self.timer_at = math.inf  # nothing open: the next window re-arms
            return
        delay = self.idle_timeout
        if quiet:  # wake when the idle watermark reaches the next window end
            delay = min(delay, max(state.due - self.mark.watermark, 0.0))
        self.timer.disposable = self.scheduler.schedule_relative(delay, self._on_check)
