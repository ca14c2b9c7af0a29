"""Prometheus metrics on a per-app CollectorRegistry.

Runtime numbers are read at scrape time from the FlowManager and the SSE hub (a
custom collector), so nothing has to be kept in sync; request latency is a
histogram fed by the gateway middleware (``app._gateway``), kept as plain counts
(:class:`_Latency`) and exported exactly as prometheus_client's ``Histogram`` would.

Two views: the full one, and the public one a caller without the API key gets (when
one is set) — the same families, but the per-stream ones summed over every stream
(``captionflow_streams`` counts them), so no stream name leaves the service.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client import metrics as prometheus_metrics
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString

from flows import FlowManager

if TYPE_CHECKING:
    from ._connections import ClientConnections
    from .sse import SseHub

__all__ = ["METRICS", "AppMetrics"]

_EVICTED = "Consumers evicted for keeping a producer waiting (overflow: block)"


class _RuntimeCollector(Collector):
    def __init__(
        self,
        manager: FlowManager,
        hub: SseHub[Any],
        connections: ClientConnections | None,
        *,
        by_stream: bool = True,
    ) -> None:
        self.manager = manager
        self.hub = hub
        self.connections = connections
        self.by_stream = by_stream

    def collect(self) -> Iterator[Metric]:
        snap = self.manager.tracker.metrics.snapshot()
        flows = CounterMetricFamily(
            "captionflow_flow_runs", "Finished flow runs by outcome", labels=["outcome"]
        )
        for outcome in ("completed", "failed", "rejected"):
            flows.add_metric([outcome], snap[f"{outcome}_flows"])
        yield flows
        active = GaugeMetricFamily("captionflow_flows_active", "Flow runs in progress")
        active.add_metric([], snap["active_flows"])
        yield active
        yield from self._streams()
        yield from self._processors()
        clients = GaugeMetricFamily("captionflow_sse_clients", "Live SSE clients", labels=["feed"])
        for feed in ("stream", "events", "metrics"):
            clients.add_metric([feed], self.hub.count(feed))
        yield clients
        evicted = CounterMetricFamily("captionflow_sse_evicted", "SSE clients dropped as slow")
        evicted.add_metric([], self.hub.evicted)
        yield evicted
        yield from self._budget()
        events = CounterMetricFamily("captionflow_events_published", "Events published")
        events.add_metric([], self.manager.event_bus.published)
        yield events
        if self.connections is not None:
            refused = CounterMetricFamily(
                "captionflow_connections_refused",
                "Connections refused: over the cap per client address",
            )
            refused.add_metric([], self.connections.refused)
            yield refused

    def _streams(self) -> Iterator[Metric]:
        streams = self.manager.streams
        if not self.by_stream:
            count = GaugeMetricFamily("captionflow_streams", "Streams registered")
            count.add_metric([], len(streams))
            depth = GaugeMetricFamily("captionflow_stream_depth", "Buffered items, every stream")
            drops = CounterMetricFamily("captionflow_stream_dropped", "Items dropped by overflow")
            produced = CounterMetricFamily("captionflow_stream_produced", "Items produced")
            evicted = CounterMetricFamily("captionflow_stream_evicted", _EVICTED)
            depth.add_metric([], sum(s.depth for s in streams.values()))
            drops.add_metric([], sum(s.dropped for s in streams.values()))
            produced.add_metric([], sum(s.produced for s in streams.values()))
            evicted.add_metric([], sum(s.evictions for s in streams.values()))
            yield from (count, depth, drops, produced, evicted)
            return
        depth = GaugeMetricFamily("captionflow_stream_depth", "Deepest buffer", labels=["stream"])
        drops = CounterMetricFamily(
            "captionflow_stream_dropped", "Items dropped by overflow", labels=["stream"]
        )
        produced = CounterMetricFamily(
            "captionflow_stream_produced", "Items produced", labels=["stream"]
        )
        evicted = CounterMetricFamily("captionflow_stream_evicted", _EVICTED, labels=["stream"])
        for name, stream in streams.items():
            depth.add_metric([name], stream.depth)
            drops.add_metric([name], stream.dropped)
            produced.add_metric([name], stream.produced)
            evicted.add_metric([name], stream.evictions)
        yield from (depth, drops, produced, evicted)

    def _budget(self) -> Iterator[Metric]:
        """The process's byte budget: in use, its limit, refusals by budget."""
        budget = self.manager.budget
        in_use = GaugeMetricFamily(
            "captionflow_memory_bytes",
            "Bytes held by live in-memory stream entries and the event replay window",
        )
        in_use.add_metric([], budget.in_use)
        limit = GaugeMetricFamily(
            "captionflow_memory_limit_bytes", "The process's memory budget (max_memory_mb)"
        )
        limit.add_metric([], budget.max_bytes)
        refused = CounterMetricFamily(
            "captionflow_budget_refused",
            "Produces and publishes refused by a byte budget (item: 413, stream: full, "
            "process: 507)",
            labels=["budget"],
        )
        for name, count in budget.refused.items():
            refused.add_metric([name], count)
        yield from (in_use, limit, refused)

    def _processors(self) -> Iterator[Metric]:
        """Per processor (the detailed view) or summed: watermark, lag, windows, counts."""
        infos = [p.describe() for p in self.manager.processors.values()]
        labels = ["processor"] if self.by_stream else []
        families: dict[str, GaugeMetricFamily | CounterMetricFamily] = {
            "open_windows": GaugeMetricFamily(
                "captionflow_processor_open_windows", "Window states held", labels=labels
            ),
            "late": CounterMetricFamily(
                "captionflow_processor_late", "Events later than allowed lateness", labels=labels
            ),
            "dropped": CounterMetricFamily(
                "captionflow_processor_dropped", "Records dropped", labels=labels
            ),
            "inputs": CounterMetricFamily(
                "captionflow_processor_inputs", "Records read from sources", labels=labels
            ),
            "outputs": CounterMetricFamily(
                "captionflow_processor_outputs", "Outputs handed to sinks", labels=labels
            ),
        }
        lag = GaugeMetricFamily(
            "captionflow_processor_lag", "Source entries not yet read", labels=labels
        )
        if not self.by_stream:
            for key, family in families.items():
                family.add_metric([], sum(i[key] for i in infos))
            lag.add_metric([], sum(v or 0 for i in infos for v in i["lag"].values()))
            yield from (*families.values(), lag)
            return
        watermark = GaugeMetricFamily(
            "captionflow_processor_watermark", "Event-time watermark (seconds)", labels=labels
        )
        for info in infos:
            name = [info["name"]]
            for key, family in families.items():
                family.add_metric(name, info[key])
            lag.add_metric(name, sum(v or 0 for v in info["lag"].values()))
            if info["watermark"] is not None:
                watermark.add_metric(name, info["watermark"])
        yield from (*families.values(), lag, watermark)


