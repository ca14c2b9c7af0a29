"""Event time: where an event's time comes from, the watermark, and its counters.

The watermark is the operator's belief that every event earlier than it has
arrived. With bounded out-of-orderness it trails the largest event time seen::

    watermark = max(event time seen) - max_out_of_orderness      (never decreases)

so an event up to ``max_out_of_orderness`` seconds older than the newest one is
still on time. A window ``[start, end)`` is emitted once the watermark reaches
``end``; with ``allowed_lateness`` its state is kept until the watermark reaches
``end + allowed_lateness``, and an event arriving in between re-emits the window as
an update. An event whose every window is past that point is *late*: counted, and
dropped or emitted as a :class:`LateEvent`.

The watermark only moves when events arrive. So that windows still close when the
input stops, ``idle_timeout`` lets processing time take over: the operator looks at
its input every ``idle_timeout`` seconds (scheduler time), and once a whole period
passed without an event, the input is *idle* and the watermark advances with the
scheduler's clock, as if event time went on at the rate of processing time from the
start of that quiet period::

    watermark = max(event time seen) - max_out_of_orderness + (now - quiet_since)

An event arriving later ends the idle state; the watermark never goes back, so an
event older than the advanced watermark may now be late.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

__all__ = ["BoundedOutOfOrderness", "EventTime", "HasWatermark", "WindowStats"]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class EventTime(Generic[_T]):
    """Event time for an operator: read from each item, with a bounded-disorder watermark.

    Without an ``EventTime`` (``time=None``) the operators use processing time: an
    item's time is the scheduler's clock when it arrives, the watermark is the clock,
    and no event is ever late.

    Attributes:
        timestamp: The item's event time in seconds (float; any epoch).
        max_out_of_orderness: How far (seconds, >= 0) an event may trail the newest
            one seen and still be on time.
        allowed_lateness: How long (seconds, >= 0) after its end a window stays
            updatable: late events within it re-emit the window with ``update=True``.
        idle_timeout: Seconds of scheduler time without events after which the
            watermark advances with the scheduler's clock; ``None`` (the default):
            it advances only with events (and every window is flushed at completion).
    """

    timestamp: Callable[[_T], float]
    max_out_of_orderness: float = 0.0
    allowed_lateness: float = 0.0
    idle_timeout: float | None = None

    def __post_init__(self) -> None:
        for name in ("max_out_of_orderness", "allowed_lateness"):
            value = getattr(self, name)
            if isinstance(value, bool) or not (
                isinstance(value, int | float) and math.isfinite(value) and value >= 0
            ):
                msg = f"EventTime.{name} must be >= 0 seconds (finite), got {value!r}"
                raise ValueError(msg)
        idle = self.idle_timeout
        if idle is not None and (
            isinstance(idle, bool)
            or not (isinstance(idle, int | float) and math.isfinite(idle) and idle > 0)
        ):
            msg = f"EventTime.idle_timeout must be > 0 seconds (finite) or None, got {idle!r}"
            raise ValueError(msg)
        if not callable(self.timestamp):
            msg = (
                f"EventTime.timestamp must be a function item -> seconds, got "
                f"{self.timestamp!r}; e.g. EventTime(lambda e: e['ts'])"
            )
            raise TypeError(msg)


class HasWatermark(Protocol):
    """Where window state reads the current watermark from (one input, or a join's two)."""

    @property
    def watermark(self) -> float:
        """Seconds; ``-inf`` before any event."""
        ...


class BoundedOutOfOrderness:
    """The watermark of one input: the newest event time less a fixed allowance.

    ``watermark`` starts at ``-inf`` and never decreases; ``high`` is the largest
    event time observed. Operators keep one per input and subscription.
    """

    __slots__ = ("high", "max_out_of_orderness", "watermark")

    def __init__(self, max_out_of_orderness: float = 0.0) -> None:
        if not (math.isfinite(max_out_of_orderness) and max_out_of_orderness >= 0):
            msg = (
                "BoundedOutOfOrderness: max_out_of_orderness must be >= 0 seconds "
                f"(finite), got {max_out_of_orderness!r}"
            )
            raise ValueError(msg)
        self.max_out_of_orderness = max_out_of_orderness
        self.high = -math.inf
        self.watermark = -math.inf

    def observe(self, time: float) -> float:
        """Account for an event at ``time``; return the (possibly advanced) watermark."""
        if time > self.high:
            self.high = time
            mark = time - self.max_out_of_orderness
            if mark > self.watermark:
                self.watermark = mark
        return self.watermark

    def idle(self, quiet_for: float) -> float:
        """Advance as if event time ran on for ``quiet_for`` seconds with no event.

        Returns the watermark. Nothing moves before the first event.
        """
        mark = self.high - self.max_out_of_orderness + quiet_for
        if mark > self.watermark:
            self.watermark = mark
        return self.watermark

    def advance_to(self, mark: float) -> float:
        """Move the watermark to ``mark`` unless it is already further; return it."""
        if mark > self.watermark:
            self.watermark = mark
        return self.watermark


@dataclass(slots=True)
class WindowStats:
    """Live counters of a windowing operator, updated in place (for REST and metrics).

    Pass one as ``stats=`` to :func:`window` or :func:`window_join`; every
    subscription adds to its counters, and ``watermark`` reads the latest
    subscription's (one subscription per stats object reads best).

    Attributes:
        open_windows: ``(key, window)`` states held, including windows kept for
            allowed lateness.
        emitted: Window results emitted with ``update=False``.
        updates: Window results re-emitted with ``update=True``.
        late: Events later than allowed lateness (dropped or side-output).
        unmatched: :func:`window_join` only: events whose window closed with no
            partner of the same key on the other side.
    """

    open_windows: int = 0
    emitted: int = 0
    updates: int = 0
    late: int = 0
    unmatched: int = 0
    _mark: HasWatermark | None = field(default=None, repr=False, compare=False)

    @property
    def watermark(self) -> float:
        """The current watermark in seconds (``-inf`` before the first event).

        In processing time, the scheduler's clock when the operator last read it.
        """
        return -math.inf if self._mark is None else self._mark.watermark

    def as_dict(self) -> dict[str, float]:
        """The counters and the watermark as a plain dict (for metrics and JSON)."""
        return {
            "watermark": self.watermark,
            "open_windows": self.open_windows,
            "emitted": self.emitted,
            "updates": self.updates,
            "late": self.late,
            "unmatched": self.unmatched,
        }
