"""Events: publish, subscribe (SSE feed and/or webhook), unsubscribe."""

from __future__ import annotations

import json

import aiohttp
from aiohttp import web

from flows import Event, FlowNotFoundError
from operators import BackoffPolicy

from ._body import read_model
from ._models import PublishRequest, PublishResponse, SubscribeRequest, SubscribeResponse
from ._ops import Operation
from ._routes_streams import int_query, sse_options
from ._sse import Frame, SseClient, serve_feed
from ._state import Services, services
from ._webhooks import webhook_handler

__all__ = ["OPERATIONS"]

PREFIX = "/api/v14/async-flows/events"


async def publish(request: web.Request) -> web.Response:
    """POST /events/publish: 202 once every matching handler has started."""
    svc = services(request)
    body = await read_model(request, PublishRequest, svc.settings.max_json_depth)
    delivered = await svc.manager.event_bus.publish(body.type, body.data, wait=False)
    return web.json_response(PublishResponse(delivered=delivered).model_dump(), status=202)


def _count_only(_: Event) -> None:
    """Handler of a feed-only subscription: the SSE feed reads the bus itself."""


async def subscribe(request: web.Request) -> web.Response:
    """POST /events/subscribe: a subscription with an SSE feed (and optional webhook)."""
    svc = services(request)
    body = await read_model(request, SubscribeRequest, svc.settings.max_json_depth)
    bus = svc.manager.event_bus
    if body.webhook is not None:
        s = svc.settings
        policy = BackoffPolicy(max_attempts=s.webhook_attempts, base_delay=s.webhook_base_delay)
        handler = webhook_handler(_http(svc), body.webhook, policy, s.request_timeout)
        sub = bus.subscribe(body.pattern, handler, with_event=True)
    else:
        sub = bus.subscribe(body.pattern, _count_only, with_event=True)
    out = SubscribeResponse(
        subscription_id=sub.id, pattern=sub.pattern, stream_url=f"{PREFIX}/stream/{sub.id}"
    )
    return web.json_response(out.model_dump(), status=201)


def _http(svc: Services) -> aiohttp.ClientSession:
    if svc.http is None:
        msg = "the HTTP client session is not started (app not running?)"
        raise RuntimeError(msg)
    return svc.http


async def unsubscribe(request: web.Request) -> web.Response:
    """DELETE /events/subscriptions/{subscription_id}."""
    svc = services(request)
    bus = svc.manager.event_bus
    sub_id = request.match_info["subscription_id"]
    if not bus.unsubscribe(sub_id):
        raise FlowNotFoundError("subscription", sub_id, [s.id for s in bus.subscriptions])
    return web.Response(status=204)


async def stream(request: web.Request) -> web.StreamResponse:
    """GET /events/stream/{subscription_id}: matching events as SSE (``id:`` = event id)."""
    svc = services(request)
    bus = svc.manager.event_bus
    sub_id = request.match_info["subscription_id"]
    found = next((s for s in bus.subscriptions if s.id == sub_id), None)
    if found is None:
        raise FlowNotFoundError("subscription", sub_id, [s.id for s in bus.subscriptions])
    limit = int_query(request, "limit", request.query.get("limit"), minimum=1)
    pattern = found.pattern

    async def pump(client: SseClient) -> None:
        def on_event(event: Event) -> None:
            client.push(Frame(json.dumps(event.to_dict()), id=str(event.id), event=event.type))

        disposable = bus.events(pattern).subscribe(on_next=on_event)
        try:
            await client.stopped()
        finally:
            disposable.dispose()

    return await serve_feed(
        request,
        svc.hub,
        feed="events",
        pump=pump,
        preamble=[Frame(retry=svc.settings.sse_retry_ms)],
        limit=limit,
        options=sse_options(svc),
    )


OPERATIONS = [
    Operation(
        "POST",
        f"{PREFIX}/publish",
        publish,
        "Publish an event to matching subscribers",
        "events",
        PublishRequest,
        PublishResponse,
        202,
    ),
    Operation(
        "POST",
        f"{PREFIX}/subscribe",
        subscribe,
        "Subscribe to a pattern; returns an SSE feed URL (and POSTs to a webhook)",
        "events",
        SubscribeRequest,
        SubscribeResponse,
        201,
    ),
    Operation(
        "DELETE",
        f"{PREFIX}/subscriptions/{{subscription_id}}",
        unsubscribe,
        "Remove a subscription",
        "events",
        status=204,
    ),
    Operation(
        "GET",
        f"{PREFIX}/stream/{{subscription_id}}",
        stream,
        "Events of a subscription as server-sent events",
        "events",
        sse=True,
        query=(("limit", "close after this many events"),),
    ),
]
