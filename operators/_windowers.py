"""Window shapes: which windows an event belongs to.

Time windows are half-open ``[start, end)`` in seconds, aligned to ``offset``
(window starts are ``offset + n * slide`` for integer ``n``), so an event at exactly
``end`` is in the next window. Use sizes exact in binary floating point (whole or
half seconds, not 0.1) when window bounds must compare equal across processes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["CountWindow", "Session", "Sliding", "Tumbling", "Windows"]


def _positive(owner: str, name: str, value: object) -> None:
    if isinstance(value, bool) or not (
        isinstance(value, int | float) and math.isfinite(value) and value > 0
    ):
        msg = f"{owner}.{name} must be > 0 seconds (finite), got {value!r}"
        raise ValueError(msg)


def _finite(owner: str, name: str, value: object) -> None:
    if isinstance(value, bool) or not (isinstance(value, int | float) and math.isfinite(value)):
        msg = f"{owner}.{name} must be a finite number of seconds, got {value!r}"
        raise ValueError(msg)


@dataclass(frozen=True, slots=True)
class Tumbling:
    """Back-to-back windows of ``size`` seconds: each event is in exactly one."""

    size: float
    offset: float = 0.0

    def __post_init__(self) -> None:
        _positive("Tumbling", "size", self.size)
        _finite("Tumbling", "offset", self.offset)


@dataclass(frozen=True, slots=True)
class Sliding:
    """Windows of ``size`` seconds starting every ``slide`` seconds (``slide <= size``).

    Each event is in ``ceil(size / slide)`` windows (fewer when ``slide`` does not
    divide ``size``); it is added to each (no pane sharing).
    """

    size: float
    slide: float
    offset: float = 0.0

    def __post_init__(self) -> None:
        _positive("Sliding", "size", self.size)
        _positive("Sliding", "slide", self.slide)
        _finite("Sliding", "offset", self.offset)
        if self.slide > self.size:
            msg = (
                f"Sliding.slide must be <= size (got slide={self.slide!r}, "
                f"size={self.size!r}): events between windows would belong to none"
            )
            raise ValueError(msg)


@dataclass(frozen=True, slots=True)
class Session:
    """Per key, events less than ``gap`` seconds apart share a window.

    A session is ``[first event, last event + gap)``; an event exactly ``gap`` after
    the last starts a new one. An out-of-order event that falls within ``gap`` of two
    sessions merges them (their accumulators through ``Aggregator.merge``). An event
    that would merge into a session already past its allowed lateness is late.
    """

    gap: float

    def __post_init__(self) -> None:
        _positive("Session", "gap", self.gap)


@dataclass(frozen=True, slots=True)
class CountWindow:
    """Per key, windows of ``size`` events in arrival order, one every ``slide`` events.

    ``slide=None`` (the default) is tumbling (``slide = size``). A window is emitted
    when it holds ``size`` events, and a partial one when the source completes. Count
    windows take no event time: arrival order is their clock, nothing is late.
    ``start``/``end`` of a result are event ordinals per key (0-based).
    """

    size: int
    slide: int | None = None

    def __post_init__(self) -> None:
        for name, value in (("size", self.size), ("slide", self.slide)):
            if value is None and name == "slide":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                msg = f"CountWindow.{name} must be an int >= 1, got {value!r}"
                raise ValueError(msg)
        if self.slide is not None and self.slide > self.size:
            msg = (
                f"CountWindow.slide must be <= size (got slide={self.slide!r}, "
                f"size={self.size!r}): events between windows would belong to none"
            )
            raise ValueError(msg)


Windows = Tumbling | Sliding | Session | CountWindow
