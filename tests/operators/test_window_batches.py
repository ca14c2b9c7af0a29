"""window_batches: ``window`` over lists of items, in virtual time (seconds).

Whatever the split of the input into lists (lists at one tick are items arriving at
that instant), the concatenated output equals ``window``'s for the items one by one,
at the same ticks; after a failing item only the outputs of the items before it go
out.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, cast

from hypothesis import given, settings
from hypothesis import strategies as st
from reactivex import operators as ops
from reactivex.testing import TestScheduler

from operators import (
    Aggregator,
    Count,
    CountWindow,
    EventTime,
    Session,
    Sliding,
    Sum,
    Tumbling,
    Windows,
    WindowStats,
    window,
    window_batches,
)
from tests.operators.window_helpers import compact, timed
from tests.rx_helpers import events

Item = tuple[str, float]

SHAPES: dict[str, Windows] = {
    "tumbling": Tumbling(10),
    "sliding": Sliding(10, 5),
    "session": Session(3),
    "count": CountWindow(3),
}
TIMES: dict[str, EventTime[Item] | None] = {
    "processing": None,
    "event": EventTime(itemgetter(1), max_out_of_orderness=3),
    "lateness": EventTime(itemgetter(1), max_out_of_orderness=1, allowed_lateness=5),
    "idle": EventTime(itemgetter(1), max_out_of_orderness=2, idle_timeout=4),
}


def _outputs(
    arrivals: list[tuple[int, list[Item]]], shape: str, time: str, batched: bool
) -> tuple[list[Any], dict[str, float]]:
    scheduler = TestScheduler()
    stats = WindowStats()
    clock = None if shape == "count" else TIMES[time]
    make = window_batches if batched else window
    operator = make(
        SHAPES[shape],
        Count(),
        key=itemgetter(0),
        time=clock,
        late="emit",
        stats=stats,
        scheduler=scheduler,
    )
    if batched:
        source = timed(scheduler, arrivals, completed=900)
    else:
        source = timed(scheduler, [(t, i) for t, items in arrivals for i in items], 900)
    recorded = scheduler.start(lambda: source.pipe(operator), disposed=1000)
    out: list[Any] = []
    for t, kind, value in events(recorded.messages):
        for v in cast(list[Any], value) if batched and kind == "next" else [value]:
            out.append((t, kind, compact(v)))
    return out, stats.as_dict()


@settings(max_examples=300, deadline=None)
@given(
    items=st.lists(
        st.tuples(
            st.sampled_from([0, 0, 0, 1, 3, 7]),
            st.sampled_from(["a", "b"]),
            st.floats(-4, 0),
            st.booleans(),
        ),
        max_size=30,
    ),
    shape=st.sampled_from(sorted(SHAPES)),
    time=st.sampled_from(sorted(TIMES)),
)
def test_any_split_gives_what_window_gives_item_by_item(
    items: list[tuple[int, str, float, bool]], shape: str, time: str
) -> None:
    arrivals: list[tuple[int, list[Item]]] = []
    tick = 201
    for step, key, jitter, cut in items:
        tick += step
        item = (key, tick - 201 + jitter)
        if arrivals and arrivals[-1][0] == tick and not cut:
            arrivals[-1][1].append(item)
        else:
            arrivals.append((tick, [item]))
    assert _outputs(arrivals, shape, time, True) == _outputs(arrivals, shape, time, False)


class Boom(Exception):
    pass


class Picky(Aggregator[Item, int, int]):
    """A count that fails on the key 'bad'."""

    def init(self) -> int:
        return 0

    def add(self, acc: int, item: Item) -> int:
        if item[0] == "bad":
            raise Boom
        return acc + 1

    def result(self, acc: int) -> int:
        return acc

    def merge(self, a: int, b: int) -> int:
        return a + b


def test_a_failing_item_sends_the_outputs_before_it_and_none_of_its_own() -> None:
    scheduler = TestScheduler()
    clock: EventTime[Item] = EventTime(itemgetter(1))
    operator = window_batches(
        Tumbling(10), Picky(), key=itemgetter(0), time=clock, scheduler=scheduler
    )
    # ("a", 12) closes [0, 10) of "a"; ("bad", 25) would close [10, 20) first, then fails
    batch = [("a", 1.0), ("a", 12.0), ("bad", 25.0), ("a", 30.0)]
    source = timed(scheduler, [(201, batch)], completed=300)
    recorded = scheduler.start(lambda: source.pipe(operator), disposed=1000)
    got = [(t, kind, v) for t, kind, v in events(recorded.messages)]
    assert got[0][:2] == (201, "next")
    assert [compact(r) for r in cast(list[Any], got[0][2])] == [("a", 0.0, 10.0, 1, 1)]
    assert got[1][:2] == (201, "error")
    assert len(got) == 2


def test_the_same_lists_as_one_list_per_input_list() -> None:
    scheduler = TestScheduler()
    operator = window_batches(
        Tumbling(10), Sum(itemgetter(1)), key=itemgetter(0), time=EventTime(itemgetter(1))
    )
    source = timed(scheduler, [(201, [("a", 1.0), ("a", 2.0)]), (202, [("a", 15.0)])], 300)
    recorded = scheduler.start(lambda: source.pipe(operator, ops.map(len)), disposed=1000)
    # nothing for the first list; the second closes [0, 10): one list of one result;
    # completion flushes [10, 20) as a last list
    assert [(t, v) for t, kind, v in events(recorded.messages) if kind == "next"] == [
        (202, 1),
        (300, 1),
    ]


def test_with_an_idle_timeout_the_items_after_the_first_of_a_list_are_activity() -> None:
    # item by item, the first item starts the idle check and the second counts as
    # activity in its first period: the window closes a period later than if the
    # whole list counted before the check started
    arrivals = [(201, [("a", 0.0), ("a", 0.5)])]
    for shape in ("tumbling", "session"):
        batched = _outputs(arrivals, shape, "idle", True)
        assert batched == _outputs(arrivals, shape, "idle", False)
        assert batched[0][0][0] > 201 + 4


def test_keyed_lists_give_what_the_items_give_and_lists_of_unequal_length_fail() -> None:
    # keyed=True: (keys, times, items) per list, keys and times computed by the caller
    scheduler = TestScheduler()
    clock: EventTime[Item] = EventTime(itemgetter(1), max_out_of_orderness=1)
    items = [("a", 1.0), ("b", 2.0), ("a", 12.0), ("a", 3.0)]
    keyed = window_batches(Tumbling(10), Count(), key=itemgetter(0), time=clock, keyed=True)
    plain = window_batches(Tumbling(10), Count(), key=itemgetter(0), time=clock)
    triple = ([k for k, _ in items], [t for _, t in items], items)
    got: list[Any] = []
    want: list[Any] = []
    timed(scheduler, [(201, triple)], 300).pipe(keyed).subscribe(got.extend)
    timed(scheduler, [(201, items)], 300).pipe(plain).subscribe(want.extend)
    scheduler.start()
    assert got == want
    assert [compact(r) for r in got][:2] == [("a", 0.0, 10.0, 1, 1), ("b", 0.0, 10.0, 1, 1)]
    errors: list[Exception] = []
    uneven = (["a", "b"], [1.0], [("a", 1.0), ("b", 1.0)])
    other = TestScheduler()
    timed(other, [(201, uneven)], 300).pipe(keyed).subscribe(on_error=errors.append)
    other.start()
    assert len(errors) == 1
    assert isinstance(errors[0], ValueError)
