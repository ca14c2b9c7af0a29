"""Flow metrics and the run tracker that enforces ``max_concurrent_flows``.

The tracker is the one place every flow run passes through: it takes a slot (or
waits for one, or refuses), counts the run as active, then completed or failed, and
publishes a snapshot on ``changes`` — the feed behind ``GET /metrics/live``.

A request the flow refuses (a state machine's event not allowed in its state: the
caller's 409) is no failed run: it is counted as rejected, like a run refused a slot,
and is not a run at all (``total_flows`` leaves it out).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from reactivex.subject import Subject

from .._errors import FlowLimitError, InvalidTransitionError
from ._config import FlowConfig

__all__ = ["FlowMetrics", "FlowTracker", "RunRecord", "RunSlot"]

_THROUGHPUT_WINDOW = 60.0


@dataclass(slots=True)
class RunRecord:
    """One finished flow run (kept when flow tracking is on)."""

    kind: str
    name: str
    ok: bool
    duration_ms: float
    finished_at: float
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "kind": self.kind,
            "name": self.name,
            "ok": self.ok,
            "duration_ms": round(self.duration_ms, 3),
            "finished_at": self.finished_at,
            "error": self.error,
        }


@dataclass(slots=True)
class FlowMetrics:
    """The seed's flow metrics: total, active, completed, failed, duration, throughput."""

    total_flows: int = 0
    active_flows: int = 0
    completed_flows: int = 0
    failed_flows: int = 0
    waiting_flows: int = 0
    rejected_flows: int = 0
    """Refused: no run slot (``FlowLimitError``), or the flow refused the request."""
    total_duration: float = 0.0
    # runs finished per whole second of the last minute, [second, count] oldest first:
    # at most 61 entries whatever the rate, and trimmed as runs finish, so a server whose
    # throughput nobody reads does not keep a timestamp per run (it did, without bound)
    _finished: deque[list[int]] = field(default_factory=deque)

    def finished_at(self, now: float) -> None:
        """Count one run finished at ``now`` (``time.monotonic()``)."""
        second = int(now)
        finished = self._finished
        if finished and finished[-1][0] == second:
            finished[-1][1] += 1
            return
        finished.append([second, 1])
        while finished[0][0] < second - _THROUGHPUT_WINDOW:
            finished.popleft()

    @property
    def average_duration(self) -> float:
        """Mean seconds of finished runs (0 before the first)."""
        done = self.completed_flows + self.failed_flows
        return self.total_duration / done if done else 0.0

    def throughput(self, now: float | None = None) -> float:
        """Runs finished per second over the last minute."""
        now = time.monotonic() if now is None else now
        finished = self._finished
        while finished and finished[0][0] < now - _THROUGHPUT_WINDOW:
            finished.popleft()  # a second wholly or partly older than the minute
        return sum(count for _, count in finished) / _THROUGHPUT_WINDOW

    def snapshot(self) -> dict[str, Any]:
        """JSON-ready counters."""
        return {
            "total_flows": self.total_flows,
            "active_flows": self.active_flows,
            "completed_flows": self.completed_flows,
            "failed_flows": self.failed_flows,
            "waiting_flows": self.waiting_flows,
            "rejected_flows": self.rejected_flows,
            "average_duration_ms": round(self.average_duration * 1000.0, 3),
            "throughput_per_s": round(self.throughput(), 3),
        }


