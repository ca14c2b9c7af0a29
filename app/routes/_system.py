"""Operational endpoints: flows, health, readiness, Prometheus metrics, live metrics SSE."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import reactivex
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from .._models import FlowsResponse, HealthResponse
from .._ops import API_PREFIX, LIMIT_QUERY, Operation
from .._params import int_query, sse_options
from .._security import authorized
from .._state import Services, services
from ..flowfiles import FLOW_FILES, reload_details
from ..sse import Frame, SseClient, serve_feed

__all__ = ["OPERATIONS", "live_snapshot"]


async def list_flows(request: web.Request) -> web.Response:
    """GET /flows: every registered flow with kind and status.

    Subscription flows (declared in flow files or over REST) are not registered flows
    of the runtime but event-bus subscriptions: they are listed from the declared
    flows, with each subscription's pattern and counters.
    """
    flows = services(request).manager.flows()
    catalog = request.app.get(FLOW_FILES)
    if catalog is not None:
        flows += [
            {
                "kind": "subscription",
                "name": name,
                "status": "active",
                "subscriptions": [s.describe() for s in declared.installed.subscriptions],
            }
            for name, declared in sorted(catalog.declared.items())
            if declared.spec.kind == "subscription"
        ]
    return web.json_response(FlowsResponse(flows=flows).model_dump())


async def health(request: web.Request) -> web.Response:
    """GET /health: the process answers."""
    return web.json_response(HealthResponse(status="ok").model_dump())


async def ready(request: web.Request) -> web.Response:
    """GET /ready: 200 once started, not shutting down and the backend (Redis) answers;
    else 503 (the process stays up and recovers by itself).

    With an API key set, a caller without it gets counts only: whether the backend
    is ready, but not its address or outage, and how many flow files fail to
    reload, but not their paths or errors.
    """
    svc = services(request)
    detailed = authorized(request, svc.settings.api_key)
    backend = await svc.backend.health()
    ready = svc.ready and bool(backend["ready"])
    details: dict[str, Any] = {
        "runtime": svc.backend.kind,
        "backend": backend if detailed else {"ready": bool(backend["ready"])},
        "sse_clients": svc.hub.count(),
    }
    catalog = request.app.get(FLOW_FILES)
    if catalog is not None:
        details["flow_reload"] = reload_details(catalog, detailed=detailed)
    body = HealthResponse(status="ready" if ready else "not ready", details=details)
    return web.json_response(body.model_dump(), status=200 if ready else 503)


async def metrics(request: web.Request) -> web.Response:
    """GET /metrics: Prometheus text format (without the API key, when one is set:
    no stream names, streams summed)."""
    svc = services(request)
    body = svc.metrics.render(detailed=authorized(request, svc.settings.api_key))
    resp = web.Response(body=body)
    resp.headers["Content-Type"] = CONTENT_TYPE_LATEST
    return resp


def live_snapshot(svc: Services) -> dict[str, Any]:
    """The payload of one ``/metrics/live`` event."""
    return {
        **svc.manager.metrics(),
        "sse_clients": svc.hub.count(),
        "state_machines": {n: m.state for n, m in svc.manager.state_machines.items()},
    }


async def metrics_live(request: web.Request) -> web.StreamResponse:
    """GET /metrics/live: a snapshot now, then on each change (at most every interval)."""
    svc = services(request)
    limit = int_query(request, "limit", request.query.get("limit"), minimum=1)
    interval = svc.settings.metrics_live_interval

    async def pump(client: SseClient) -> None:
        dirty = asyncio.Event()
        changes = reactivex.merge(svc.manager.tracker.changes, svc.changes)
        disposable = changes.subscribe(on_next=lambda _: dirty.set())
        seq = 0
        try:
            while True:
                seq += 1
                if not client.push(Frame(json.dumps(live_snapshot(svc)), id=str(seq))):
                    return
                await asyncio.sleep(interval)  # throttle: changes in between coalesce
                await dirty.wait()
                dirty.clear()
        finally:
            disposable.dispose()

    return await serve_feed(
        request,
        svc.hub,
        feed="metrics",
        pump=pump,
        preamble=[Frame(retry=svc.settings.sse_retry_ms)],
        limit=limit,
        options=sse_options(svc),
    )


OPERATIONS = [
    Operation(
        "GET",
        f"{API_PREFIX}/flows",
        list_flows,
        "Every registered flow",
        "system",
        None,
        FlowsResponse,
    ),
    Operation("GET", "/health", health, "Liveness", "system", None, HealthResponse),
    Operation(
        "GET",
        "/ready",
        ready,
        "Readiness (503 while starting/stopping or while Redis is unreachable)",
        "system",
        None,
        HealthResponse,
    ),
    Operation("GET", "/metrics", metrics, "Prometheus metrics", "system"),
    Operation(
        "GET",
        "/metrics/live",
        metrics_live,
        "Flow metrics as server-sent events, pushed on change (throttled)",
        "system",
        sse=True,
        query=(LIMIT_QUERY,),
    ),
]
