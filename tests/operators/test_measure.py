"""measure and LatencyStats, in virtual time (seconds)."""

from __future__ import annotations

from typing import Any

import pytest
import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.notification import OnError, OnNext
from reactivex.testing import ReactiveTest, TestScheduler
from reactivex.testing.recorded import Recorded

from operators._measure import LatencyStats, Recorder, measure

Event = tuple[float, str, object]


def hot(scheduler: TestScheduler, marbles: str) -> Observable[str]:
    """One character per tick from t=200: ``-`` nothing, ``|`` completes, ``#`` errors."""
    records: list[Recorded[str]] = []
    for tick, char in enumerate(marbles):
        if char == "|":
            records.append(ReactiveTest.on_completed(200 + tick))
        elif char == "#":
            records.append(ReactiveTest.on_error(200 + tick, RuntimeError("source failed")))
        elif char != "-":
            records.append(ReactiveTest.on_next(200 + tick, char))
    return scheduler.create_hot_observable(records)


def events(records: list[Recorded[Any]]) -> list[Event]:
    out: list[Event] = []
    for record in records:
        note = record.value
        if isinstance(note, OnNext):
            out.append((record.time, "next", note.value))
        elif isinstance(note, OnError):
            out.append((record.time, "error", str(note.exception)))
        else:
            out.append((record.time, "completed", None))
    return out


class Log:
    """A Recorder that keeps everything it is told."""

    def __init__(self, fail_on: str = "") -> None:
        self.latencies: list[float] = []
        self.errors: list[Exception] = []
        self.completed = 0
        self.fail_on = fail_on

    def record(self, latency: float) -> None:
        if self.fail_on == "record":
            raise LookupError("recorder broke")
        self.latencies.append(latency)

    def record_error(self, error: Exception) -> None:
        if self.fail_on == "record_error":
            raise LookupError("recorder broke")
        self.errors.append(error)

    def record_completed(self) -> None:
        if self.fail_on == "record_completed":
            raise LookupError("recorder broke")
        self.completed += 1


def test_latency_stats_is_a_recorder() -> None:
    recorder: Recorder = LatencyStats()
    recorder.record(1.0)
    log: Recorder = Log()
    log.record_completed()


def test_tap_records_inter_arrival_times_and_completion() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a--b-c|")
    log = Log()
    out = events(scheduler.start(lambda: source.pipe(measure(log, scheduler=scheduler))).messages)
    assert out == [
        (201, "next", "a"),
        (204, "next", "b"),
        (206, "next", "c"),
        (207, "completed", None),
    ]
    assert log.latencies == [1.0, 3.0, 2.0]  # the first from subscription at 200
    assert log.completed == 1


def test_inner_latency_is_matched_first_in_first_out() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a--b|")
    stats = LatencyStats()
    inner = ops.delay(2.0, scheduler=scheduler)
    op = measure(stats, inner, scheduler=scheduler)
    out = events(scheduler.start(lambda: source.pipe(op)).messages)
    assert out == [(203, "next", "a"), (206, "next", "b"), (207, "completed", None)]
    assert (stats.count, stats.completed, stats.errors) == (2, 1, 0)
    assert (stats.total_latency, stats.max_latency, stats.mean_latency) == (4.0, 2.0, 2.0)


def test_inner_with_varying_latency() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-abc|")
    ticks = {"a": 3.0, "b": 1.0, "c": 2.0}

    def work(x: str) -> Observable[str]:
        return reactivex.timer(ticks[x], scheduler=scheduler).pipe(ops.map(lambda _: x))

    def inner(obs: Observable[str]) -> Observable[str]:
        return obs.pipe(ops.concat_map(work))

    log = Log()
    out = events(scheduler.start(lambda: source.pipe(measure(log, inner))).messages)
    # concat_map serialises: a 201-204, b 204-205, c 205-207
    assert [t for t, kind, _ in out if kind == "next"] == [204, 205, 207]
    assert log.latencies == [3.0, 3.0, 4.0]


def test_errors_are_counted_and_forwarded() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a#")
    stats = LatencyStats()
    out = events(scheduler.start(lambda: source.pipe(measure(stats))).messages)
    assert out == [(201, "next", "a"), (202, "error", "source failed")]
    assert (stats.count, stats.errors, stats.completed) == (1, 1, 0)


@pytest.mark.parametrize("method", ["record", "record_completed"])
def test_recorder_exceptions_go_to_on_error(method: str) -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a|")
    out = events(scheduler.start(lambda: source.pipe(measure(Log(fail_on=method)))).messages)
    assert out[-1][1:] == ("error", "recorder broke")


def test_recorder_error_on_error_keeps_the_stream_error() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-#")
    errors: list[Exception] = []
    scheduler.schedule_absolute(
        150.0,
        lambda *_: source.pipe(measure(Log(fail_on="record_error"))).subscribe(
            on_error=errors.append
        ),
    )
    scheduler.start()
    assert str(errors[0]) == "source failed"
    assert "recorder.record_error failed: LookupError('recorder broke')" in errors[0].__notes__[0]


def test_inner_that_emits_more_than_it_gets_is_an_error() -> None:
    scheduler = TestScheduler()
    source = hot(scheduler, "-a|")
    twice = ops.flat_map(lambda x: reactivex.of(x, x))
    out = events(scheduler.start(lambda: source.pipe(measure(Log(), twice))).messages)
    assert out[0] == (201, "next", "a")
    assert out[1][:2] == (201, "error")
    assert "needs an inner operator that maps 1:1" in str(out[1][2])


def test_percentiles_snapshot_and_reservoir_bound() -> None:
    stats = LatencyStats()
    assert stats.percentile(50) == 0.0
    assert stats.mean_latency == 0.0
    for i in range(2000):
        stats.record(float(i))
    # reservoir holds the last 1024: 976..1999
    assert stats.percentile(0) == 976.0
    assert stats.percentile(100) == 1999.0
    assert stats.percentile(50) == pytest.approx(1487.5)
    assert stats.count == 2000
    snap = stats.snapshot()
    assert snap["count"] == 2000.0
    assert snap["max_latency"] == 1999.0
    assert snap["mean_latency"] == pytest.approx(999.5)
    assert set(snap) >= {"p50", "p95", "p99", "errors", "completed", "total_latency"}


@pytest.mark.parametrize("q", [-1.0, 100.5])
def test_percentile_out_of_range_is_rejected(q: float) -> None:
    with pytest.raises(ValueError, match=r"within 0\.\.100"):
        LatencyStats().percentile(q)
