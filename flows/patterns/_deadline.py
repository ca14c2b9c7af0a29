"""TaskDeadline: a reusable timeout for one asyncio task, cheap enough for every call.

``asyncio.timeout`` schedules and cancels a timer per use (about 4 µs); a pipeline
worker awaits a stage for every item, most finishing in well under a microsecond.
This deadline keeps at most one timer per task and moves it lazily: arming only
records the due time, and a timer that fires early (for an item that has finished
since) re-schedules itself for the current due time. When a due time passes, the
task is cancelled exactly as ``asyncio.timeout`` would cancel it, and
:meth:`expired` tells the awaiting code that the cancellation was the deadline's
(it ``uncancel``s the task, so an outer cancellation still propagates).
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

    __slots__ = ("_fired", "_handle", "_loop", "_task", "clock", "due", "when")

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
        self._fired = False

    def arm(self, seconds: float) -> None:
        """The next await must finish within ``seconds``."""
        due = self.clock() + seconds
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
        """The await finished (the timer, if any, stays and is re-used)."""
        self.due = None

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
            self.due = None
            self._fired = True
            self._task.cancel()
        else:
            self.move(due)
