"""TokenBucket and rate_limit, in virtual time (seconds)."""

from __future__ import annotations

import pytest
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.marbles import marbles_testing

from operators._rate_limit import TokenBucket, rate_limit
from tests.rx_helpers import events

on_next = ReactiveTest.on_next
on_error = ReactiveTest.on_error
on_completed = ReactiveTest.on_completed


# --- TokenBucket -------------------------------------------------------------------


def test_bucket_reserves_and_reports_waits() -> None:
    scheduler = TestScheduler()
    bucket = TokenBucket(2.0, scheduler=scheduler)
    assert [bucket.try_acquire() for _ in range(3)] == [0.0, 0.5, 1.0]
    scheduler.advance_to(1.0)  # refilled 2 tokens; both were reserved already
    assert bucket.try_acquire() == 0.5


def test_bucket_burst_then_rate() -> None:
    scheduler = TestScheduler()
    bucket = TokenBucket(2.0, burst=3, scheduler=scheduler)
    assert [bucket.try_acquire() for _ in range(4)] == [0.0, 0.0, 0.0, 0.5]
    scheduler.advance_to(100.0)  # refills only up to burst
    assert [bucket.try_acquire() for _ in range(4)] == [0.0, 0.0, 0.0, 0.5]


@pytest.mark.parametrize(("rate", "burst"), [(0.0, 1), (-1.0, 1), (float("inf"), 1), (1.0, 0)])
def test_bucket_rejects_bad_arguments(rate: float, burst: int) -> None:
    with pytest.raises(ValueError, match=r"TokenBucket: (rate|burst) must be"):
        TokenBucket(rate, burst)


# --- rate_limit ----------------------------------------------------------------------


def test_items_over_the_rate_are_delayed_in_order_at_exact_times() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(
        on_next(210, "a"), on_next(210, "b"), on_next(210, "c"), on_completed(210)
    )
    operator = rate_limit(2.0, scheduler=scheduler)
    results = events(scheduler.start(lambda: source.pipe(operator)).messages)
    assert results == [
        (210, "next", "a"),
        (210.5, "next", "b"),
        (211, "next", "c"),
        (211, "completed", None),  # after the last delayed item
    ]


def test_burst_passes_at_once_then_spaced() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(
        *(on_next(210, i) for i in range(5)), on_completed(220)
    )
    operator = rate_limit(1.0, burst=2, scheduler=scheduler)
    results = events(scheduler.start(lambda: source.pipe(operator)).messages)
    assert results == [
        (210, "next", 0),
        (210, "next", 1),
        (211, "next", 2),
        (212, "next", 3),
        (213, "next", 4),
        (220, "completed", None),
    ]


def test_items_under_the_rate_are_not_delayed() -> None:
    with marbles_testing(timespan=1.0) as (start, _cold, hot, exp):
        source = hot("--a--b--c--|", None, None)
        assert start(source.pipe(rate_limit(1.0))) == exp("--a--b--c--|", None, None)


def test_marble_spacing_uses_the_subscribe_scheduler() -> None:
    with marbles_testing(timespan=1.0) as (start, _cold, hot, exp):
        source = hot("-a-b-c------|", None, None)
        # one token every 4 s: b waits 2 s, c waits 4 s
        assert start(source.pipe(rate_limit(0.25))) == exp("-a---b---c--|", None, None)


def test_error_passes_straight_through_dropping_queued_items() -> None:
    scheduler = TestScheduler()
    boom = RuntimeError("boom")
    source = scheduler.create_hot_observable(
        on_next(210, "a"), on_next(210, "b"), on_next(210, "c"), on_error(211, boom)
    )
    operator = rate_limit(0.5, scheduler=scheduler)  # b would be due at 212
    results = events(scheduler.start(lambda: source.pipe(operator)).messages)
    assert results == [(210, "next", "a"), (211, "error", boom)]


def test_disposal_cancels_delayed_items() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_hot_observable(on_next(210, "a"), on_next(210, "b"))
    operator = rate_limit(0.5, scheduler=scheduler)
    results = scheduler.start(lambda: source.pipe(operator), disposed=211)
    assert events(results.messages) == [(210, "next", "a")]


def test_each_subscription_has_its_own_bucket() -> None:
    scheduler = TestScheduler()
    source = scheduler.create_cold_observable(on_next(10, "a"), on_completed(10))
    limited = source.pipe(rate_limit(0.001, scheduler=scheduler))
    seen: list[tuple[float, str]] = []
    for _ in range(2):
        limited.subscribe(lambda v: seen.append((scheduler.clock, v)))
    scheduler.start()
    assert seen == [(10, "a"), (10, "a")]


def test_shared_subscriptions_draw_from_one_bucket_in_order() -> None:
    """A stage's calls are one-item subscriptions: shared, they are spaced across each
    other (rate 1 per tick, burst 2), each delayed call in the order it came."""
    scheduler = TestScheduler()
    limited = rate_limit(1.0, 2, scheduler=scheduler, shared=True)
    seen: list[tuple[float, str]] = []
    for name in "abcd":
        call = scheduler.create_cold_observable(on_next(0, name), on_completed(0))
        call.pipe(limited).subscribe(lambda v: seen.append((scheduler.clock, v)))
    scheduler.start()
    assert seen == [(0, "a"), (0, "b"), (1, "c"), (2, "d")]
