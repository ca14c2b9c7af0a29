"""The request latency histogram: exported exactly as prometheus_client's Histogram."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from prometheus_client import (
    CollectorRegistry,
    Histogram,
    disable_created_metrics,
    enable_created_metrics,
    generate_latest,
)

from app._metrics import AppMetrics
from app.sse import SseHub
from flows import FlowManager

NAME = "captionflow_http_request_duration_seconds"
CREATED = re.compile(rf"^({NAME}_created\{{[^}}]*\}}) \S+$", re.MULTILINE)


def _latency_lines(text: str) -> str:
    """The latency family's lines, each series' creation time blanked."""
    lines = [line for line in text.splitlines() if NAME in line]
    return CREATED.sub(r"\1 <created>", "\n".join(lines))


OBSERVED = [
    ("POST", "/api/v14/async-flows/pipelines/execute", 200, 0.0013),
    ("POST", "/api/v14/async-flows/pipelines/execute", 200, 0.005),  # on a bound
    ("POST", "/api/v14/async-flows/pipelines/execute", 200, 0.0051),
    ("GET", "/api/v14/async-flows/health", 200, 0.3),
    ("POST", "/api/v14/async-flows/pipelines/execute", 504, 30.2),  # past every bound
    ("GET", "unmatched", 404, 0.0),
    ("GET", "/api/v14/async-flows/health", 200, 10.0),
]


@pytest.fixture(params=[True, False], ids=["created", "created-disabled"])
def created(request: pytest.FixtureRequest) -> Iterator[bool]:
    """prometheus_client's ``_created`` series on, and off as
    ``PROMETHEUS_DISABLE_CREATED_SERIES=true`` turns them off at import."""
    if not request.param:
        disable_created_metrics()  # type: ignore[no-untyped-call]
    yield request.param
    enable_created_metrics()  # type: ignore[no-untyped-call]


def test_the_latency_histogram_exports_what_prometheus_client_would(created: bool) -> None:
    metrics = AppMetrics(FlowManager(), SseHub())
    reference = Histogram(
        NAME,
        "Request latency (SSE: until the stream ends)",
        ["method", "route", "status"],
        registry=(registry := CollectorRegistry()),
    )
    for method, route, status, seconds in OBSERVED:
        metrics.observe(method, route, status, seconds)
        reference.labels(method, route, str(status)).observe(seconds)
    expected = _latency_lines(generate_latest(registry).decode())
    assert ("_created" in expected) is created
    for detailed in (True, False):
        assert _latency_lines(metrics.render(detailed=detailed).decode()) == expected


def test_the_latency_histogram_is_listed_before_any_request() -> None:
    metrics = AppMetrics(FlowManager(), SseHub())
    text = metrics.render().decode()
    assert f"# TYPE {NAME} histogram" in text
    assert f"{NAME}_bucket" not in text
