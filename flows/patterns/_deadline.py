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

__all__ = ["TaskDeadline"]


class TaskDeadline:
    """See the module docstring. One per task; ``arm``/``disarm`` around each await."""

    __slots__ = ("_due", "_fired", "_handle", "_loop", "_task", "_time", "_when")

    def __init__(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[object]) -> None:
        self._loop = loop
        self._time = loop.time
        self._task = task
        self._due: float | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._when = 0.0  # the timer's due time, while there is one
        self._fired = False

    def arm(self, seconds: float) -> None:
        """The next await must finish within ``seconds``."""
        due = self._time() + seconds
        self._due = due
        if self._handle is None:
            self._schedule(due)
        elif self._when > due:  # a shorter limit than the timer's: move it earlier
            self._handle.cancel()
            self._schedule(due)

    def _schedule(self, due: float) -> None:
        self._when = due
        self._handle = self._loop.call_at(due, self._check)

    def disarm(self) -> None:
        """The await finished (the timer, if any, stays and is re-used)."""
        self._due = None

    def expired(self) -> bool:
        """Whether a ``CancelledError`` just caught came from this deadline (consumed)."""
        if not self._fired:
            return False
        self._fired = False
        self._task.uncancel()
        return True

    def close(self) -> None:
        """Drop the timer (the task is done with deadlines)."""
        self._due = None
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _check(self) -> None:
        self._handle = None
        due = self._due
        if due is None:
            return
        if self._time() >= due:
            self._due = None
            self._fired = True
            self._task.cancel()
        else:
            self._schedule(due)
