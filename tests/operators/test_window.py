"""window: keyed windows in event and processing time, in virtual time (seconds).

Items are ``(key, event_time)`` tuples unless said otherwise; arrivals start at
tick 201. Results are compacted to ``(key, start, end, value, count[, "update"])``
and late events to ``("late", item)`` (``window_helpers.compact``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from operator import itemgetter
from typing import Any, Literal

import pytest
import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.testing import TestScheduler

from operators import (
    Count,
    CountWindow,
    EventTime,
    Max,
    Session,
    Sliding,
    Sum,
    Timestamped,
    TopK,
    Tumbling,
    WindowResult,
    Windows,
    WindowStats,
    window,
)
from tests.operators.window_helpers import compact, timed
from tests.rx_helpers import events

Item = tuple[str, float]


def event_time(
    ooo: float = 0.0, lateness: float = 0.0, idle: float | None = None
) -> EventTime[Item]:
    return EventTime(
        itemgetter(1), max_out_of_orderness=ooo, allowed_lateness=lateness, idle_timeout=idle
    )


def run(
    scheduler: TestScheduler,
    source: Observable[Any],
    windows: Windows,
    *,
    time: EventTime[Any] | None = None,
    late: Literal["drop", "emit"] = "drop",
    stats: WindowStats | None = None,
    aggregate: Any = None,
    key: Callable[[Any], Any] = itemgetter(0),
    disposed: int | None = None,
) -> list[tuple[float, str, object]]:
    operator = window(
        windows,
        aggregate if aggregate is not None else Count(),
        key=key,
        time=time,
        late=late,
        stats=stats,
        scheduler=scheduler,
    )
    recorded = scheduler.start(lambda: source.pipe(operator), disposed=disposed or 1000)
    return [(t, kind, compact(value)) for t, kind, value in events(recorded.messages)]


# --- event-time boundaries, late events, lateness ------------------------------------


def test_marble_from_the_docstring() -> None:
    """event time 1 4 12 9 25 10 | -> A at 12, L(9), B at 25, L(10), C flushed."""
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (204, ("k", 4)), (207, ("k", 12)), (210, ("k", 9))]
    items += [(213, ("k", 25)), (216, ("k", 10))]
    source = timed(scheduler, items, completed=218)
    assert run(scheduler, source, Tumbling(10), time=event_time(), late="emit") == [
        (207, "next", ("k", 0, 10, 2, 2)),
        (210, "next", ("late", ("k", 9))),
        (213, "next", ("k", 10, 20, 1, 1)),
        (216, "next", ("late", ("k", 10))),
        (218, "next", ("k", 20, 30, 1, 1)),
        (218, "completed", None),
    ]


def test_an_event_exactly_at_the_end_is_in_the_next_window() -> None:
    """[0, 10) closes when the event at 10 moves the watermark to 10; 10 opens [10, 20)."""
    scheduler = TestScheduler()
    items = [(201, ("k", 0)), (202, ("k", 9.5)), (203, ("k", 10))]
    source = timed(scheduler, items, completed=205)
    assert run(scheduler, source, Tumbling(10), time=event_time()) == [
        (203, "next", ("k", 0, 10, 2, 2)),
        (205, "next", ("k", 10, 20, 1, 1)),
        (205, "completed", None),
    ]


def test_out_of_order_within_the_bound_is_on_time() -> None:
    """max_out_of_orderness=5: 12 leaves the watermark at 7, so 8 still counts in [0, 10)."""
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (202, ("k", 12)), (203, ("k", 8)), (204, ("k", 16))]
    source = timed(scheduler, items, completed=206)
    assert run(scheduler, source, Tumbling(10), time=event_time(ooo=5)) == [
        (204, "next", ("k", 0, 10, 2, 2)),
        (206, "next", ("k", 10, 20, 2, 2)),
        (206, "completed", None),
    ]


def test_late_events_are_counted_and_dropped_by_default() -> None:
    scheduler = TestScheduler()
    stats = WindowStats()
    items = [(201, ("k", 1)), (202, ("k", 12)), (203, ("k", 3)), (204, ("j", 9))]
    source = timed(scheduler, items, completed=205)
    assert run(scheduler, source, Tumbling(10), time=event_time(), stats=stats) == [
        (202, "next", ("k", 0, 10, 1, 1)),
        (205, "next", ("k", 10, 20, 1, 1)),
        (205, "completed", None),
    ]
    assert (stats.late, stats.emitted, stats.updates, stats.open_windows) == (2, 2, 0, 0)
    assert stats.watermark == 12


def test_allowed_lateness_re_emits_updates_then_drops() -> None:
    """lateness 5: [0, 10) fires at W=12, takes 5 (update) and a new key, gone at W=16."""
    scheduler = TestScheduler()
    stats = WindowStats()
    items = [(201, ("a", 1)), (202, ("a", 12)), (203, ("a", 5)), (204, ("b", 3))]
    items += [(205, ("a", 16)), (206, ("a", 7))]
    source = timed(scheduler, items, completed=207)
    time = event_time(lateness=5)
    assert run(scheduler, source, Tumbling(10), time=time, late="emit", stats=stats) == [
        (202, "next", ("a", 0, 10, 1, 1)),
        (203, "next", ("a", 0, 10, 2, 2, "update")),
        (204, "next", ("b", 0, 10, 1, 1)),  # b's first result for [0, 10): not an update
        (206, "next", ("late", ("a", 7))),
        (207, "next", ("a", 10, 20, 2, 2)),
        (207, "completed", None),
    ]
    assert (stats.emitted, stats.updates, stats.late, stats.open_windows) == (3, 1, 1, 0)


def test_lateness_kept_windows_count_as_open_until_forgotten() -> None:
    scheduler = TestScheduler()
    stats = WindowStats()
    source = timed(scheduler, [(201, ("a", 1)), (202, ("a", 12)), (203, ("a", 16))])
    seen: list[int] = []
    scheduler.schedule_absolute(202.5, lambda *_: seen.append(stats.open_windows))
    scheduler.schedule_absolute(203.5, lambda *_: seen.append(stats.open_windows))
    run(scheduler, source, Tumbling(10), time=event_time(lateness=5), stats=stats)
    assert seen == [2, 1]  # [0, 10) kept + [10, 20); then [0, 10) forgotten at W=16


def test_keys_in_first_seen_order_windows_in_end_order() -> None:
    scheduler = TestScheduler()
    items = [(201, ("b", 1)), (202, ("a", 2)), (203, ("a", 11)), (204, ("b", 13))]
    items += [(205, ("c", 35))]
    source = timed(scheduler, items)
    assert run(scheduler, source, Tumbling(10), time=event_time(ooo=1)) == [
        (203, "next", ("b", 0, 10, 1, 1)),
        (203, "next", ("a", 0, 10, 1, 1)),
        (205, "next", ("a", 10, 20, 1, 1)),
        (205, "next", ("b", 10, 20, 1, 1)),
    ]


def test_offset_aligns_windows() -> None:
    scheduler = TestScheduler()
    source = timed(scheduler, [(201, ("k", 4)), (202, ("k", 6))], completed=203)
    assert run(scheduler, source, Tumbling(10, offset=5), time=event_time(ooo=10)) == [
        (203, "next", ("k", -5, 5, 1, 1)),
        (203, "next", ("k", 5, 15, 1, 1)),
        (203, "completed", None),
    ]


# --- idle timeout -------------------------------------------------------------------


def test_idle_timeout_advances_the_watermark_with_the_clock() -> None:
    """Event time 1 arrives at 201; idle from 206 on, event time runs on from 201: [0, 10)
    closes at tick 210."""
    scheduler = TestScheduler()
    stats = WindowStats()
    source = timed(scheduler, [(201, ("k", 1))])
    assert run(scheduler, source, Tumbling(10), time=event_time(idle=5), stats=stats) == [
        (210, "next", ("k", 0, 10, 1, 1)),
    ]
    assert stats.watermark == 10


def test_idle_watermark_makes_older_events_late_and_new_ones_open_windows() -> None:
    """After the idle close at 210, 8 is late; 30 (at 213) is idle from 218, closes at 223."""
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (212, ("k", 8)), (213, ("k", 30))]
    source = timed(scheduler, items, completed=250)
    assert run(scheduler, source, Tumbling(10), time=event_time(idle=5), late="emit") == [
        (210, "next", ("k", 0, 10, 1, 1)),
        (212, "next", ("late", ("k", 8))),
        (223, "next", ("k", 30, 40, 1, 1)),
        (250, "completed", None),
    ]


def test_steady_input_is_never_idle() -> None:
    """An event every 3 ticks: no 5-tick period is quiet, so only completion emits."""
    scheduler = TestScheduler()
    items = [(201 + 3 * i, ("k", i + 1)) for i in range(5)]
    source = timed(scheduler, items, completed=214)
    assert run(scheduler, source, Tumbling(10), time=event_time(idle=5)) == [
        (214, "next", ("k", 0, 10, 5, 5)),
        (214, "completed", None),
    ]


# --- processing time ----------------------------------------------------------------


def test_processing_time_closes_windows_by_timer() -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 0)), (205, ("k", 0)), (212, ("k", 0)), (212, ("j", 0))]
    source = timed(scheduler, items, completed=230)
    assert run(scheduler, source, Tumbling(10)) == [
        (210, "next", ("k", 200, 210, 2, 2)),
        (220, "next", ("k", 210, 220, 1, 1)),
        (220, "next", ("j", 210, 220, 1, 1)),
        (230, "completed", None),
    ]


def test_processing_time_session_closes_after_the_gap() -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 0)), (203, ("k", 0)), (210, ("k", 0))]
    source = timed(scheduler, items, completed=230)
    assert run(scheduler, source, Session(4)) == [
        (207, "next", ("k", 201, 207, 2, 2)),
        (214, "next", ("k", 210, 214, 1, 1)),
        (230, "completed", None),
    ]


def test_disposal_cancels_the_timer() -> None:
    scheduler = TestScheduler()
    source = timed(scheduler, [(201, ("k", 0))])
    assert run(scheduler, source, Tumbling(10), disposed=205) == []
    assert not scheduler._queue  # the window's timer is gone


# --- sliding, session, count ---------------------------------------------------------


def test_sliding_windows_take_an_event_in_each_window_covering_it() -> None:
    scheduler = TestScheduler()
    source = timed(scheduler, [(201, ("k", 7)), (202, ("k", 12))], completed=203)
    assert run(scheduler, source, Sliding(10, 5), time=event_time()) == [
        (202, "next", ("k", 0, 10, 1, 1)),
        (203, "next", ("k", 5, 15, 2, 2)),
        (203, "next", ("k", 10, 20, 1, 1)),
        (203, "completed", None),
    ]


def test_session_gap_is_exclusive() -> None:
    """gap 5: 1 and 6 are separate sessions; 6 and 10 share one."""
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (202, ("k", 6)), (203, ("k", 10))]
    source = timed(scheduler, items, completed=204)
    assert run(scheduler, source, Session(5), time=event_time()) == [
        (202, "next", ("k", 1, 6, 1, 1)),
        (204, "next", ("k", 6, 15, 2, 2)),
        (204, "completed", None),
    ]


def test_an_out_of_order_event_bridging_two_sessions_merges_them() -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (202, ("k", 9)), (203, ("k", 5)), (204, ("j", 2))]
    source = timed(scheduler, items, completed=205)
    results = run(
        scheduler, source, Session(5), time=event_time(ooo=10), aggregate=Max(itemgetter(1))
    )
    assert results == [
        (205, "next", ("j", 2, 7, 2, 1)),
        (205, "next", ("k", 1, 14, 9, 3)),
        (205, "completed", None),
    ]


def test_session_late_event_updates_a_kept_session() -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (202, ("k", 20)), (203, ("k", 3)), (204, ("k", 40))]
    items += [(205, ("k", 10))]
    source = timed(scheduler, items, completed=206)
    results = run(scheduler, source, Session(5), time=event_time(lateness=20), late="emit")
    assert results == [
        (202, "next", ("k", 1, 6, 1, 1)),
        (203, "next", ("k", 1, 8, 2, 2, "update")),
        (204, "next", ("k", 20, 25, 1, 1)),
        (205, "next", ("late", ("k", 10))),
        (206, "next", ("k", 40, 45, 1, 1)),
        (206, "completed", None),
    ]


def test_an_event_merging_into_a_session_past_its_lateness_is_late() -> None:
    """[0, 3) closes at W=3.5; 1 would merge it (and the open [3.5, 6.5)) into a
    session overlapping the emitted one: it is late instead."""
    scheduler = TestScheduler()
    items = [(201, ("k", 0)), (202, ("k", 3.5)), (203, ("k", 1))]
    source = timed(scheduler, items, completed=204)
    assert run(scheduler, source, Session(3), time=event_time(), late="emit") == [
        (202, "next", ("k", 0, 3, 1, 1)),
        (203, "next", ("late", ("k", 1))),
        (204, "next", ("k", 3.5, 6.5, 1, 1)),
        (204, "completed", None),
    ]


def test_count_windows_tumbling_and_partial_flush() -> None:
    scheduler = TestScheduler()
    keys = "aabaaba"
    source = timed(scheduler, [(201 + i, (k, 0)) for i, k in enumerate(keys)], completed=210)
    assert run(scheduler, source, CountWindow(3)) == [
        (203 + 1, "next", ("a", 0, 3, 3, 3)),
        (210, "next", ("a", 3, 6, 2, 2)),
        (210, "next", ("b", 0, 3, 2, 2)),
        (210, "completed", None),
    ]


def test_count_windows_sliding() -> None:
    scheduler = TestScheduler()
    source = timed(scheduler, [(201 + i, ("k", i)) for i in range(5)], completed=210)
    results = run(scheduler, source, CountWindow(3, slide=2), aggregate=Sum(itemgetter(1)))
    assert results == [
        (203, "next", ("k", 0, 3, 0 + 1 + 2, 3)),
        (205, "next", ("k", 2, 5, 2 + 3 + 4, 3)),
        (210, "next", ("k", 4, 7, 4, 1)),
        (210, "completed", None),
    ]


# --- completion and errors ------------------------------------------------------------


def test_completion_flushes_open_windows_in_end_order() -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 25)), (202, ("j", 3)), (203, ("k", 14))]
    source = timed(scheduler, items, completed=204)
    assert run(scheduler, source, Tumbling(10), time=event_time(ooo=100)) == [
        (204, "next", ("j", 0, 10, 1, 1)),
        (204, "next", ("k", 10, 20, 1, 1)),
        (204, "next", ("k", 20, 30, 1, 1)),
        (204, "completed", None),
    ]


def test_source_error_is_forwarded_without_flushing() -> None:
    scheduler = TestScheduler()
    boom = RuntimeError("source broke")
    source = timed(scheduler, [(201, ("k", 1))], completed=203, error=boom)
    assert run(scheduler, source, Tumbling(10), time=event_time()) == [(203, "error", boom)]


def bad_key(item: Item) -> str:
    if item[1] == 2:
        msg = "no key for 2"
        raise KeyError(msg)
    return item[0]


def bad_time(item: Item) -> float:
    if item[1] == 2:
        msg = "no time for 2"
        raise ValueError(msg)
    return item[1]


CULPRITS = [
    (windows, culprit)
    for windows in (Tumbling(10), Sliding(10, 5), Session(5), CountWindow(2))
    for culprit in ("key", "timestamp", "aggregator")
    if not (isinstance(windows, CountWindow) and culprit == "timestamp")  # reads none
]


@pytest.mark.parametrize(("windows", "culprit"), CULPRITS, ids=repr)
def test_user_callback_errors_go_to_on_error(windows: Windows, culprit: str) -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 1)), (202, ("k", 2)), (203, ("k", 3))]
    source = timed(scheduler, items, completed=204)
    timing = None if isinstance(windows, CountWindow) else event_time()
    if culprit == "timestamp":
        timing = EventTime(bad_time)

    def value(item: Item) -> float:
        if item[1] == 2:
            msg = "bad value"
            raise ArithmeticError(msg)
        return item[1]

    results = run(
        scheduler,
        source,
        windows,
        time=timing,
        key=bad_key if culprit == "key" else itemgetter(0),
        aggregate=Sum(value) if culprit == "aggregator" else Count(),
    )
    assert len(results) == 1
    at, kind, error = results[0]
    assert (at, kind) == (202, "error")
    expected = {"key": KeyError, "timestamp": ValueError, "aggregator": ArithmeticError}
    assert type(error) is expected[culprit]


class BrokenResult(Count):
    def result(self, acc: int, /) -> int:
        msg = "cannot finish"
        raise ZeroDivisionError(msg)


@pytest.mark.parametrize("closing", ["watermark", "completion", "timer"])
def test_an_aggregator_failing_at_close_goes_to_on_error(closing: str) -> None:
    scheduler = TestScheduler()
    items = [(201, ("k", 1))] + ([(202, ("k", 15))] if closing == "watermark" else [])
    source = timed(scheduler, items, completed=None if closing == "timer" else 203)
    timing = None if closing == "timer" else event_time()
    results = run(scheduler, source, Tumbling(10), time=timing, aggregate=BrokenResult())
    at, kind, error = results[0]
    expected_at = {"watermark": 202, "completion": 203, "timer": 210}[closing]
    assert (len(results), at, kind, type(error)) == (1, expected_at, "error", ZeroDivisionError)


# --- records, aggregates through the operator, validation ------------------------------


def test_timestamped_records_and_top_k_trending() -> None:
    """Top 2 hashtags per 60 s window, from Timestamped records (key = the hashtag)."""
    scheduler = TestScheduler()
    tags = [(1, "#cat"), (2, "#dog"), (3, "#cat"), (4, "#sun"), (5, "#dog"), (6, "#cat")]
    records = [(200 + t, Timestamped(tag, float(t), "caption")) for t, tag in tags]
    source = timed(scheduler, [*records, (270, Timestamped("#cat", 61.0, "caption"))])
    Record = Timestamped[str, str]
    top: TopK[Record, str] = TopK(2, of=Timestamped.key_of)
    # (annotated, not EventTime[Record](...): Python 3.11 cannot call a frozen slotted
    # dataclass through a subscripted alias)
    time: EventTime[Record] = EventTime(Timestamped.time_of)
    operator = window(
        Tumbling(60),
        top,
        key=lambda _: "all",
        time=time,
        scheduler=scheduler,
    )
    recorded = scheduler.start(lambda: source.pipe(operator))
    assert [(t, compact(v)) for t, _, v in events(recorded.messages)] == [
        (270, ("all", 0, 60, [("#cat", 3), ("#dog", 2)], 6)),
    ]


def test_the_window_id_is_shared_by_a_window_and_its_updates() -> None:
    results: list[Any] = []
    operator = window(Tumbling(10), Count(), key=itemgetter(0), time=event_time(lateness=10))
    reactivex.from_iterable([("k", 1), ("k", 12), ("k", 2)]).pipe(operator).subscribe(
        results.append
    )
    assert [r.window_id for r in results] == [("k", 0, 10), ("k", 0, 10), ("k", 10, 20)]
    assert [r.update for r in results] == [False, True, False]


def test_bad_arguments_are_refused_with_a_hint() -> None:
    with pytest.raises(TypeError, match=r"Tumbling, Sliding, Session or CountWindow"):
        window(60, Count(), key=itemgetter(0))  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="late must be 'drop' or 'emit'"):
        window(Tumbling(1), Count(), key=itemgetter(0), late="keep")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="count windows count arrivals"):
        window(CountWindow(3), Count(), key=itemgetter(0), time=event_time())
    with pytest.raises(ValueError, match=r"Sliding.slide must be <= size"):
        Sliding(5, 10)
    with pytest.raises(ValueError, match=r"Tumbling.size must be > 0"):
        Tumbling(0)
    with pytest.raises(ValueError, match=r"Session.gap must be > 0"):
        Session(math.inf)
    with pytest.raises(ValueError, match=r"CountWindow.size must be an int >= 1"):
        CountWindow(0)
    with pytest.raises(ValueError, match=r"EventTime.max_out_of_orderness must be >= 0"):
        EventTime(itemgetter(1), max_out_of_orderness=-1)
    with pytest.raises(ValueError, match=r"EventTime.idle_timeout must be > 0"):
        EventTime(itemgetter(1), idle_timeout=0)


def test_partition_splits_off_the_late_side_output() -> None:
    operator = window(Tumbling(10), Count(), key=itemgetter(0), time=event_time(), late="emit")
    published = reactivex.from_iterable([("k", 1), ("k", 12), ("k", 3)]).pipe(
        operator, ops.publish()
    )
    results, late = ops.partition(lambda v: isinstance(v, WindowResult))(published)
    got: list[object] = []
    missed: list[object] = []
    results.subscribe(lambda v: got.append(compact(v)))
    late.subscribe(lambda v: missed.append(compact(v)))
    published.connect()
    assert got == [("k", 0, 10, 1, 1), ("k", 10, 20, 1, 1)]
    assert missed == [("late", ("k", 3))]
