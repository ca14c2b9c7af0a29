"""timeout_each: per-item deadlines in virtual time (seconds)."""

from __future__ import annotations

from typing import Any, Literal

import pytest
import reactivex
from reactivex import Observable
from reactivex.abc import DisposableBase
from reactivex.internal.exceptions import SequenceContainsNoElementsError
from reactivex.scheduler import ImmediateScheduler
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.coldobservable import ColdObservable
from reactivex.testing.subscription import Subscription

from operators._errors import ItemTimeoutError
from operators._timeout import ItemFailure, timeout_each
from tests.rx_helpers import events

on_next = ReactiveTest.on_next
on_error = ReactiveTest.on_error
on_completed = ReactiveTest.on_completed


def run(
    source: Observable[int],
    inners: dict[int, Observable[str]],
    *,
    scheduler: TestScheduler,
    on_timeout: Literal["error_item", "skip"] = "error_item",
    disposed: float | None = None,
) -> list[tuple[float, str, object]]:
    operator = timeout_each(10, inners.__getitem__, scheduler=scheduler, on_timeout=on_timeout)
    return events(scheduler.start(lambda: source.pipe(operator), disposed=disposed).messages)


def test_value_within_duration_is_emitted_and_inner_disposed() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1), on_completed(230))
    inner = scheduler.create_cold_observable(on_next(5, "A"), on_next(6, "A2"))
    assert run(source, {1: inner}, scheduler=scheduler) == [
        (215, "next", "A"),
        (230, "completed", None),
    ]
    assert inner.subscriptions == [Subscription(210, 215)]


def test_timeout_fails_the_item_not_the_stream() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1), on_next(220, 2), on_completed(240))
    slow = scheduler.create_cold_observable(on_next(50, "late"))
    fast = scheduler.create_cold_observable(on_next(3, "B"), on_completed(4))
    results = run(source, {1: slow, 2: fast}, scheduler=scheduler)
    time, kind, failure = results[0]
    assert (time, kind) == (220, "next")
    assert isinstance(failure, ItemFailure)
    assert failure.item == 1
    assert isinstance(failure.error, ItemTimeoutError)
    assert (failure.error.timeout, failure.error.item) == (10, 1)
    assert results[1:] == [(223, "next", "B"), (240, "completed", None)]
    assert slow.subscriptions == [Subscription(210, 220)]


def test_skip_emits_nothing_for_a_timed_out_item() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1), on_completed(215))
    slow = scheduler.create_cold_observable(on_next(50, "late"))
    results = run(source, {1: slow}, scheduler=scheduler, on_timeout="skip")
    assert results == [(220, "completed", None)]


def test_inner_error_becomes_an_item_failure() -> None:
    scheduler = TestScheduler()
    boom = ConnectionError("down")
    source = scheduler.create_hot_observable(on_next(210, 1), on_next(211, 2), on_completed(212))
    failing = scheduler.create_cold_observable(on_error(2, boom))
    ok = scheduler.create_cold_observable(on_next(4, "B"))
    results = run(source, {1: failing, 2: ok}, scheduler=scheduler)
    assert results == [
        (212, "next", ItemFailure(1, boom)),
        (215, "next", "B"),
        (215, "completed", None),
    ]


def test_empty_inner_and_raising_mapper_fail_the_item() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1), on_next(211, 2), on_completed(212))
    empty: ColdObservable[str] = scheduler.create_cold_observable(on_completed(1))
    results = run(source, {1: empty}, scheduler=scheduler)  # no inner for 2: KeyError
    # both fail at 211: the mapper at once on item 2, the empty inner 1 s after item 1
    raised, empty_failure = (value for _, _, value in results[:2])
    assert isinstance(raised, ItemFailure)
    assert (raised.item, type(raised.error)) == (2, KeyError)
    assert isinstance(empty_failure, ItemFailure)
    assert (empty_failure.item, type(empty_failure.error)) == (1, SequenceContainsNoElementsError)
    assert results[2] == (212, "completed", None)


def test_output_is_in_completion_order() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(
        on_next(210, 1), on_next(211, 2), on_next(212, 3), on_completed(213)
    )
    inners: dict[int, Observable[str]] = {
        1: scheduler.create_cold_observable(on_next(8, "one")),
        2: scheduler.create_cold_observable(on_next(1, "two")),
        3: scheduler.create_cold_observable(on_next(4, "three")),
    }
    assert run(source, inners, scheduler=scheduler) == [
        (212, "next", "two"),
        (216, "next", "three"),
        (218, "next", "one"),
        (218, "completed", None),
    ]


def test_source_error_is_forwarded_and_in_flight_items_disposed() -> None:
    scheduler = TestScheduler()
    boom = RuntimeError("source broke")
    source = scheduler.create_hot_observable(on_next(210, 1), on_error(212, boom))
    slow = scheduler.create_cold_observable(on_next(5, "late"))
    assert run(source, {1: slow}, scheduler=scheduler) == [(212, "error", boom)]
    assert slow.subscriptions == [Subscription(210, 212)]


def test_disposal_disposes_in_flight_items() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1))
    slow = scheduler.create_cold_observable(on_next(5, "late"))
    assert run(source, {1: slow}, scheduler=scheduler, disposed=213) == []
    assert slow.subscriptions == [Subscription(210, 213)]


def test_default_scheduler_is_the_subscribe_scheduler() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1), on_completed(211))
    slow = scheduler.create_cold_observable(on_next(50, "late"))
    operator = timeout_each(5, {1: slow}.__getitem__, on_timeout="skip")
    results = scheduler.start(lambda: source.pipe(operator)).messages
    assert events(results) == [(215, "completed", None)]


class TimerCountingScheduler(TestScheduler):
    """A TestScheduler that records every relative timer asked of it."""

    def __init__(self) -> None:
        super().__init__()
        self.timers: list[float] = []

    def schedule_relative(self, duetime: Any, action: Any, state: Any = None) -> DisposableBase:
        self.timers.append(self.to_seconds(duetime))
        return super().schedule_relative(duetime, action, state)


def test_an_inner_that_answers_while_subscribed_arms_no_timer() -> None:
    """A stage that returns at once (the pipeline's usual case) costs no timer."""
    scheduler = TimerCountingScheduler()
    source = scheduler.create_hot_observable(on_next(210, 1), on_next(220, 2), on_completed(230))
    now = ImmediateScheduler.singleton()
    inners: dict[int, Observable[str]] = {
        1: reactivex.just("A", now),
        2: scheduler.create_cold_observable(on_next(3, "B")),
    }
    assert run(source, inners, scheduler=scheduler) == [
        (210, "next", "A"),
        (223, "next", "B"),
        (230, "completed", None),
    ]
    assert scheduler.timers.count(10.0) == 1  # item 2's only


@pytest.mark.parametrize("duration", [0, -1, float("inf")])
def test_rejects_bad_duration(duration: float) -> None:
    with pytest.raises(ValueError, match="duration must be > 0"):
        timeout_each(duration, lambda x: Observable[int]())
