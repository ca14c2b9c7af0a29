from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from app import _webhooks
from flows import Event
from operators import BackoffPolicy

from .helpers import Server, make_settings, read_events, start_server, stop_server, until


async def test_publish_without_subscribers_delivers_zero(server: Server) -> None:
    status, body = await server.post("/events/publish", {"type": "caption.done", "data": 1})
    assert status == 202
    assert body == {"delivered": 0}


async def test_subscribe_returns_a_feed_of_matching_events(server: Server) -> None:
    status, sub = await server.post("/events/subscribe", {"pattern": "caption.*"})
    assert status == 201
    assert sub["stream_url"].endswith(f"/events/stream/{sub['subscription_id']}")
    async with server.session.get(server.url + sub["stream_url"] + "?limit=2") as resp:
        assert resp.status == 200
        await until(lambda: server.svc.hub.count("events") == 1)
        await server.post("/events/publish", {"type": "other", "data": 0})
        status, pub = await server.post("/events/publish", {"type": "caption.a", "data": {"x": 1}})
        assert pub == {"delivered": 1}
        await server.post("/events/publish", {"type": "caption.b", "data": [2]})
        events = await read_events(resp)
    assert [e.event for e in events] == ["caption.a", "caption.b"]
    assert [e.json["data"] for e in events] == [{"x": 1}, [2]]
    assert [int(e.id or 0) for e in events] == [2, 3]


async def test_unknown_subscription_feed_is_404(server: Server) -> None:
    async with server.session.get(server.api("/events/stream/sub-999")) as resp:
        assert resp.status == 404


async def test_unsubscribe(server: Server) -> None:
    _, sub = await server.post("/events/subscribe", {"pattern": "*"})
    url = server.api(f"/events/subscriptions/{sub['subscription_id']}")
    async with server.session.delete(url) as resp:
        assert resp.status == 204
    async with server.session.delete(url) as resp:
        assert resp.status == 404


@pytest.mark.parametrize("url", ["ftp://x", "http://", "https://:80/x", "hooks.example/x", "http"])
async def test_bad_webhook_url_is_422(server: Server, url: str) -> None:
    status, body = await server.post("/events/subscribe", {"pattern": "*", "webhook": url})
    assert status == 422
    assert body["errors"][0]["loc"] == "webhook"
    assert server.svc.manager.event_bus.subscriptions == []


async def test_subscription_ids_are_random(server: Server) -> None:
    ids = [(await server.post("/events/subscribe", {"pattern": "*"}))[1] for _ in range(3)]
    sub_ids = [sub["subscription_id"] for sub in ids]
    assert len(set(sub_ids)) == 3
    assert all(re.fullmatch(r"sub-[A-Za-z0-9_-]{11}", s) for s in sub_ids)
    assert "sub-1" not in sub_ids
    async with server.session.get(server.api("/events/stream/sub-1")) as resp:
        assert resp.status == 404
        body = await resp.json(content_type=None)
    assert body["suggestions"] == []  # a feed id is a capability: never hinted at


async def test_unsubscribe_ends_the_live_feeds(server: Server) -> None:
    _, sub = await server.post("/events/subscribe", {"pattern": "*"})
    _, other = await server.post("/events/subscribe", {"pattern": "*"})
    hub = server.svc.hub
    async with (
        server.session.get(server.url + sub["stream_url"]) as a,
        server.session.get(server.url + sub["stream_url"]) as b,
        server.session.get(server.url + other["stream_url"] + "?limit=1") as c,
    ):
        await until(lambda: hub.count("events") == 3)
        url = server.api(f"/events/subscriptions/{sub['subscription_id']}")
        async with server.session.delete(url) as resp:
            assert resp.status == 204
        async with asyncio.timeout(5):
            rest_a, rest_b = await read_events(a), await read_events(b)
        assert [e.event for e in rest_a] == [e.event for e in rest_b] == ["unsubscribed"]
        await until(lambda: hub.count("events") == 1)
        await server.post("/events/publish", {"type": "still.here", "data": 1})
        assert [e.event for e in await read_events(c)] == ["still.here"]


