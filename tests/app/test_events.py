from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

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


async def test_bad_webhook_url_is_422(server: Server) -> None:
    status, body = await server.post("/events/subscribe", {"pattern": "*", "webhook": "ftp://x"})
    assert status == 422
    assert body["errors"][0]["loc"] == "webhook"


async def test_webhook_is_retried_until_it_succeeds() -> None:
    received: list[dict[str, Any]] = []
    attempts: list[float] = []

    async def hook(request: web.Request) -> web.Response:
        attempts.append(asyncio.get_running_loop().time())
        if len(attempts) < 3:
            return web.Response(status=503)
        received.append(await request.json())
        return web.Response(status=204)

    receiver = web.Application()
    receiver.router.add_post("/hook", hook)
    runner = web.AppRunner(receiver)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    server = await start_server(make_settings(webhook_attempts=3, webhook_base_delay=0.0))
    try:
        _, _sub = await server.post(
            "/events/subscribe",
            {"pattern": "caption.done", "webhook": f"http://127.0.0.1:{port}/hook"},
        )
        status, body = await server.post("/events/publish", {"type": "caption.done", "data": "ok"})
        assert status == 202
        assert body == {"delivered": 1}
        await until(lambda: len(received) == 1)
        assert len(attempts) == 3
        assert received[0]["type"] == "caption.done"
        assert received[0]["data"] == "ok"
    finally:
        await stop_server(server)
        await runner.cleanup()
