"""debounce: per key, the latest item of each burst, in virtual time."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reactivex import Observable
from reactivex import operators as ops
from reactivex.testing import TestScheduler

from operators import EventTime, WindowStats, debounce
from tests.operators.window_helpers import timed
from tests.rx_helpers import Event, events, hot


def run(scheduler: TestScheduler, source: Observable[Any], operator: Any) -> list[Event]:
    return events(scheduler.start(lambda: source.pipe(operator)).messages)


def test_marble_from_the_docstring() -> None:
    """-ab--c---de-| -> ----b--c----(e|) (duetime 2)."""
    scheduler = TestScheduler()
    source = hot(scheduler, "-ab--c---de-|")
    assert run(scheduler, source, debounce(2, scheduler=scheduler)) == [
        (204, "next", "b"),
        (207, "next", "c"),
        (212, "next", "e"),
        (212, "completed", None),
    ]


def test_per_key_bursts() -> None:
    scheduler = TestScheduler()
    items = [(201, "a1"), (202, "b1"), (203, "a2"), (206, "b2")]
    source = timed(scheduler, items, completed=230)
    operator = debounce(3, key=itemgetter(0), scheduler=scheduler)
    assert run(scheduler, source, operator) == [
        (205, "next", "b1"),
        (206, "next", "a2"),
        (209, "next", "b2"),
        (230, "completed", None),
    ]


def test_event_time_debounces_out_of_order_items_as_if_sorted() -> None:
    """Bursts by event time; the latest by time wins, not the last to arrive."""
    scheduler = TestScheduler()
    stats = WindowStats()
    items = [(201, ("x", 1)), (202, ("y", 3)), (203, ("x", 2)), (204, ("z", 20))]
    items += [(205, ("w", 2))]
    source = timed(scheduler, items, completed=210)
    time: EventTime[tuple[str, int]] = EventTime(lambda e: float(e[1]), max_out_of_orderness=5)
    assert run(scheduler, source, debounce(4, time=time, stats=stats)) == [
        (204, "next", ("y", 3)),  # watermark 15 passed 3 + 4
        (210, "next", ("z", 20)),
        (210, "completed", None),
    ]
    assert stats.late == 1  # ("w", 2): its burst had closed


@given(gaps=st.lists(st.integers(0, 6), max_size=30))
def test_one_key_in_processing_time_equals_reactivex_debounce(gaps: list[int]) -> None:
    """duetime 2.5 with whole-tick arrivals: no item lands exactly on a burst's end."""

    def record(operator: Any) -> list[Event]:
        scheduler = TestScheduler()
        ticks = [201 + sum(gaps[: i + 1]) for i in range(len(gaps))]
        source = timed(scheduler, [(t, i) for i, t in enumerate(ticks)], completed=400)
        return events(scheduler.start(lambda: source.pipe(operator(scheduler))).messages)

    ours = record(lambda s: debounce(2.5, scheduler=s))
    theirs = record(lambda s: ops.debounce(2.5, scheduler=s))
    assert ours == theirs


def test_timestamp_errors_go_to_on_error() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a|")
    results = run(scheduler, source, debounce(1, time=EventTime(float)))
    assert results[0][:2] == (201, "error")
    assert isinstance(results[0][2], ValueError)


def test_bad_duetime_is_refused() -> None:
    with pytest.raises(ValueError, match="debounce: duetime must be > 0"):
        debounce(-1)
