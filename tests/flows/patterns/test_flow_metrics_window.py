"""Throughput over the last minute, kept in bounded memory: every finished run's
timestamp was kept until something read the throughput, so a server that nobody scraped
grew by a float per run without end (about 32 bytes a run). Runs are now counted per
second of the last minute. Times are given, not waited for."""

from __future__ import annotations

from flows.patterns._metrics import FlowMetrics


def test_throughput_counts_the_runs_of_the_last_minute() -> None:
    metrics = FlowMetrics()
    for i in range(120):  # one run a second for two minutes, from t = 1000
        metrics.finished_at(1000.0 + i)
    assert metrics.throughput(now=1119.5) == 60 / 60
    assert metrics.throughput(now=1300.0) == 0.0


def test_a_burst_is_counted_whole() -> None:
    metrics = FlowMetrics()
    for i in range(3000):
        metrics.finished_at(500.0 + i / 1000)  # 3,000 runs in three seconds
    assert metrics.throughput(now=503.0) == 3000 / 60


def test_unread_throughput_keeps_bounded_memory() -> None:
    metrics = FlowMetrics()
    for i in range(200_000):  # 200,000 runs over an hour, throughput never read
        metrics.finished_at(i * 0.018)
    assert len(metrics._finished) <= 61
    # about 55.6 runs a second; a second partly outside the minute is left out
    assert abs(metrics.throughput(now=200_000 * 0.018) - 1 / 0.018) < 1.0
