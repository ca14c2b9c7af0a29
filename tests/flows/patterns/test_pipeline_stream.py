"""Pipeline.as_operator in virtual time: output order, error modes, per-stage concurrency."""

from __future__ import annotations

import pytest
from reactivex.testing import TestScheduler

from flows import Pipeline, StageFailedError
from operators import ItemFailure
from tests.flows.patterns.pipeline_helpers import delayed, hot
from tests.rx_helpers import events


def reject_three(x: int) -> int:
    if x == 3:
        msg = "three is rejected"
        raise ValueError(msg)
    return x


# --- order ---------------------------------------------------------------------------


def test_output_order_is_input_order_when_early_items_are_slow() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = Pipeline("order", scheduler=scheduler).add_stage(
        delayed(scheduler, {1: 5.0, 2: 1.0}, log), {"parallel": 4}, name="slowish"
    )
    source = hot(scheduler, (210, 1), (211, 2), (212, 3), end=220)

    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))

    assert events(results.messages) == [
        (215.0, "next", 10),  # 1 finishes last but leaves first
        (215.0, "next", 20),
        (215.0, "next", 30),
        (220.0, "completed", None),
    ]
    assert log == [(210.0, 1), (211.0, 2), (212.0, 3)]  # all started concurrently


def test_fast_items_after_a_retrying_item_wait_for_it() -> None:
    scheduler = TestScheduler()
    attempts: list[tuple[float, int]] = []

    def first_call_fails(x: int) -> int:
        attempts.append((scheduler.clock, x))
        if x == 1 and len(attempts) == 1:
            msg = "transient"
            raise ConnectionError(msg)
        return x + 100

    pipeline = Pipeline("retry_order", scheduler=scheduler).add_stage(
        first_call_fails, {"retries": 1, "retry_delay": 2, "retry_jitter": 0}
    )
    source = hot(scheduler, (210, 1), (211, 2), (212, 3), end=230)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))

    assert events(results.messages) == [
        (212.0, "next", 101),  # the retry ran at 210 + 2
        (212.0, "next", 102),
        (212.0, "next", 103),
        (230.0, "completed", None),
    ]


def test_later_stages_run_after_a_slow_stage_in_order() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = (
        Pipeline("two", scheduler=scheduler)
        .add_stage(delayed(scheduler, {1: 3.0}, log), {"parallel": True}, name="first")
        .add_stage(lambda x: x + 1, name="second")
    )
    source = hot(scheduler, (210, 1), (211, 2), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert events(results.messages) == [
        (213.0, "next", 11),
        (213.0, "next", 21),
        (220.0, "completed", None),
    ]


def test_completion_waits_for_items_still_in_flight() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = Pipeline("late", scheduler=scheduler).add_stage(
        delayed(scheduler, {1: 10.0}, log), name="slow"
    )
    source = hot(scheduler, (210, 1), end=212)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert events(results.messages) == [(220.0, "next", 10), (220.0, "completed", None)]


# --- error modes -----------------------------------------------------------------------


def test_errors_raise_fails_the_stream_at_the_failed_item() -> None:
    scheduler = TestScheduler()
    pipeline = Pipeline("raise", scheduler=scheduler).add_stage(reject_three)
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="raise")))

    got = events(results.messages)
    assert got[0] == (210.0, "next", 1)
    at, kind, error = got[1]
    assert (at, kind) == (211.0, "error")
    assert isinstance(error, StageFailedError)
    assert (error.pipeline, error.stage) == ("raise", "reject_three")
    assert isinstance(error.error, ValueError)
    assert len(got) == 2  # nothing after the error


def test_errors_skip_drops_failed_items() -> None:
    scheduler = TestScheduler()
    pipeline = Pipeline("skip", scheduler=scheduler).add_stage(reject_three)
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="skip")))
    assert events(results.messages) == [
        (210.0, "next", 1),
        (212.0, "next", 4),
        (220.0, "completed", None),
    ]
    assert pipeline.counters.failed == 1
    assert pipeline.stages[0].stats.snapshot()["errors"] == 1


def test_errors_emit_sends_item_failure_in_place() -> None:
    scheduler = TestScheduler()
    pipeline = Pipeline("emit", scheduler=scheduler).add_stage(reject_three)
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))

    got = events(results.messages)
    assert [(at, kind) for at, kind, _ in got] == [
        (210.0, "next"),
        (211.0, "next"),
        (212.0, "next"),
        (220.0, "completed"),
    ]
    assert (got[0][2], got[2][2]) == (1, 4)
    failure = got[1][2]
    assert isinstance(failure, ItemFailure)
    assert failure.item == 3
    assert isinstance(failure.error, ValueError)
    assert str(failure.error) == "three is rejected"


def test_errors_emit_keeps_order_behind_a_slow_item() -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = (
        Pipeline("emit_order", scheduler=scheduler)
        .add_stage(delayed(scheduler, {1: 4.0}, log), {"parallel": 2}, name="slow")
        .add_stage(lambda x: reject_three(x // 10) * 10, name="check")
    )
    source = hot(scheduler, (210, 1), (211, 3), (212, 4), end=220)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator(errors="emit")))
    got = events(results.messages)
    assert [(at, kind) for at, kind, _ in got] == [
        (214.0, "next"),
        (214.0, "next"),
        (214.0, "next"),
        (220.0, "completed"),
    ]
    assert got[0][2] == 10
    assert isinstance(got[1][2], ItemFailure)
    assert got[1][2].item == 3
    assert got[2][2] == 40


# --- per-stage concurrency --------------------------------------------------------------


@pytest.mark.parametrize(
    ("parallel", "starts", "outputs"),
    [
        (False, [210.0, 215.0, 220.0], [215.0, 220.0, 225.0]),
        (2, [210.0, 211.0, 215.0], [215.0, 216.0, 220.0]),
        (3, [210.0, 211.0, 212.0], [215.0, 216.0, 217.0]),
    ],
)
def test_parallel_limits_items_in_a_stage_slow_path(
    parallel: bool | int, starts: list[float], outputs: list[float]
) -> None:
    scheduler = TestScheduler()
    log: list[tuple[float, int]] = []
    pipeline = Pipeline("par", scheduler=scheduler).add_stage(
        delayed(scheduler, {1: 5.0, 2: 5.0, 3: 5.0}, log), {"parallel": parallel}, name="slow"
    )
    source = hot(scheduler, (210, 1), (211, 2), (212, 3), end=213)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))

    assert [at for at, _ in log] == starts
    assert [x for _, x in log] == [1, 2, 3]
    nexts = [(at, value) for at, kind, value in events(results.messages) if kind == "next"]
    assert nexts == list(zip(outputs, [10, 20, 30], strict=True))


def test_a_slow_stage_does_not_limit_the_next_stage() -> None:
    scheduler = TestScheduler()
    first_log: list[tuple[float, int]] = []
    second_log: list[tuple[float, int]] = []
    pipeline = (
        Pipeline("stages", scheduler=scheduler)
        .add_stage(delayed(scheduler, {1: 1.0, 2: 1.0}, first_log), {"parallel": 2}, name="a")
        .add_stage(delayed(scheduler, {10: 5.0, 20: 5.0}, second_log), {"parallel": 2}, name="b")
    )
    source = hot(scheduler, (210, 1), (211, 2), end=212)
    results = scheduler.start(lambda: source.pipe(pipeline.as_operator()))
    assert second_log == [(211.0, 10), (212.0, 20)]
    nexts = [(at, value) for at, kind, value in events(results.messages) if kind == "next"]
    assert nexts == [(216.0, 100), (217.0, 200)]