class _Series:
    """One label set's observations: a count per bucket (not cumulative) and the sum."""

    __slots__ = ("counts", "created", "labels", "total")

    def __init__(self, labels: dict[str, str], buckets: int) -> None:
        self.labels = labels
        self.counts = [0] * buckets
        self.total = 0.0
        self.created = time.time()


class _Latency(Collector):
    """A labelled histogram exported as prometheus_client's ``Histogram`` exports one
    (same name, help, default buckets, samples in the same order, ``_created``), fed
    by one list increment per observation: ``Histogram.observe`` takes a lock per
    value and scans the buckets in Python, on every request the gateway serves (all
    on the event loop: a scrape runs there too, so nothing needs a lock)."""

    BOUNDS = Histogram.DEFAULT_BUCKETS

    def __init__(self, name: str, documentation: str, labelnames: tuple[str, ...]) -> None:
        self.name = name
        self.documentation = documentation
        self.labelnames = labelnames
        self._les = [floatToGoString(b) for b in self.BOUNDS]  # type: ignore[no-untyped-call]
        self.series: dict[tuple[str, ...], _Series] = {}

    def labels(self, *values: str) -> _Series:
        """The series of one label set (made on first use)."""
        series = self.series.get(values)
        if series is None:
            labels = dict(zip(self.labelnames, values, strict=True))
            series = self.series[values] = _Series(labels, len(self.BOUNDS))
        return series

    def collect(self) -> Iterator[Metric]:
        metric = Metric(self.name, self.documentation, "histogram")
        name = self.name
        for series in list(self.series.values()):
            acc = 0.0
            for le, count in zip(self._les, series.counts, strict=True):
                acc += count
                metric.add_sample(f"{name}_bucket", {**series.labels, "le": le}, acc)
            metric.add_sample(f"{name}_count", series.labels, acc)
            metric.add_sample(f"{name}_sum", series.labels, series.total)
            if prometheus_metrics._use_created:  # PROMETHEUS_DISABLE_CREATED_SERIES, as Histogram
                metric.add_sample(f"{name}_created", series.labels, series.created)
        yield metric


class AppMetrics:
    """The app's registry: runtime collector plus a request latency histogram."""

    def __init__(
        self,
        manager: FlowManager,
        hub: SseHub[Any],
        connections: ClientConnections | None = None,
    ) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(_RuntimeCollector(manager, hub, connections))
        self.latency = _Latency(
            "captionflow_http_request_duration_seconds",
            "Request latency (SSE: until the stream ends)",
            ("method", "route", "status"),
        )
        self.registry.register(self.latency)
        # the public view: streams summed (labels are route templates, never names)
        self.public = CollectorRegistry()
        self.public.register(_RuntimeCollector(manager, hub, connections, by_stream=False))
        self.public.register(self.latency)
        # one series per (method, route, status), looked up without formatting the status
        self._latency_by: dict[tuple[str, str, int], _Series] = {}
        self._bounds = _Latency.BOUNDS

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Record one request's latency (in the bucket ``Histogram.observe`` would:
        the first whose bound is at least ``seconds``)."""
        key = (method, route, status)
        series = self._latency_by.get(key)
        if series is None:
            series = self._latency_by[key] = self.latency.labels(method, route, str(status))
        series.counts[bisect_left(self._bounds, seconds)] += 1
        series.total += seconds

    def render(self, *, detailed: bool = True) -> bytes:
        """Prometheus text exposition; ``detailed=False``: no stream names."""
        return generate_latest(self.registry if detailed else self.public)


METRICS = web.AppKey("metrics", AppMetrics)
