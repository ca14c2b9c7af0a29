"""Events: publish, subscribe (SSE feed and/or webhook), unsubscribe.

A subscription's public id is random (``sub-`` + 11 URL-safe characters), so its
feed URL cannot be guessed from another one's; deleting it ends its live feeds.
"""

from __future__ import annotations

import json
import secrets
from collections import deque

import aiohttp
from aiohttp import web

from flows import Event, EventBus, FlowConfigError, FlowNotFoundError, Subscription
from flows.backends import EntryId, entry_order
from operators import BackoffPolicy

from .._body import read_model
from .._models import PublishRequest, PublishResponse, SubscribeRequest, SubscribeResponse
from .._ops import API_PREFIX, LIMIT_QUERY, Operation
from .._params import check_room, int_query, sse_options
from .._problems import ProblemError
from .._ssrf import AddressRefusedError
from .._state import Services, services
from .._webhooks import check_webhook, delivery_budget, webhook_handler
from ..sse import Frame, IdFloor, SseClient, serve_feed

__all__ = ["OPERATIONS"]

PREFIX = f"{API_PREFIX}/events"


async def publish(request: web.Request) -> web.Response:
    """POST /events/publish: 202 once every matching handler has started."""
    svc = services(request)
    body = await read_model(request, PublishRequest, svc.settings.max_json_depth)
    await svc.check_rate(request, "publish")
    delivered = await svc.manager.event_bus.publish(body.type, body.data, wait=False)
    return web.json_response(PublishResponse(delivered=delivered).model_dump(), status=202)


def _count_only(_: Event) -> None:
    """Handler of a feed-only subscription: the SSE feed reads the bus itself."""


def _new_id(svc: Services) -> str:
    sub_id = f"sub-{secrets.token_urlsafe(8)}"
    while sub_id in svc.subscriptions:  # 64 random bits: practically never
        sub_id = f"sub-{secrets.token_urlsafe(8)}"
    return sub_id


async def subscribe(request: web.Request) -> web.Response:
    """POST /events/subscribe: a subscription with an SSE feed (and optional webhook).

    A webhook is POSTed each matching event with up to ``webhook_attempts`` attempts
    of ``webhook_timeout`` seconds each; the bus lets the handler run for all of
    them and the backoff delays in between (``delivery_budget``).
    """
    svc = services(request)
    body = await read_model(request, SubscribeRequest, svc.settings.max_json_depth)
    check_room(svc)
    bus = svc.manager.event_bus
    if body.webhook is not None:
        s = svc.settings
        url = str(body.webhook)
        await _check_webhook(svc, url)
        policy = BackoffPolicy(max_attempts=s.webhook_attempts, base_delay=s.webhook_base_delay)
        handler = webhook_handler(_http(svc), url, policy, s.webhook_timeout, svc.webhook_addresses)
        budget = delivery_budget(policy, s.webhook_timeout)
        sub = bus.subscribe(body.pattern, handler, with_event=True, timeout=budget)
    else:
        sub = bus.subscribe(body.pattern, _count_only, with_event=True)
    try:
        await bus.subscribed(sub)  # on Redis: its consumer group exists from now on
    except BaseException:
        bus.unsubscribe(sub)
        raise
    sub_id = _new_id(svc)
    svc.subscriptions[sub_id] = sub
    out = SubscribeResponse(
        subscription_id=sub_id, pattern=sub.pattern, stream_url=f"{PREFIX}/stream/{sub_id}"
    )
    return web.json_response(out.model_dump(), status=201)


async def _check_webhook(svc: Services, url: str) -> None:
    """422 naming ``webhook`` when its host is not an address a webhook may reach."""
    try:
        await check_webhook(url, svc.webhook_addresses, svc.settings.webhook_timeout)
    except AddressRefusedError as error:
        hint = "use a public host, or allow its network in CAPTIONFLOW_WEBHOOK_ALLOWED_NETWORKS"
        raise _webhook_problem(str(error), hint) from None
    except OSError as error:
        msg = f"webhook host does not resolve: {error}"
        raise _webhook_problem(msg, "check the host name in the URL") from None


def _webhook_problem(msg: str, hint: str) -> ProblemError:
    return ProblemError(
        422,
        "Webhook refused",
        f"{msg}; {hint}",
        errors=[{"loc": "webhook", "msg": msg, "type": "webhook_address"}],
    )


def _http(svc: Services) -> aiohttp.ClientSession:
    if svc.http is None:
        msg = "the HTTP client session is not started (app not running?)"
        raise RuntimeError(msg)
    return svc.http


def _lookup(svc: Services, sub_id: str) -> Subscription:
    found = svc.subscriptions.get(sub_id)
    if found is None:
        # no "did you mean": a subscription id is the capability to read its feed
        raise FlowNotFoundError("subscription", sub_id)
    return found


