"""window, property-based: event-time results do not depend on the arrival order.

* Any arrival order within the watermark's bound (each event at most
  ``max_out_of_orderness`` older than the newest before it) gives the same results
  as the events sorted by time, for tumbling, sliding and session windows; nothing
  is late.
* Every ``(key, window)`` is emitted exactly once with ``update=False``, whatever
  the order and lateness.
* In any order, with any allowed lateness, the final result of each window (its
  last update) counts exactly the events a reference model finds on time, and those
  counts plus the late events add up to every event.
* Session windows: applying each result as documented (an update replaces the
  key's earlier results within its extent) leaves sessions whose counts plus the
  late events add up to every event.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter
from typing import Any

import reactivex
from hypothesis import given, settings
from hypothesis import strategies as st

from operators import (
    EventTime,
    LateEvent,
    Session,
    Sliding,
    Sum,
    Tumbling,
    WindowResult,
    Windows,
    WindowStats,
    window,
)

Item = tuple[str, int, int]  # key, event time, value

WINDOWS: list[Windows] = [Tumbling(5), Tumbling(10), Sliding(10, 5), Sliding(30, 10)]
WINDOWS += [Session(3), Session(10)]

items_st = st.lists(
    st.tuples(st.sampled_from("abc"), st.integers(0, 120), st.integers(-3, 9)), max_size=60
)


def run(
    items: list[Item], windows: Windows, ooo: float, lateness: float = 0.0
) -> tuple[list[Any], WindowStats]:
    stats = WindowStats()
    out: list[Any] = []
    operator = window(
        windows,
        Sum(itemgetter(2)),
        key=itemgetter(0),
        time=EventTime(itemgetter(1), max_out_of_orderness=ooo, allowed_lateness=lateness),
        late="emit",
        stats=stats,
    )
    reactivex.from_iterable(items).pipe(operator).subscribe(out.append)
    return out, stats


def as_set(results: list[Any]) -> Counter[tuple[Any, ...]]:
    return Counter(
        (r.key, r.start, r.end, r.value, r.count, r.update)
        for r in results
        if isinstance(r, WindowResult)
    )


@st.composite
def bounded_disorder(draw: st.DrawFn) -> tuple[list[Item], list[Item], int]:
    """Items sorted by time, the same items in an order within a bound, the bound."""
    items = sorted(draw(items_st), key=itemgetter(1))
    ooo = draw(st.integers(0, 30))
    delays = draw(st.lists(st.integers(0, ooo), min_size=len(items), max_size=len(items)))
    # arriving by time + delay: an event can only pass one at most ooo older than it
    order = sorted(range(len(items)), key=lambda i: (items[i][1] + delays[i], i))
    return items, [items[i] for i in order], ooo


@settings(max_examples=300)
@given(case=bounded_disorder(), windows=st.sampled_from(WINDOWS))
def test_disorder_within_the_bound_gives_the_sorted_results(
    case: tuple[list[Item], list[Item], int], windows: Windows
) -> None:
    ordered, shuffled, ooo = case
    expected, expected_stats = run(ordered, windows, ooo)
    got, stats = run(shuffled, windows, ooo)
    assert as_set(got) == as_set(expected)
    assert stats.late == expected_stats.late == 0
    assert not any(isinstance(r, LateEvent) for r in got)
    assert stats.open_windows == 0


@given(
    items=items_st,
    windows=st.sampled_from(WINDOWS),
    ooo=st.integers(0, 20),
    lateness=st.integers(0, 20),
)
def test_each_window_is_emitted_once_then_only_updated(
    items: list[Item], windows: Windows, ooo: int, lateness: int
) -> None:
    results, stats = run(items, windows, ooo, lateness)
    firsts = Counter(r.window_id for r in results if isinstance(r, WindowResult) and not r.update)
    assert all(n == 1 for n in firsts.values())
    assert stats.emitted == sum(firsts.values())
    if not isinstance(windows, Session):  # a session's update may carry a grown extent
        updated = {r.window_id for r in results if isinstance(r, WindowResult) and r.update}
        assert updated <= set(firsts)
    late = [r for r in results if isinstance(r, LateEvent)]
    assert len(late) == stats.late
    assert all(r.time < r.watermark for r in late)


def reference(
    items: list[Item], size: int, slide: int, ooo: int, lateness: int
) -> tuple[Counter[tuple[str, int]], int]:
    """Per (key, window start): the events counted; and how many were late."""
    counted: Counter[tuple[str, int]] = Counter()
    late = 0
    watermark = float("-inf")
    for key, t, _ in items:
        watermark = max(watermark, t - ooo)
        starts = [s for s in range(t - t % slide - size, t + 1, slide) if s <= t < s + size]
        taken = [s for s in starts if s + size + lateness > watermark]
        counted.update((key, s) for s in taken)
        late += not taken
    return counted, late


@settings(max_examples=300)
@given(
    items=items_st,
    shape=st.sampled_from([(5, 5), (10, 10), (10, 5), (30, 10)]),
    ooo=st.integers(0, 20),
    lateness=st.integers(0, 20),
)
def test_final_counts_match_a_reference_and_add_up(
    items: list[Item], shape: tuple[int, int], ooo: int, lateness: int
) -> None:
    size, slide = shape
    windows = Tumbling(size) if size == slide else Sliding(size, slide)
    results, stats = run(items, windows, ooo, lateness)
    final: dict[tuple[str, float], int] = {}
    for r in results:
        if isinstance(r, WindowResult):
            final[(r.key, r.start)] = r.count  # the last update wins
    counted, late = reference(items, size, slide, ooo, lateness)
    assert final == dict(counted.items())
    assert stats.late == late
    windows_per_event = size // slide
    if windows_per_event == 1:
        assert sum(final.values()) + stats.late == len(items)


@settings(max_examples=300)
@given(
    items=items_st,
    gap=st.sampled_from([3, 10]),
    ooo=st.integers(0, 20),
    lateness=st.integers(0, 20),
)
def test_session_updates_replace_what_they_cover_and_counts_add_up(
    items: list[Item], gap: int, ooo: int, lateness: int
) -> None:
    """Applying each result as documented (it replaces the key's earlier results
    within its extent) leaves sessions whose counts plus the late events are all."""
    results, stats = run(items, Session(gap), ooo, lateness)
    current: dict[str, list[WindowResult[str, float]]] = {}
    for r in results:
        if not isinstance(r, WindowResult):
            continue
        kept = [
            old for old in current.get(r.key, []) if not (r.start <= old.start and old.end <= r.end)
        ]
        overlapping = [old for old in kept if old.start < r.end and r.start < old.end]
        assert not overlapping, f"{r} overlaps {overlapping} without covering it"
        current[r.key] = [*kept, r]
    total = sum(r.count for rs in current.values() for r in rs)
    assert total + stats.late == len(items)
    sums = sum(r.value for rs in current.values() for r in rs)
    late_sum = sum(item[2] for item in items) - sums
    assert late_sum == sum(r.value[2] for r in results if isinstance(r, LateEvent))
