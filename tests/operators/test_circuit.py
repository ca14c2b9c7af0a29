"""CircuitBreaker and circuit_breaker, on a virtual clock (seconds)."""

from __future__ import annotations

from typing import Any

import pytest
from reactivex import operators as ops
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.subscription import Subscription

from operators._circuit import CircuitBreaker, CircuitState, circuit_breaker
from operators._errors import CircuitOpenError
from tests.rx_helpers import events

on_next = ReactiveTest.on_next
on_error = ReactiveTest.on_error
on_completed = ReactiveTest.on_completed


def make(
    scheduler: TestScheduler, *, probes: int = 1
) -> tuple[CircuitBreaker, list[tuple[CircuitState, CircuitState]]]:
    breaker = CircuitBreaker(
        "api",
        failure_threshold=3,
        window=10,
        cool_down=30,
        half_open_probes=probes,
        scheduler=scheduler,
    )
    transitions: list[tuple[CircuitState, CircuitState]] = []
    breaker.transitions.subscribe(transitions.append)
    return breaker, transitions


def state_of(breaker: CircuitBreaker) -> CircuitState:
    """Read the state through a call, so mypy does not narrow it between reads."""
    return breaker.state


def fail_at(scheduler: TestScheduler, breaker: CircuitBreaker, *times: float) -> None:
    for time in times:
        scheduler.advance_to(time)
        breaker.record_failure()


def test_opens_after_threshold_failures_within_window() -> None:
    scheduler = TestScheduler()
    breaker, transitions = make(scheduler)
    fail_at(scheduler, breaker, 1, 2)
    breaker.allow()
    assert (state_of(breaker), breaker.failures) == ("closed", 2)
    fail_at(scheduler, breaker, 3)
    assert state_of(breaker) == "open"
    assert transitions == [("closed", "open")]


def test_failures_outside_the_window_do_not_count() -> None:
    scheduler = TestScheduler()
    breaker, transitions = make(scheduler)
    fail_at(scheduler, breaker, 0, 5, 10)  # the failure at 0 left the window at 10
    assert (state_of(breaker), breaker.failures) == ("closed", 2)
    scheduler.advance_to(15)
    assert breaker.failures == 1
    assert transitions == []


def test_successes_while_closed_do_not_erase_failures() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler)
    fail_at(scheduler, breaker, 1, 2)
    breaker.allow()
    breaker.record_success()
    fail_at(scheduler, breaker, 3)
    assert state_of(breaker) == "open"


def test_open_fails_fast_until_cool_down() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler)
    fail_at(scheduler, breaker, 1, 2, 3)
    scheduler.advance_to(32.5)
    with pytest.raises(CircuitOpenError) as caught:
        breaker.allow()
    assert (caught.value.name, caught.value.failures, caught.value.retry_at) == ("api", 3, 33)
    assert state_of(breaker) == "open"


def test_half_open_after_cool_down_and_probe_success_closes() -> None:
    scheduler = TestScheduler()
    breaker, transitions = make(scheduler)
    fail_at(scheduler, breaker, 1, 2, 3)
    scheduler.advance_to(33)
    assert state_of(breaker) == "half_open"
    breaker.allow()  # the probe
    with pytest.raises(CircuitOpenError):
        breaker.allow()  # the only probe slot is taken
    breaker.record_success()
    assert (state_of(breaker), breaker.failures) == ("closed", 0)
    assert transitions == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]


def test_probe_failure_reopens_with_a_new_cool_down() -> None:
    scheduler = TestScheduler()
    breaker, transitions = make(scheduler)
    fail_at(scheduler, breaker, 1, 2, 3)
    scheduler.advance_to(40)
    breaker.allow()
    breaker.record_failure()
    assert state_of(breaker) == "open"
    with pytest.raises(CircuitOpenError) as caught:
        breaker.allow()
    assert caught.value.retry_at == 70
    assert transitions[-2:] == [("open", "half_open"), ("half_open", "open")]
    scheduler.advance_to(70)
    assert state_of(breaker) == "half_open"


def test_several_probes_must_all_succeed() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler, probes=2)
    fail_at(scheduler, breaker, 1, 2, 3)
    scheduler.advance_to(33)
    breaker.allow()
    breaker.allow()
    with pytest.raises(CircuitOpenError):
        breaker.allow()
    breaker.record_success()
    assert state_of(breaker) == "half_open"
    breaker.record_success()
    assert state_of(breaker) == "closed"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"failure_threshold": 0}, "failure_threshold"),
        ({"half_open_probes": 0}, "half_open_probes"),
        ({"window": 0}, "window"),
        ({"cool_down": -1}, "cool_down"),
    ],
)
def test_rejects_bad_arguments_naming_them(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=f"{field} must be"):
        CircuitBreaker("api", **kwargs)


# --- the operator ----------------------------------------------------------------


def test_operator_records_failures_then_fails_fast_without_subscribing() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler)
    boom = ConnectionError("down")
    failing = scheduler.create_cold_observable(on_error(1, boom))
    guarded = failing.pipe(circuit_breaker(breaker))
    seen: list[Exception] = []
    for time in (10, 11, 12, 20):
        scheduler.schedule_absolute(float(time), lambda *_: guarded.subscribe(on_error=seen.append))
    scheduler.start()
    assert seen[:3] == [boom, boom, boom]
    assert isinstance(seen[3], CircuitOpenError)
    assert len(failing.subscriptions) == 3  # the 4th call never reached the source


def test_operator_error_is_immediate_when_open() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler)
    fail_at(scheduler, breaker, 190, 191, 192)  # open until 222
    source = scheduler.create_cold_observable(on_next(1, "a"), on_completed(2))
    results = events(scheduler.start(lambda: source.pipe(circuit_breaker(breaker))).messages)
    assert len(results) == 1
    time, kind, error = results[0]
    assert (time, kind) == (200, "error")
    assert isinstance(error, CircuitOpenError)
    assert source.subscriptions == []


def test_operator_probe_success_on_first_value_closes() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler)
    fail_at(scheduler, breaker, 1, 2, 3)
    source = scheduler.create_cold_observable(on_next(1, "a"))  # never completes
    # take(1) disposes after the value: the first value already counted as success
    operator = circuit_breaker(breaker)
    results = scheduler.start(lambda: source.pipe(operator, ops.take(1)))
    assert events(results.messages) == [(201, "next", "a"), (201, "completed", None)]
    assert state_of(breaker) == "closed"


def test_operator_disposal_without_outcome_releases_the_probe() -> None:
    scheduler = TestScheduler()
    breaker, _ = make(scheduler)
    fail_at(scheduler, breaker, 1, 2, 3)
    source = scheduler.create_cold_observable(on_next(50, "late"))
    scheduler.start(lambda: source.pipe(circuit_breaker(breaker)), disposed=210)
    assert source.subscriptions == [Subscription(200, 210)]
    assert state_of(breaker) == "half_open"
    breaker.allow()  # the slot is free again


def test_closed_breaker_never_reads_the_clock() -> None:
    reads: list[int] = []
    scheduler = TestScheduler()
    breaker = CircuitBreaker(scheduler=scheduler)

    def clock() -> float:
        reads.append(1)
        return 0.0

    breaker._now = clock
    for _ in range(100):
        breaker.allow()
        breaker.record_success()
    assert reads == []