# the receivers below listen on loopback, which webhooks may reach only when allowed
LOCAL = ["127.0.0.1/32"]


@asynccontextmanager
async def _receiver(
    hook: Callable[[web.Request], Awaitable[web.StreamResponse]],
) -> AsyncIterator[str]:
    receiver = web.Application()
    receiver.router.add_post("/hook", hook)
    runner = web.AppRunner(receiver, shutdown_timeout=0.1, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    finally:
        await runner.cleanup()


async def test_webhook_retries_with_growing_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    received: list[dict[str, Any]] = []
    attempts: list[float] = []
    delays: list[float] = []

    async def recording_sleep(delay: float) -> None:
        delays.append(delay)
        await asyncio.sleep(delay)

    async def hook(request: web.Request) -> web.Response:
        attempts.append(asyncio.get_running_loop().time())
        if len(attempts) < 4:
            return web.Response(status=503)
        received.append(await request.json())
        return web.Response(status=204)

    monkeypatch.setattr(_webhooks, "_sleep", recording_sleep)
    settings = make_settings(
        webhook_attempts=4, webhook_base_delay=0.005, webhook_allowed_networks=LOCAL
    )
    async with _receiver(hook) as url:
        server = await start_server(settings)
        try:
            status, _ = await server.post(
                "/events/subscribe", {"pattern": "caption.done", "webhook": url}
            )
            assert status == 201
            status, body = await server.post(
                "/events/publish", {"type": "caption.done", "data": "ok"}
            )
            assert status == 202
            assert body == {"delivered": 1}
            await until(lambda: len(received) == 1)
        finally:
            await stop_server(server)
    assert len(attempts) == 4
    assert received[0]["type"] == "caption.done"
    assert received[0]["data"] == "ok"
    # BackoffPolicy: base_delay * 2**(n-1), jitter ±10 %
    policy = BackoffPolicy(max_attempts=4, base_delay=0.005)
    for n, delay in enumerate(delays, start=1):
        assert policy.delay(n, 0.0) <= delay <= policy.delay(n, 1.0)
    assert delays == sorted(delays)
    assert len(set(delays)) == 3
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert all(gap >= 0.9 * delay for gap, delay in zip(gaps, delays, strict=True))


async def test_webhook_attempts_that_time_out_all_fit_in_the_handler_timeout() -> None:
    """Two attempts hang until the client gives up; the third is still made."""
    received: list[dict[str, Any]] = []
    calls: list[int] = []
    never = asyncio.Event()

    async def hook(request: web.Request) -> web.Response:
        calls.append(1)
        if len(calls) < 3:
            await never.wait()
        received.append(await request.json())
        return web.Response(status=204)

    # the bus's own handler timeout (timeout=0.3) is shorter than three attempts
    settings = make_settings(
        timeout=0.3,
        request_timeout=0.2,
        webhook_timeout=0.1,
        webhook_attempts=3,
        webhook_allowed_networks=LOCAL,
    )
    async with _receiver(hook) as url:
        server = await start_server(settings)
        try:
            status, _ = await server.post("/events/subscribe", {"pattern": "*", "webhook": url})
            assert status == 201
            await server.post("/events/publish", {"type": "caption.done", "data": 1})
            await until(lambda: len(received) == 1)
            assert server.svc.manager.event_bus.handler_timeouts == 0
        finally:
            await stop_server(server)
    assert len(calls) == 3


async def test_a_url_aiohttp_refuses_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def no_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr(_webhooks, "_sleep", no_sleep)
    policy = BackoffPolicy(max_attempts=3, base_delay=0.0)
    async with aiohttp.ClientSession() as session:
        deliver = _webhooks.webhook_handler(session, "http://[::1/hook", policy, 1.0)
        assert await deliver(Event("t", None, 1, 0.0)) is False
    assert slept == []
