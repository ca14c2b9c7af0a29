"""window_join: an inner join by key within windows, in virtual time (seconds).

Events are strings ``"<key><event time>"`` (``"a13"``: key a, time 13); results are
compacted to ``(key, start, end, left, right)`` and late events to ``("late", item)``.
"""

from __future__ import annotations

from typing import Any, Literal

import pytest
from reactivex import Observable
from reactivex.testing import TestScheduler

from operators import EventTime, LateEvent, Session, Sliding, Tumbling, WindowStats, window_join
from tests.operators.window_helpers import compact, timed
from tests.rx_helpers import events


def key_of(event: str) -> str:
    return event[0]


def time_of(event: str) -> float:
    return float(event[1:])


def event_time(
    ooo: float = 0.0, lateness: float = 0.0, idle: float | None = None
) -> EventTime[str]:
    return EventTime(
        time_of, max_out_of_orderness=ooo, allowed_lateness=lateness, idle_timeout=idle
    )


TEN = Tumbling(10)


def run(
    scheduler: TestScheduler,
    left: Observable[str],
    right: Observable[str],
    windows: Tumbling | Sliding = TEN,
    *,
    time: EventTime[str] | None = None,
    right_time: EventTime[str] | None = None,
    late: Literal["drop", "emit"] = "drop",
    stats: WindowStats | None = None,
    key: Any = key_of,
) -> list[tuple[float, str, object]]:
    operator = window_join(
        right,
        windows,
        key=key,
        right_key=key_of,
        time=time,
        right_time=right_time,
        late=late,
        stats=stats,
        scheduler=scheduler,
    )
    recorded = scheduler.start(lambda: left.pipe(operator))
    return [(t, kind, compact(value)) for t, kind, value in events(recorded.messages)]


def test_marble_from_the_docstring() -> None:
    scheduler = TestScheduler()
    stats = WindowStats()
    left = timed(scheduler, [(201, "a1"), (206, "a4"), (212, "a13")], completed=216)
    right = timed(scheduler, [(203, "a2"), (207, "b5"), (210, "a12")], completed=216)
    results = run(scheduler, left, right, time=event_time(), right_time=event_time(), stats=stats)
    assert results == [
        (212, "next", ("a", 0, 10, "a1", "a2")),
        (212, "next", ("a", 0, 10, "a4", "a2")),
        (216, "next", ("a", 10, 20, "a13", "a12")),
        (216, "completed", None),
    ]
    assert (stats.unmatched, stats.late, stats.open_windows) == (1, 0, 0)


def test_the_slower_input_holds_the_watermark_back() -> None:
    scheduler = TestScheduler()
    left = timed(scheduler, [(201, "a1"), (202, "a50")])
    right = timed(scheduler, [(203, "a3"), (220, "a11")])
    results = run(scheduler, left, right, time=event_time(), right_time=event_time())
    assert results == [(220, "next", ("a", 0, 10, "a1", "a3"))]


def test_completion_waits_for_both_inputs() -> None:
    scheduler = TestScheduler()
    left = timed(scheduler, [(201, "a1")], completed=202)
    right = timed(scheduler, [(203, "a2")], completed=230)
    results = run(scheduler, left, right, time=event_time(), right_time=event_time())
    assert results == [(230, "next", ("a", 0, 10, "a1", "a2")), (230, "completed", None)]


def test_late_events_are_side_output_with_their_side() -> None:
    scheduler = TestScheduler()
    stats = WindowStats()
    left = timed(scheduler, [(201, "a1"), (202, "a15"), (206, "a3")])
    right = timed(scheduler, [(203, "a2"), (204, "a14"), (205, "a4")])
    operator = window_join(
        right,
        Tumbling(10),
        key=key_of,
        right_key=key_of,
        time=event_time(),
        right_time=event_time(),
        late="emit",
        stats=stats,
        scheduler=scheduler,
    )
    recorded = scheduler.start(lambda: left.pipe(operator))
    values = [(t, v) for t, _, v in events(recorded.messages)]
    assert [(t, compact(v)) for t, v in values] == [
        (204, ("a", 0, 10, "a1", "a2")),
        (205, ("late", "a4")),
        (206, ("late", "a3")),
    ]
    sides = [v.side for _, v in values if isinstance(v, LateEvent)]
    assert sides == ["right", "left"]
    assert stats.late == 2