class FlowTracker:
    """Admits, times and counts flow runs under a FlowConfig."""

    def __init__(self, config: FlowConfig) -> None:
        self.config = config
        self.metrics = FlowMetrics()
        self.recent: deque[RunRecord] = deque(maxlen=200)
        self.changes: Subject[dict[str, Any]] = Subject()
        # the run slots: a count of free ones, and the runs waiting for one in order
        # (a slot a run leaves goes straight to the first waiter still waiting)
        self._free = config.max_concurrent_flows
        self._waiters: deque[asyncio.Future[None]] = deque()

    def run(self, kind: str, name: str) -> RunSlot:
        """``async with tracker.run(kind, name):`` holds a run slot for the body, counted
        and timed.

        Raises:
            FlowLimitError: (on entry) no slot free and backpressure is off, the wait
                queue is full (``max_queue_size``), or no slot came within ``timeout``.
        """
        return RunSlot(self, kind, name)

    def _take(self) -> bool:
        """Take a free slot now, if one is free and no run waits for one before."""
        if self._free and not self._waiters:
            self._free -= 1
            return True
        return False

    async def _wait_for_slot(self) -> None:
        metrics = self.metrics
        config = self.config
        if not config.enable_backpressure or metrics.waiting_flows >= config.max_queue_size:
            metrics.rejected_flows += 1
            raise FlowLimitError(config.max_concurrent_flows)
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        metrics.waiting_flows += 1
        try:
            async with asyncio.timeout(config.timeout):
                await waiter
        except BaseException as error:
            if waiter.done() and not waiter.cancelled():
                self._release()  # handed a slot, but cut short before it could run
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            if isinstance(error, TimeoutError):
                metrics.rejected_flows += 1
                raise FlowLimitError(config.max_concurrent_flows) from None
            raise
        finally:
            metrics.waiting_flows -= 1

    def _release(self) -> None:
        """A run left its slot: to the first run still waiting, else free."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1

    def _finish(self, kind: str, name: str, started: float, error: BaseException | None) -> None:
        metrics = self.metrics
        now = time.monotonic()
        elapsed = now - started
        metrics.active_flows -= 1
        if isinstance(error, InvalidTransitionError):  # refused by the flow: not a run
            metrics.total_flows -= 1
            metrics.rejected_flows += 1
            if self.changes.observers:
                self.changes.on_next(metrics.snapshot())
            return
        if error is None:
            metrics.completed_flows += 1
        else:
            metrics.failed_flows += 1
        if self.config.enable_performance_monitoring:
            metrics.total_duration += elapsed
            metrics.finished_at(now)
        if self.config.enable_flow_tracking:
            self.recent.append(
                RunRecord(
                    kind,
                    name,
                    error is None,
                    elapsed * 1000.0,
                    time.time(),
                    None if error is None else f"{type(error).__name__}: {error}",
                )
            )
        if self.changes.observers:
            self.changes.on_next(metrics.snapshot())


class RunSlot:
    """One run's slot (see :meth:`FlowTracker.run`): a plain class, as this is on every
    pipeline run's path and ``@asynccontextmanager`` costs a generator per run.

    ``async with slot:`` is :meth:`take` (or, when no slot is free, :meth:`wait`),
    then :meth:`leave`; a caller on the hot path (``Pipeline.process``) calls them
    itself, so a run that finds a free slot takes it without a coroutine.
    """

    __slots__ = ("kind", "name", "started", "tracker")

    def __init__(self, tracker: FlowTracker, kind: str, name: str) -> None:
        self.tracker = tracker
        self.kind = kind
        self.name = name
        self.started = 0.0

    def take(self) -> bool:
        """Start the run in a slot free now; False when none is (then :meth:`wait`)."""
        tracker = self.tracker
        if not tracker._take():
            return False
        self._start(tracker.metrics)
        return True

    async def wait(self) -> None:
        """Wait for a slot, then start the run.

        Raises:
            FlowLimitError: backpressure is off, the wait queue is full
                (``max_queue_size``), or no slot came within ``timeout``.
        """
        tracker = self.tracker
        await tracker._wait_for_slot()
        self._start(tracker.metrics)

    def _start(self, metrics: FlowMetrics) -> None:
        metrics.total_flows += 1
        metrics.active_flows += 1
        self.started = time.monotonic()

    def leave(self, error: BaseException | None) -> None:
        """The run is over (``error``: how it failed): free the slot, count the run."""
        tracker = self.tracker
        tracker._release()
        tracker._finish(self.kind, self.name, self.started, error)

    async def __aenter__(self) -> None:
        if not self.take():
            await self.wait()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.leave(error)
