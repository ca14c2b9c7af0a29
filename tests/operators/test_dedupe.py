"""dedupe: one item per key within a horizon or an LRU bound, in virtual time."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import itemgetter
from typing import Any

import pytest
from reactivex import Observable
from reactivex.testing import TestScheduler

from operators import dedupe
from tests.operators.window_helpers import timed
from tests.rx_helpers import Event, events, hot


def run(scheduler: TestScheduler, source: Observable[Any], operator: Any) -> list[Event]:
    return events(scheduler.start(lambda: source.pipe(operator)).messages)


def test_marble_from_the_docstring() -> None:
    """-a-a-b--a---a-| -> -a---b--a-----| (horizon 5, processing time)."""
    scheduler = TestScheduler()
    source = hot(scheduler, "-a-a-b--a---a-|")
    assert run(scheduler, source, dedupe(horizon=5, scheduler=scheduler)) == [
        (201, "next", "a"),
        (205, "next", "b"),
        (208, "next", "a"),
        (214, "completed", None),
    ]


def test_event_time_horizon_by_key() -> None:
    scheduler = TestScheduler()
    items = [("a", 0), ("b", 1), ("a", 4), ("a", 10), ("b", 30), ("a", 12)]
    source = timed(scheduler, [(201 + i, item) for i, item in enumerate(items)])
    operator = dedupe(itemgetter(0), horizon=10, time=lambda e: float(e[1]))
    # a at 4 is within 10 s of a at 0; a at 10 is not. b at 30 moves the newest time
    # to 30, which forgets a (10 + 10 <= 30): the out-of-order a at 12 passes again
    assert [v for _, _, v in run(scheduler, source, operator)] == [
        ("a", 0),
        ("b", 1),
        ("a", 10),
        ("b", 30),
        ("a", 12),
    ]


def test_lru_bound_forgets_the_least_recently_seen_key() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-abacbca|")
    # max 2 keys: a b (a touched) c evicts b; b evicts a; c seen; a passes again
    assert [v for _, k, v in run(scheduler, source, dedupe(max_keys=2)) if k == "next"] == [
        "a",
        "b",
        "c",
        "b",
        "a",
    ]


def test_memory_follows_the_horizon() -> None:
    """Keys older than the horizon are forgotten as new keys arrive."""
    from operators._dedupe import RecentKeys

    recent = RecentKeys(10, None)
    for t in range(100):
        recent.put(t, float(t), float(t))
    assert len(recent) == 10


@pytest.mark.parametrize("culprit", ["key", "time"])
def test_user_callback_errors_go_to_on_error(culprit: str) -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-ab|")

    def broken(item: str) -> Any:
        if item == "b":
            msg = "no"
            raise LookupError(msg)
        return 0.0 if culprit == "time" else item

    key: Callable[[str], Hashable] | None = broken if culprit == "key" else None
    time: Callable[[str], float] | None = broken if culprit == "time" else None
    results = run(scheduler, source, dedupe(key, horizon=1, time=time))
    assert results[0] == (201, "next", "a")
    assert results[1][:2] == (202, "error")
    assert isinstance(results[1][2], LookupError)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match=r"dedupe needs horizon= .* or max_keys="):
        dedupe()
    with pytest.raises(ValueError, match="horizon must be > 0"):
        dedupe(horizon=0)
    with pytest.raises(ValueError, match="max_keys must be an int >= 1"):
        dedupe(max_keys=0)
