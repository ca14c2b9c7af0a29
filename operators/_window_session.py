"""The state of session windows, per key (used by ``window``).

Each key holds a short list of sessions ``[start, last event + gap)``. An event joins
every session its own ``[time, time + gap)`` overlaps, merging them (so an
out-of-order event can bridge two sessions). Sessions wait in a heap by the
watermark at which something happens to them (close at ``end``, final at
``end + lateness``, forgotten ``gap`` later); a session that grows keeps its old
heap entry, which on popping re-queues it at its new end: one event costs no heap
operation unless it opens a session.

A final session is kept for one more ``gap`` as a tombstone: an event that would
merge into it is late. Without it, a late event just within its own lateness could
open a new session overlapping one already emitted and forgotten.
"""

from __future__ import annotations

import heapq
import math
from itertools import count
from typing import Any, Generic, TypeVar

from ._aggregates import Aggregator
from ._event_time import HasWatermark, WindowStats
from ._records import WindowResult

__all__ = ["SessionState"]

_K = TypeVar("_K")
_A = TypeVar("_A")
_R = TypeVar("_R")


class _Session:
    __slots__ = (
        "acc",
        "alive",
        "closed",
        "count",
        "emitted",
        "end",
        "final",
        "key",
        "queued",
        "start",
    )

    def __init__(self, key: Any, start: float, end: float, acc: Any) -> None:
        self.key = key
        self.start = start
        self.end = end
        self.acc = acc
        self.count = 1
        self.closed = False  # the watermark passed ``end``: emitted, kept for lateness
        self.emitted = False  # a result with update=False went out for it (or a part)
        self.final = False  # past end + lateness: no more updates; a tombstone
        self.alive = True
        self.queued = math.inf  # when its live heap entry is due


class SessionState(Generic[_K, _A, _R]):
    """Open and kept sessions of one subscription (see the module docstring)."""

    __slots__ = (
        "_acc_add",
        "_acc_init",
        "_acc_merge",
        "_acc_result",
        "_heap",
        "_seq",
        "_sessions",
        "due",
        "gap",
        "lateness",
        "mark",
        "out",
        "stats",
    )

    def __init__(
        self,
        gap: float,
        lateness: float,
        aggregator: Aggregator[Any, _A, _R],
        mark: HasWatermark,
        out: list[Any],
        stats: WindowStats,
    ) -> None:
        self.gap = gap
        self.lateness = lateness
        self._acc_init = aggregator.init
        self._acc_add = aggregator.add
        self._acc_merge = aggregator.merge
        self._acc_result = aggregator.result
        self.mark = mark
        self.out = out
        self.stats = stats
        self._sessions: dict[Any, list[_Session]] = {}
        self._heap: list[tuple[float, int, _Session]] = []
        self._seq = count()
        self.due = math.inf

    def _queue(self, session: _Session) -> None:
        if session.final:
            due = session.end + self.lateness + self.gap
        elif session.closed:
            due = session.end + self.lateness
        else:
            due = session.end
        if due < session.queued:
            session.queued = due
            heapq.heappush(self._heap, (due, next(self._seq), session))
            if due < self.due:
                self.due = due

    def _emit(self, session: _Session) -> None:
        update = session.emitted
        self.out.append(
            WindowResult(
                session.key,
                session.start,
                session.end,
                self._acc_result(session.acc),
                session.count,
                update,
            )
        )
        session.emitted = True
        if update:
            self.stats.updates += 1
        else:
            self.stats.emitted += 1

    def add(self, key: _K, time: float, item: Any) -> bool:
        """Add ``item`` to ``key``'s session around ``time``; False if late."""
        watermark = self.mark.watermark
        low, high = time, time + self.gap
        sessions = self._sessions.get(key)
        if sessions is None:
            sessions = self._sessions[key] = []
        hits = [s for s in sessions if s.start < high and low < s.end]
        if any(s.final for s in hits):  # it would change a session closed for good
            return False
        if not hits:
            if high + self.lateness <= watermark:
                if not sessions:
                    del self._sessions[key]
                return False
            session = _Session(key, low, high, self._acc_add(self._acc_init(), item))
            sessions.append(session)
            self.stats.open_windows += 1
            if high <= watermark:  # closed already, but within allowed lateness
                session.closed = True
                self._emit(session)
            self._queue(session)
            return True
        session = hits[0]
        was_closed = session.closed
        for other in hits[1:]:
            session.acc = self._acc_merge(session.acc, other.acc)
            session.count += other.count
            session.start = min(session.start, other.start)
            session.end = max(session.end, other.end)
            session.emitted = session.emitted or other.emitted
            was_closed = was_closed or other.closed
            other.alive = False
            sessions.remove(other)
            self.stats.open_windows -= 1
        session.acc = self._acc_add(session.acc, item)
        session.count += 1
        session.start = min(session.start, low)
        session.end = max(session.end, high)
        if session.end <= watermark:  # a closed session took a late event: update
            session.closed = True
            self._emit(session)
        elif was_closed:  # reopened: merged with an open session; re-emitted at its end
            session.closed = False
        self._queue(session)
        return True

    def advance(self) -> None:
        """Close sessions whose end the watermark reached; forget kept ones past it."""
        watermark = self.mark.watermark
        heap = self._heap
        while heap and heap[0][0] <= watermark:
            due, _, session = heapq.heappop(heap)
            if not session.alive or due != session.queued:
                continue  # merged away, or re-queued earlier since
            session.queued = math.inf
            if not session.closed and session.end <= watermark:
                session.closed = True
                self._emit(session)
            if session.closed and not session.final and session.end + self.lateness <= watermark:
                session.final = True
                self.stats.open_windows -= 1
            if session.final and session.end + self.lateness + self.gap <= watermark:
                self._forget(session)
            else:
                self._queue(session)
        self.due = heap[0][0] if heap else math.inf

    def _forget(self, session: _Session) -> None:
        session.alive = False
        sessions = self._sessions[session.key]
        sessions.remove(session)
        if not sessions:
            del self._sessions[session.key]

    def flush(self) -> None:
        """Emit every open session, by end (the source completed); drop kept ones."""
        every = [s for sessions in self._sessions.values() for s in sessions]
        for session in sorted(every, key=lambda s: (s.end, s.start)):
            if not session.closed:
                self._emit(session)
        self.stats.open_windows -= sum(not s.final for s in every)
        self._sessions.clear()
        self._heap.clear()
        self.due = math.inf