def test_allowed_lateness_pairs_a_late_event_at_once() -> None:
    scheduler = TestScheduler()
    left = timed(scheduler, [(201, "a1"), (202, "a15"), (205, "a6")], completed=210)
    right = timed(scheduler, [(203, "a2"), (204, "a14")], completed=210)
    time = event_time(lateness=10)
    assert run(scheduler, left, right, time=time, right_time=time) == [
        (204, "next", ("a", 0, 10, "a1", "a2")),
        (205, "next", ("a", 0, 10, "a6", "a2")),
        (210, "next", ("a", 10, 20, "a15", "a14")),
        (210, "completed", None),
    ]


def test_sliding_windows_pair_once_per_shared_window() -> None:
    scheduler = TestScheduler()
    left = timed(scheduler, [(201, "a7")], completed=205)
    right = timed(scheduler, [(202, "a8")], completed=205)
    results = run(
        scheduler, left, right, Sliding(10, 5), time=event_time(), right_time=event_time()
    )
    assert results == [
        (205, "next", ("a", 0, 10, "a7", "a8")),
        (205, "next", ("a", 5, 15, "a7", "a8")),
        (205, "completed", None),
    ]


def test_processing_time_join_closes_by_timer() -> None:
    scheduler = TestScheduler()
    left = timed(scheduler, [(201, "ax"), (212, "ay")], completed=240)
    right = timed(scheduler, [(205, "az"), (206, "bz")], completed=240)
    assert run(scheduler, left, right) == [
        (210, "next", ("a", 200, 210, "ax", "az")),
        (240, "completed", None),
    ]


def test_an_idle_empty_input_stops_holding_the_join_back() -> None:
    scheduler = TestScheduler()
    stats = WindowStats()
    left = timed(scheduler, [(201, "a1")])
    right: Observable[str] = timed(scheduler, [])
    time = event_time(idle=5)
    assert run(scheduler, left, right, time=time, right_time=time, stats=stats) == []
    assert stats.unmatched == 1  # [0, 10) closed by the idle watermark, unmatched
    assert stats.open_windows == 0


def test_errors_of_either_side_and_of_key_functions_go_to_on_error() -> None:
    scheduler = TestScheduler()
    boom = ConnectionError("right broke")
    left = timed(scheduler, [(201, "a1")])
    right = timed(scheduler, [], completed=203, error=boom)
    assert run(scheduler, left, right, time=event_time(), right_time=event_time()) == [
        (203, "error", boom)
    ]

    scheduler = TestScheduler()
    left = timed(scheduler, [(201, "a1"), (202, "?")])
    right = timed(scheduler, [])
    results = run(scheduler, left, right, time=event_time(), right_time=event_time())
    assert len(results) == 1
    assert results[0][:2] == (202, "error")
    assert isinstance(results[0][2], ValueError)  # float("") of "?"


def test_bad_arguments_are_refused_with_a_hint() -> None:
    right: Observable[str] = Observable()
    with pytest.raises(TypeError, match="Tumbling or Sliding"):
        window_join(right, Session(5), key=key_of, right_key=key_of)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="give both inputs an EventTime"):
        window_join(right, Tumbling(5), key=key_of, right_key=key_of, time=event_time())
    with pytest.raises(ValueError, match="allowed_lateness must be the same"):
        window_join(
            right,
            Tumbling(5),
            key=key_of,
            right_key=key_of,
            time=event_time(lateness=1),
            right_time=event_time(),
        )
