"""Shared helpers for virtual-time tests: readable recordings and tick-per-char sources."""

from __future__ import annotations

from typing import Any

from reactivex import Observable
from reactivex.notification import OnError, OnNext
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.recorded import Recorded

__all__ = ["Event", "events", "hot"]

Event = tuple[float, str, object]


def events(records: list[Recorded[Any]]) -> list[Event]:
    """Recorded notifications as comparable ``(time, kind, value-or-error)`` tuples.

    (``ReactiveTest.on_next`` and friends are typed for integer ticks; virtual times
    here are float seconds.)
    """
    out: list[Event] = []
    for record in records:
        note = record.value
        if isinstance(note, OnNext):
            out.append((record.time, "next", note.value))
        elif isinstance(note, OnError):
            out.append((record.time, "error", note.exception))
        else:
            out.append((record.time, "completed", None))
    return out


def hot(scheduler: TestScheduler, marbles: str) -> Observable[str]:
    """One character per tick from t=200: ``-`` nothing, ``|`` completes, else a value."""
    records: list[Recorded[str]] = []
    for tick, char in enumerate(marbles):
        if char == "|":
            records.append(ReactiveTest.on_completed(200 + tick))
        elif char != "-":
            records.append(ReactiveTest.on_next(200 + tick, char))
    return scheduler.create_hot_observable(records)
