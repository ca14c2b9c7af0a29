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
deadline is then the earlier of its timeout and the limit, on the same one timer, and
:meth:`at_limit` tells a deadline that fired at the limit (the run's, not retried)
from one that fired at a stage's own timeout.
"""

from __future__ import annotations

import asyncio
import math
import time

__all__ = ["TaskDeadline"]


class TaskDeadline:
    """See the module docstring. One per task; ``arm``/``disarm`` around each await.

    A hot loop may arm inline, without a call: ``due = deadline.clock() + seconds``,
    ``deadline.due = due``, and ``deadline.move(due)`` only if ``deadline.when > due``
    (``when`` is the timer's due time, infinite while there is none); disarm is
    ``deadline.due = None``.
    """

    __slots__ = ("_fired", "_handle", "_loop", "_task", "clock", "due", "limit", "when")

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
        self._fired = False

    def limit_to(self, seconds: float) -> None:
        """Every await from now on, armed or not, must finish within ``seconds``."""
        limit = self.clock() + seconds
        self.limit = limit
        self.due = limit
        if self.when > limit:
            self.move(limit)

    def arm(self, seconds: float) -> None:
        """The next await must finish within ``seconds`` (and by the limit)."""
        due = self.clock() + seconds
        if due > self.limit:
            due = self.limit
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
        """Drop the timer (the task is done with deadlines)."""
        self.due = None
        self.limit = math.inf
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
                self.move(limit)
            else:
                self.due = None
        else:
            self.move(due)
