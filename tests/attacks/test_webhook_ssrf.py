"""Issue 15 item 6: a subscription's webhook POSTed to a listener on 127.0.0.1 (SSRF).
Now loopback, private, link-local (metadata), multicast and reserved addresses are
refused when the subscription is created and again on every delivery (a name that
re-resolves to loopback — DNS rebinding — is not followed), unless
``CAPTIONFLOW_WEBHOOK_ALLOWED_NETWORKS`` names them."""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from app import _ssrf
from tests.app.helpers import Server, make_settings, start_server, stop_server, until


@pytest.fixture
async def listener() -> AsyncIterator[tuple[str, list[Any]]]:
    """An internal service on 127.0.0.1 that records every POST it gets."""
    hits: list[Any] = []

    async def hook(request: web.Request) -> web.Response:
        hits.append(await request.read())
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"127.0.0.1:{runner.addresses[0][1]}", hits
    finally:
        await runner.cleanup()


async def subscribe(server: Server, url: str) -> tuple[int, Any]:
    return await server.post("/events/subscribe", {"pattern": "*", "webhook": url})


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("127.0.0.1", "a loopback address"),
        ("localhost", "a loopback address"),
        ("[::ffff:127.0.0.1]", "a loopback address inside an IPv6 address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("10.0.0.7", "a private address"),
        ("224.0.0.251", "a multicast address"),
    ],
)
async def test_a_webhook_to_an_internal_address_is_refused_at_subscribe(
    listener: tuple[str, list[Any]], host: str, kind: str
) -> None:
    address, hits = listener
    port = address.rsplit(":", 1)[1]
    server = await start_server()
    try:
        status, body = await subscribe(server, f"http://{host}:{port}/hook")
        assert status == 422, body
        assert body["title"] == "Webhook refused"
        [error] = body["errors"]
        assert error["loc"] == "webhook"
        assert kind in error["msg"]
        assert "CAPTIONFLOW_WEBHOOK_ALLOWED_NETWORKS" in body["detail"]
        assert server.svc.manager.event_bus.subscriptions == []
    finally:
        await stop_server(server)
    assert hits == []


class _Rebinding(AbstractResolver):
    """A name that resolves to a public address once, then to loopback (the attack)."""

    answers: ClassVar[list[str]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        address = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        result: ResolveResult = {
            "hostname": host,
            "host": address,
            "port": port,
            "family": socket.AF_INET,
            "proto": 0,
            "flags": 0,
        }
        return [result]

    async def close(self) -> None:
        pass


async def test_a_name_that_rebinds_to_loopback_is_not_delivered_to(
    listener: tuple[str, list[Any]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    address, hits = listener
    port = address.rsplit(":", 1)[1]
    # subscribe sees a public address; every delivery after it sees 127.0.0.1
    monkeypatch.setattr(_Rebinding, "answers", ["93.184.216.34", "127.0.0.1"])
    monkeypatch.setattr(_ssrf, "DefaultResolver", _Rebinding)
    caplog.set_level(logging.WARNING, "captionflow.webhooks")
    server = await start_server(make_settings(webhook_attempts=3))
    try:
        status, body = await subscribe(server, f"http://rebind.example:{port}/hook")
        assert status == 201, body
        for n in range(3):
            status, _ = await server.post("/events/publish", {"type": "t", "data": n})
            assert status == 202
        await until(lambda: sum("not sent" in r.getMessage() for r in caplog.records) == 3)
    finally:
        await stop_server(server)
    assert hits == []  # not one POST reached the internal listener
    refusals = [m for r in caplog.records if "not sent" in (m := r.getMessage())]
    assert all("127.0.0.1 is a loopback address" in m for m in refusals)


async def test_an_allowed_network_is_delivered_to(listener: tuple[str, list[Any]]) -> None:
    address, hits = listener
    server = await start_server(make_settings(webhook_allowed_networks=["127.0.0.0/8"]))
    try:
        status, body = await subscribe(server, f"http://{address}/hook")
        assert status == 201, body
        await server.post("/events/publish", {"type": "t", "data": 1})
        await until(lambda: len(hits) == 1)
    finally:
        await stop_server(server)


async def test_a_redirect_to_an_internal_address_is_not_followed(
    listener: tuple[str, list[Any]], caplog: pytest.LogCaptureFixture
) -> None:
    """An allowed receiver (127.0.0.2 here) answering 307 to the internal listener on
    127.0.0.1: a followed redirect would reach it (a literal address is never resolved,
    so the resolver's check would not see it)."""
    internal, hits = listener
    redirected: list[str] = []

    async def bounce(request: web.Request) -> web.Response:
        redirected.append(request.method)
        raise web.HTTPTemporaryRedirect(f"http://{internal}/hook")

    app = web.Application()
    app.router.add_post("/hook", bounce)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.2", 0)
    await site.start()
    port = runner.addresses[0][1]
    caplog.set_level(logging.WARNING, "captionflow.webhooks")
    server = await start_server(make_settings(webhook_allowed_networks=["127.0.0.2/32"]))
    try:
        status, body = await subscribe(server, f"http://127.0.0.2:{port}/hook")
        assert status == 201, body
        await server.post("/events/publish", {"type": "t", "data": 1})
        # the delivery ends either way: refused at the 307, or delivered past it
        await until(
            lambda: bool(hits) or any("refused event" in r.getMessage() for r in caplog.records)
        )
    finally:
        await stop_server(server)
        await runner.cleanup()
    assert redirected == ["POST"]  # the receiver was reached once; its 307 ended it
    assert hits == []  # and the internal listener never
    [refusal] = [m for r in caplog.records if "refused event" in (m := r.getMessage())]
    assert refusal.endswith(": 307")
