"""throttle: per key, the first item then silence, in virtual time."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reactivex import Observable
from reactivex import operators as ops
from reactivex.testing import TestScheduler

from operators import throttle
from tests.operators.window_helpers import timed
from tests.rx_helpers import Event, events, hot


def run(scheduler: TestScheduler, source: Observable[Any], operator: Any) -> list[Event]:
    return events(scheduler.start(lambda: source.pipe(operator)).messages)


def test_marble_from_the_docstring() -> None:
    """-abc-d--ef-| -> -a---d--e--| (interval 3)."""
    scheduler = TestScheduler()
    source = hot(scheduler, "-abc-d--ef-|")
    assert run(scheduler, source, throttle(3, scheduler=scheduler)) == [
        (201, "next", "a"),
        (205, "next", "d"),
        (208, "next", "e"),
        (211, "completed", None),
    ]


def test_per_key_in_event_time() -> None:
    scheduler = TestScheduler()
    items = [("a", 0), ("b", 1), ("a", 2), ("a", 5), ("b", 3), ("a", 4)]
    source = timed(scheduler, [(201 + i, item) for i, item in enumerate(items)])
    operator = throttle(5, key=itemgetter(0), time=lambda e: float(e[1]))
    assert [v for _, _, v in run(scheduler, source, operator)] == [("a", 0), ("b", 1), ("a", 5)]


@given(gaps=st.lists(st.integers(0, 6), max_size=30), interval=st.integers(1, 5))
def test_unkeyed_processing_time_equals_reactivex_throttle_first(
    gaps: list[int], interval: int
) -> None:
    def record(operator: Any) -> list[Event]:
        scheduler = TestScheduler()
        ticks = [201 + sum(gaps[: i + 1]) for i in range(len(gaps))]
        source = timed(scheduler, [(t, i) for i, t in enumerate(ticks)], completed=400)
        return events(scheduler.start(lambda: source.pipe(operator(scheduler))).messages)

    ours = record(lambda s: throttle(interval, scheduler=s))
    theirs = record(lambda s: ops.throttle_first(interval, scheduler=s))
    assert ours == theirs


def test_key_errors_go_to_on_error() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a|")
    results = run(scheduler, source, throttle(1, key=lambda item: {}[item]))
    assert results[0][:2] == (201, "error")
    assert isinstance(results[0][2], KeyError)


def test_bad_interval_is_refused() -> None:
    with pytest.raises(ValueError, match="throttle: interval must be > 0"):
        throttle(0)
