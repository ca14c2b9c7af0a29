"""retry_with_backoff and BackoffPolicy, in virtual time (seconds)."""

from __future__ import annotations

import math
from typing import Any

import pytest
import reactivex
from hypothesis import given
from hypothesis import strategies as st
from reactivex import Observable
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.coldobservable import ColdObservable
from reactivex.testing.marbles import marbles_testing
from reactivex.testing.subscription import Subscription

from operators._errors import RetryExhaustedError
from operators._retry import BackoffPolicy, retry_with_backoff
from tests.rx_helpers import events

on_next = ReactiveTest.on_next
on_error = ReactiveTest.on_error
on_completed = ReactiveTest.on_completed


BOOM = ValueError("boom")


def failing_source(scheduler: TestScheduler) -> ColdObservable[str]:
    """Each subscription: ``a`` after 1 s, then ``BOOM`` after 2 s."""
    return scheduler.create_cold_observable(on_next(1, "a"), on_error(2, BOOM))


# --- BackoffPolicy -------------------------------------------------------------


def test_default_policy_delays_grow_and_cap() -> None:
    policy = BackoffPolicy()
    assert [policy.delay(n) for n in (1, 2, 3)] == pytest.approx([0.1, 0.2, 0.4])
    assert policy.delay(50) == 30.0
    assert policy.delay(100_000) == 30.0  # no OverflowError


def test_policy_jitter_bounds_at_extremes() -> None:
    policy = BackoffPolicy(base_delay=10, jitter=0.5, max_delay=100)
    assert policy.delay(1, 0.0) == 5.0
    assert policy.delay(1, 1.0) == 15.0
    assert policy.delay(1, 0.5) == 10.0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"max_attempts": 0}, "max_attempts"),
        ({"base_delay": -1.0}, "base_delay"),
        ({"multiplier": 0.5}, "multiplier"),
        ({"max_delay": -0.1}, "max_delay"),
        ({"jitter": 1.5}, "jitter"),
        ({"budget": 0.0}, "budget"),
        ({"base_delay": math.nan}, "base_delay"),
    ],
)
def test_policy_rejects_bad_fields_naming_them(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=f"BackoffPolicy.{field} must be"):
        BackoffPolicy(**kwargs)


def test_policy_delay_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="retry_number"):
        BackoffPolicy().delay(0)
    with pytest.raises(ValueError, match="u must be"):
        BackoffPolicy().delay(1, 1.5)


@given(
    max_attempts=st.integers(1, 10),
    base_delay=st.floats(0, 1e6),
    multiplier=st.floats(1, 100),
    max_delay=st.floats(0, 1e6),
    jitter=st.floats(0, 1),
    retry_number=st.integers(1, 10_000),
    u=st.floats(0, 1),
)
def test_policy_delay_always_within_bounds(
    max_attempts: int,
    base_delay: float,
    multiplier: float,
    max_delay: float,
    jitter: float,
    retry_number: int,
    u: float,
) -> None:
    policy = BackoffPolicy(max_attempts, base_delay, multiplier, max_delay, jitter)
    nominal = policy.delay(retry_number)  # u=0.5: no jitter
    delay = policy.delay(retry_number, u)
    assert 0.0 <= nominal <= max_delay
    assert 0.0 <= delay <= max_delay
    low = nominal * (1 - jitter)
    high = min(max_delay, nominal * (1 + jitter))
    assert low - 1e-9 * max(1.0, low) <= delay <= high + 1e-9 * max(1.0, high)


# --- retry_with_backoff ---------------------------------------------------------


