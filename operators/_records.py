"""Records of event-time processing: the input event, a window's result, a late event.

Times are float seconds on any epoch the source chooses (Unix seconds, or virtual
seconds in tests); windows are half-open ``[start, end)``, so an event at exactly
``end`` belongs to the next window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

__all__ = ["JoinResult", "LateEvent", "Timestamped", "WindowResult"]

_K = TypeVar("_K")
_V = TypeVar("_V")
_R = TypeVar("_R")
_L = TypeVar("_L")


@dataclass(frozen=True, slots=True)
class Timestamped(Generic[_K, _V]):
    """One keyed event with its event time.

    Sources that carry no such record can still be windowed: :func:`window` takes a
    key function and an :class:`EventTime` whose ``timestamp`` reads any item; for
    these records pass ``key=Timestamped.key_of`` and
    ``EventTime(Timestamped.time_of, ...)``.

    Attributes:
        key: What the event is grouped by (user id, hashtag, ...).
        time: Event time in seconds.
        value: The payload.
    """

    key: _K
    time: float
    value: _V

    @staticmethod
    def key_of(record: Timestamped[_K, _V]) -> _K:
        """``record.key``: the key function for a stream of these records."""
        return record.key

    @staticmethod
    def time_of(record: Timestamped[_K, _V]) -> float:
        """``record.time``: the timestamp function for a stream of these records."""
        return record.time


@dataclass(frozen=True, slots=True)
class WindowResult(Generic[_K, _R]):
    """The aggregate of one key's events in one window.

    For each ``window_id`` exactly one result has ``update=False``: the one emitted
    when the watermark passed ``end`` (or at completion). A window that
    ``allowed_lateness`` keeps open after that is re-emitted, whole, with
    ``update=True`` for each late event it takes; such an update replaces the
    earlier result of the same ``window_id``. (A session window can grow when a late
    event merges sessions: its update replaces every earlier result of that key
    whose ``[start, end)`` lies within its own.)

    Attributes:
        key: The key the window belongs to.
        start: Window start (inclusive), in seconds; for count windows, the ordinal
            of the key's first event in the window (0-based).
        end: Window end (exclusive); for count windows, ``start + size``.
        value: The aggregator's result.
        count: Number of events the window took.
        update: ``True`` for a re-emission caused by a late-but-allowed event.
    """

    key: _K
    start: float
    end: float
    value: _R
    count: int
    update: bool = False

    @property
    def window_id(self) -> tuple[_K, float, float]:
        """``(key, start, end)``: the same for a window and its updates."""
        return (self.key, self.start, self.end)


@dataclass(frozen=True, slots=True)
class LateEvent(Generic[_V]):
    """An event that arrived after every window it belongs to was closed for good.

    Emitted (only when asked, ``late="emit"``) instead of being silently dropped;
    always counted in ``WindowStats.late``.

    Attributes:
        value: The source item, unchanged.
        key: Its key.
        time: Its event time.
        watermark: The watermark when it arrived (> ``time``).
        side: For :func:`window_join`, which input it came from; else ``None``.
    """

    value: _V
    key: object
    time: float
    watermark: float
    side: Literal["left", "right"] | None = None


@dataclass(frozen=True, slots=True)
class JoinResult(Generic[_K, _L, _V]):
    """One matched pair of :func:`window_join`: a left and a right event.

    Attributes:
        key: The key both events share.
        start: Start of the window they share.
        end: End of that window.
        left: The left event.
        right: The right event.
    """

    key: _K
    start: float
    end: float
    left: _L
    right: _V