async def unsubscribe(request: web.Request) -> web.Response:
    """DELETE /events/subscriptions/{subscription_id}: its live feeds get ``unsubscribed``."""
    svc = services(request)
    sub_id = request.match_info["subscription_id"]
    sub = _lookup(svc, sub_id)
    svc.manager.event_bus.unsubscribe(sub)
    del svc.subscriptions[sub_id]
    final = Frame(json.dumps({"subscription_id": sub_id}), event="unsubscribed")
    svc.hub.finish_key(f"subscription:{sub_id}", final)
    return web.Response(status=204)


def _resume_from(request: web.Request, bus: EventBus, sub: Subscription) -> EntryId | None:
    """The Last-Event-ID (header or ``?last_event_id=``): an event id of this bus (an
    integer in memory, a ``<ms>-<seq>`` entry id on Redis), or None."""
    text = request.headers.get("Last-Event-ID") or request.query.get("last_event_id")
    if not text:
        return None
    if bus.remote is not None:  # on Redis the subscription's group carries on
        try:
            entry_order(text)
        except ValueError as error:
            raise _bad_resume(str(error)) from None
        return text
    after = int_query(request, "Last-Event-ID", text)
    try:
        bus.replay(sub, after or 0)  # checks it is not ahead of the bus
    except FlowConfigError as error:
        raise _bad_resume(str(error)) from None
    return after


def _bad_resume(error: str) -> ProblemError:
    detail = f"Last-Event-ID: {error}"
    return ProblemError(
        400, "Bad parameter", detail, errors=[{"loc": "Last-Event-ID", "msg": detail}]
    )


def _frame(event: Event, floor: IdFloor) -> Frame | None:
    """The event's frame, or None when its id is at or below the feed's floor. A live-only
    (ephemeral) event is not stored and has no id (0): it is sent without ``id:``, so a
    client's Last-Event-ID stays at the last stored event."""
    data = json.dumps(event.to_dict())
    if not event.id:
        return Frame(data, event=event.type)
    if not floor.admit(event.id):
        return None
    return Frame(data, id=str(event.id), event=event.type)


async def stream(request: web.Request) -> web.StreamResponse:
    """GET /events/stream/{subscription_id}: matching events as SSE (``id:`` = event id).

    Ids on the feed only increase: an event at or below the last id sent (or the
    client's ``Last-Event-ID``) is not sent again, be it redelivered by the
    subscription's consumer group or met twice by a resume; a live-only (ephemeral)
    event goes without an id.

    In memory, a client that reconnects with ``Last-Event-ID`` first gets the matching
    events it missed from the bus's last :data:`flows._event_bus.REPLAY_SIZE`, after an
    ``event: reset`` if older ones are gone. On Redis the feed carries what the
    subscription's consumer group receives: events published on any instance.
    """
    svc = services(request)
    bus = svc.manager.event_bus
    sub_id = request.match_info["subscription_id"]
    sub = _lookup(svc, sub_id)
    limit = int_query(request, "limit", request.query.get("limit"), minimum=1)
    after = _resume_from(request, bus, sub)
    preamble = [Frame(retry=svc.settings.sse_retry_ms)]

    async def pump(client: SseClient) -> None:
        missed: deque[Event] = deque()
        live = False
        floor = IdFloor(after)

        def on_event(event: Event) -> None:
            if live:
                frame = _frame(event, floor)
                if frame is not None:
                    client.push(frame)
            else:
                missed.append(event)  # while the replay is written: after it, in order

        disposable = bus.feed(sub).subscribe(on_next=on_event)
        try:
            if isinstance(after, int):  # no await since subscribing: nothing falls in between
                replay, reset = bus.replay(sub, after)
                if reset is not None:
                    info = {"requested": after, "oldest": reset, "missed": reset - after - 1}
                    if not await client.put(Frame(json.dumps(info), event="reset")):
                        return
                missed.extendleft(reversed(replay))
            while missed:  # a replay may be longer than the client's queue: put waits
                frame = _frame(missed.popleft(), floor)
                if frame is not None and not await client.put(frame):
                    return
            live = True
            await client.stopped()
        finally:
            disposable.dispose()

    return await serve_feed(
        request,
        svc.hub,
        feed="events",
        pump=pump,
        preamble=preamble,
        limit=limit,
        options=sse_options(svc),
        key=f"subscription:{sub_id}",
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
        "Remove a subscription; its live feeds end with `event: unsubscribed`",
        "events",
        status=204,
    ),
    Operation(
        "GET",
        f"{PREFIX}/stream/{{subscription_id}}",
        stream,
        "Events of a subscription as server-sent events (resume with Last-Event-ID)",
        "events",
        sse=True,
        query=(
            (
                "last_event_id",
                "resume after this event id (or the Last-Event-ID header): an integer in "
                "memory, '<ms>-<seq>' on Redis",
                {"type": "string", "pattern": "^[0-9]+(-[0-9]+)?$"},
            ),
            LIMIT_QUERY,
        ),
    ),
]
