from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from .helpers import Server, make_settings, read_events, start_server, stop_server


@pytest.fixture
async def locked() -> AsyncIterator[Server]:
    srv = await start_server(make_settings(api_key="s3cret", cors_origins=["https://app.example"]))
    try:
        yield srv
    finally:
        await stop_server(srv)


async def test_missing_or_wrong_key_is_401(locked: Server) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic s3cret"}):
        async with locked.session.get(locked.api("/flows"), headers=headers) as resp:
            assert resp.status == 401
            assert resp.headers["WWW-Authenticate"].startswith("Bearer")
            assert resp.content_type == "application/problem+json"


async def test_right_key_passes_and_probes_stay_open(locked: Server) -> None:
    headers = {"Authorization": "Bearer s3cret"}
    async with locked.session.get(locked.api("/flows"), headers=headers) as resp:
        assert resp.status == 200
    for path in ("/health", "/ready", "/metrics", "/api/openapi.json"):
        async with locked.session.get(locked.url + path) as resp:
            assert resp.status == 200


async def test_cors_preflight_and_headers(locked: Server) -> None:
    origin = {"Origin": "https://app.example"}
    preflight = {**origin, "Access-Control-Request-Method": "POST"}
    async with locked.session.options(locked.api("/events/publish"), headers=preflight) as resp:
        assert resp.status == 204
        assert resp.headers["Access-Control-Allow-Origin"] == "https://app.example"
        assert "Authorization" in resp.headers["Access-Control-Allow-Headers"]
    async with locked.session.get(locked.url + "/health", headers=origin) as resp:
        assert resp.headers["Access-Control-Allow-Origin"] == "https://app.example"
    evil = {"Origin": "https://evil.example"}
    async with locked.session.get(locked.url + "/health", headers=evil) as resp:
        assert "Access-Control-Allow-Origin" not in resp.headers


async def test_cors_header_on_sse(locked: Server) -> None:
    headers = {"Origin": "https://app.example", "Authorization": "Bearer s3cret"}
    async with locked.session.get(locked.url + "/metrics/live?limit=1", headers=headers) as resp:
        assert resp.headers["Access-Control-Allow-Origin"] == "https://app.example"
        assert len(await read_events(resp)) == 1


async def test_a_key_that_is_not_text_is_401_not_a_crash(locked: Server) -> None:
    host, port = locked.url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"GET /api/v14/async-flows/flows HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Bearer \xff\xfe\r\nConnection: close\r\n\r\n"
    )
    head = (await reader.read()).partition(b"\r\n\r\n")[0].decode("latin-1")
    writer.close()
    await writer.wait_closed()
    assert head.startswith("HTTP/1.1 401")
    assert "application/problem+json" in head
    assert "WWW-Authenticate: Bearer" in head
