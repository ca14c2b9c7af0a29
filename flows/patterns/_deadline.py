"""TaskDeadline: a reusable timeout for one asyncio task, cheap enough for every call.

``asyncio.timeout`` schedules and cancels a timer per use (about 4 µs); a pipeline
worker awaits a stage for every item, most finishing in well under a microsecond.
This deadline keeps at most one timer per task and moves it lazily: arming only
records the due time, and a timer that fires early (for an item that has finished
since) re-schedules itself for the current due time. When a due time passes, the
task is cancelled exactly as ``asyncio.timeout`` would cancel it, and
:meth:`expired` tells the awaiting code that the cancellation was the deadline's
(it ``uncancel``s the task, so an outer cancellation still propagates).

A run may also have a limit of its own (:meth:`limit_to`, ``Pipeline.process(...,
timeout=...)``): every await of the run, stage or not, must end by then. A stage's
deadline is then the earlier of its timeout and the limit, and :meth:`at_limit`
tells a deadline that fired at the limit (the run's, not retried) from one that
fired at a stage's own timeout. The limits of many runs share one timer
(:class:`RunLimits`, one per pipeline and loop): a run that finishes in time --
nearly all of them -- never schedules or cancels a timer of its own
(``loop.call_at`` builds a handle and pushes it on the loop's heap, comparing
handles in Python, and a cancelled one stays there until the loop sweeps it).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import time

__all__ = ["RunLimits", "TaskDeadline"]


class RunLimits:
    """Run limits on one timer of ``loop`` (see the module docstring).

    A heap of ``[limit, order, deadline]`` entries; the timer is due at the earliest
    one. A run that ends drops its entry where it stands (the deadline is cleared from
    it), and the heap is rebuilt without dropped entries once they are most of it, so
    it holds about as many entries as there are runs in progress. Firing, it hands
    each live entry whose limit has passed to its deadline, and moves on to the next.
    """

    __slots__ = ("_dropped", "_handle", "_heap", "_order", "loop", "when")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._heap: list[list[object]] = []
        self._order = itertools.count()
        self._dropped = 0
        self._handle: asyncio.TimerHandle | None = None
        self.when = math.inf  # the timer's due time, while there is one

    def add(self, deadline: TaskDeadline, limit: float) -> list[object]:
        """Fire ``deadline`` at ``limit``; returns the entry to :meth:`drop`."""
        entry: list[object] = [limit, next(self._order), deadline]
        heapq.heappush(self._heap, entry)
        if limit < self.when:
            self._move(limit)
        return entry

    def drop(self, entry: list[object]) -> None:
        """The run ended before its limit: forget its entry."""
        entry[2] = None
        self._dropped += 1
        heap = self._heap
        if self._dropped > 64 and self._dropped * 2 > len(heap):
            heap[:] = [e for e in heap if e[2] is not None]
            heapq.heapify(heap)
            self._dropped = 0

    def _move(self, when: float) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self.when = when
        self._handle = self.loop.call_at(when, self._fire)

    def _fire(self) -> None:
        self._handle = None
        self.when = math.inf
        heap = self._heap
        now = self.loop.time()
        while heap and heap[0][0] <= now:  # type: ignore[operator]
            deadline = heapq.heappop(heap)[2]
            if deadline is None:
                self._dropped -= 1
            else:
                assert isinstance(deadline, TaskDeadline)
                deadline._reached_limit()
        while heap and heap[0][2] is None:
            heapq.heappop(heap)
            self._dropped -= 1
        if heap:
            self._move(heap[0][0])  # type: ignore[arg-type]


class TaskDeadline:
    """See the module docstring. One per task; ``arm``/``disarm`` around each await.

    A hot loop may arm inline, without a call: ``due = deadline.clock() + seconds``,
    ``deadline.due = due``, and ``deadline.move(due)`` only if ``deadline.when > due``
    (``when`` is the timer's due time, infinite while there is none); disarm is
    ``deadline.due = None``.
    """

    __slots__ = (
        "_entry",
        "_fired",
        "_handle",
        "_limits",
        "_loop",
        "_task",
        "clock",
        "due",
        "limit",
        "when",
    )

    def __init__(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[object]) -> None:
        self._loop = loop
        # the stock loop's time() is time.monotonic() behind a Python call: read it
        # directly (a loop with a clock of its own, virtual time, keeps its own)
        stock = type(loop).time is asyncio.BaseEventLoop.time
        self.clock = time.monotonic if stock else loop.time
        self._task = task
        self.due: float | None = None
        self._handle: asyncio.TimerHandle | None = None
        self.when = math.inf  # the timer's due time, while there is one
        self.limit = math.inf  # the run's own limit (limit_to), infinite without one
        self._limits: RunLimits | None = None
        self._entry: list[object] | None = None  # the limit's, until it fires or closes
        self._fired = False

    def limit_to(self, seconds: float, limits: RunLimits) -> None:
        """Every await from now on, armed or not, must finish within ``seconds``
        (on ``limits``, the loop's timer for run limits)."""
        limit = self.clock() + seconds
        if self._entry is not None:
            self._limits.drop(self._entry)  # type: ignore[union-attr]
        self.limit = limit
        self.due = limit
        self._limits = limits
        self._entry = limits.add(self, limit)

    def arm(self, seconds: float) -> None:
        """The next await must finish within ``seconds`` (and by the limit)."""
        due = self.clock() + seconds
        limit = self.limit
        if due >= limit:
            due = limit
            if self._entry is not None:  # the limit's timer is due first
                self.due = due
                return
        self.due = due
        if self.when > due:
            self.move(due)

    def move(self, due: float) -> None:
        """Have the timer fire at ``due`` (earlier than it would: a shorter limit)."""
        if self._handle is not None:
            self._handle.cancel()
        self.when = due
        self._handle = self._loop.call_at(due, self._check)

    def disarm(self) -> None:
        """The await finished (the timer, if any, stays and is re-used); the limit, if
        there is one, still holds."""
        self.due = None if self.limit == math.inf else self.limit

    def at_limit(self) -> bool:
        """Whether the run's limit has passed (a deadline firing now is the run's)."""
        return self.clock() >= self.limit

    def expired(self) -> bool:
        """Whether a ``CancelledError`` just caught came from this deadline (consumed)."""
        if not self._fired:
            return False
        self._fired = False
        self._task.uncancel()
        return True

    def close(self) -> None:
        """Drop the timer and the limit (the task is done with deadlines)."""
        self.due = None
        self.limit = math.inf
        entry = self._entry
        if entry is not None:
            self._entry = None
            self._limits.drop(entry)  # type: ignore[union-attr]
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self.when = math.inf

    def _check(self) -> None:
        self._handle = None
        self.when = math.inf
        due = self.due
        if due is None:
            return
        if self._loop.time() >= due:
            self._fired = True
            self._task.cancel()
            limit = self.limit
            if due < limit < math.inf:  # a stage's timeout: the run's limit still holds
                self.due = limit
                if self._entry is None:  # (its timer has fired already)
                    self.move(limit)
            else:
                self.due = None
        else:
            self.move(due)

    def _reached_limit(self) -> None:
        """The run's limit has passed (called by its RunLimits)."""
        self._entry = None
        if self.due is not None:
            if not self._fired:  # (a stage's timeout due in the same turn cancelled it:
                self._fired = True  # one cancellation, one expired())
                self._task.cancel()
            self.due = None