def test_resubscribes_at_exact_backoff_times_then_gives_up() -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    seen: list[tuple[int, Exception, float]] = []
    policy = BackoffPolicy(max_attempts=3, base_delay=10, multiplier=2, jitter=0.5)

    def create() -> Observable[str]:
        return source.pipe(
            retry_with_backoff(
                policy,
                on_retry=lambda n, e, d: seen.append((n, e, d)),
                scheduler=scheduler,
                random=lambda: 0.5,
            )
        )

    results = events(scheduler.start(create).messages)
    # attempt 1 at 200 fails at 202; +10 -> 212 fails at 214; +20 -> 234 fails at 236
    assert source.subscriptions == [
        Subscription(200, 202),
        Subscription(212, 214),
        Subscription(234, 236),
    ]
    assert results[:3] == [(201, "next", "a"), (213, "next", "a"), (235, "next", "a")]
    time, kind, error = results[3]
    assert (time, kind) == (236, "error")
    assert isinstance(error, RetryExhaustedError)
    assert (error.attempts, error.reason, error.last_error) == (3, "max_attempts=3", BOOM)
    assert error.__cause__ is BOOM
    assert seen == [(1, BOOM, 10.0), (2, BOOM, 20.0)]


@pytest.mark.parametrize(("u", "first", "second"), [(0.0, 207, 219), (0.75, 214.5, 241.5)])
def test_jitter_moves_resubscriptions_within_bounds(u: float, first: float, second: float) -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    policy = BackoffPolicy(max_attempts=3, base_delay=10, multiplier=2, jitter=0.5)
    scheduler.start(lambda: source.pipe(retry_with_backoff(policy, random=lambda: u)))
    starts = [s.subscribe for s in source.subscriptions]
    # delay 10*(1 + 0.5*(2u-1)), then 20*(...): within [0.5x, 1.5x] of nominal
    assert starts == [200, first, second]


def test_budget_stops_retries_with_budget_reason() -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    policy = BackoffPolicy(max_attempts=10, base_delay=10, multiplier=2, jitter=0, budget=15)
    results = events(scheduler.start(lambda: source.pipe(retry_with_backoff(policy))).messages)
    # 202: elapsed 2 + 10 <= 15 -> retry at 212; 214: elapsed 14 + 20 > 15 -> give up
    assert [s.subscribe for s in source.subscriptions] == [200, 212]
    time, kind, error = results[-1]
    assert (time, kind) == (214, "error")
    assert isinstance(error, RetryExhaustedError)
    assert (error.attempts, error.reason) == (2, "budget=15s")


def test_non_retryable_error_passes_through_at_once() -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    operator = retry_with_backoff(retryable=lambda e: not isinstance(e, ValueError))
    results = events(scheduler.start(lambda: source.pipe(operator)).messages)
    assert results == [(201, "next", "a"), (202, "error", BOOM)]
    assert source.subscriptions == [Subscription(200, 202)]


def test_disposal_cancels_a_pending_retry() -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    policy = BackoffPolicy(base_delay=10, jitter=0)
    results = scheduler.start(lambda: source.pipe(retry_with_backoff(policy)), disposed=205)
    assert events(results.messages) == [(201, "next", "a")]
    assert source.subscriptions == [Subscription(200, 202)]  # no resubscription at 212


def test_disposal_ends_the_current_attempt() -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    policy = BackoffPolicy(base_delay=10, jitter=0)
    scheduler.start(lambda: source.pipe(retry_with_backoff(policy)), disposed=213)
    assert source.subscriptions == [Subscription(200, 202), Subscription(212, 213)]


def test_success_after_a_retry_completes() -> None:
    with marbles_testing(timespan=1.0) as (start, cold, _hot, exp):
        attempts = iter([cold("-a-#", None, BOOM), cold("-b|", None, None)])
        source = reactivex.defer(lambda _: next(attempts))
        policy = BackoffPolicy(base_delay=2, jitter=0)
        results = start(source.pipe(retry_with_backoff(policy)))
        # 203 error, 205 resubscribe, b at 206, complete at 207
        assert results == exp("-a----b|", None, None)


@pytest.mark.parametrize("hook", ["retryable", "on_retry", "random"])
def test_callback_exceptions_go_to_on_error(hook: str) -> None:
    scheduler = TestScheduler()
    source = failing_source(scheduler)
    oops = RuntimeError(f"bad {hook}")

    def explode(*_: object) -> Any:
        raise oops

    operator = retry_with_backoff(**{hook: explode})  # type: ignore[arg-type]
    results = events(scheduler.start(lambda: source.pipe(operator)).messages)
    assert results == [(201, "next", "a"), (202, "error", oops)]
    assert len(source.subscriptions) == 1
