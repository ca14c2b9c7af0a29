"""Issue 15 item 7: ``text/plain`` bodies were accepted, so a browser page could POST
cross-site (no preflight) to a service without an API key (the default). Now a JSON
route takes a body only as ``application/json`` (UTF-8): 415 problem+json otherwise;
``PUT /flows/{name}`` takes its documented YAML types or JSON; SSE GETs are unchanged."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.app.helpers import Server, read_events, start_server, stop_server

FLOW = "kind: stream\nname: s\nmax_buffer_size: 10\noverflow: drop_oldest\n"


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = await start_server()
    try:
        yield srv
    finally:
        await stop_server(srv)


async def send(
    server: Server, method: str, path: str, body: str, content_type: str | None
) -> tuple[int, str, Any]:
    headers = {"Origin": "https://evil.example"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    async with server.session.request(
        method, server.api(path), data=body.encode(), headers=headers
    ) as resp:
        return resp.status, resp.content_type, await resp.json(content_type=None)


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",  # what a cross-site <form enctype="text/plain"> sends
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin-1",
        "application/jsonp",
        None,  # aiohttp's client then says application/octet-stream
    ],
)
async def test_a_body_that_is_not_declared_json_is_415(
    server: Server, content_type: str | None
) -> None:
    body = json.dumps({"name": "csrf"})
    status, media, problem = await send(
        server, "POST", "/streams/real-time-captions", body, content_type
    )
    assert status == 415, problem
    assert media == "application/problem+json"
    [error] = problem["errors"]
    assert error["loc"] == "Content-Type"
    assert "expected Content-Type application/json" in error["msg"]
    assert "csrf" not in server.svc.manager.streams


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "Application/JSON"]
)
async def test_json_with_an_optional_utf8_charset_is_taken(
    server: Server, content_type: str
) -> None:
    body = json.dumps({"name": "ok"})
    status, _, out = await send(server, "POST", "/streams/real-time-captions", body, content_type)
    assert status == 201, out


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/yaml", FLOW, 201),
        ("text/yaml; charset=utf-8", FLOW, 200),
        ("application/json", json.dumps({"kind": "stream", "name": "s"}), 200),
        ("text/plain", FLOW, 415),
        ("application/x-www-form-urlencoded", FLOW, 415),
    ],
)
async def test_put_flows_takes_its_documented_types(
    server: Server, content_type: str, body: str, expected: int
) -> None:
    if expected == 200:  # a replace: create it first
        assert (await send(server, "PUT", "/flows/s", FLOW, "application/yaml"))[0] == 201
    status, _, out = await send(server, "PUT", "/flows/s", body, content_type)
    assert status == expected, out
    if expected == 415:
        assert "application/yaml" in out["detail"]
        assert "application/json" in out["detail"]


async def test_sse_gets_need_no_content_type(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    await server.post("/streams/produce", {"stream": "live", "items": [1]})
    async with server.session.get(server.api("/streams/consume/live?limit=1")) as resp:
        assert resp.status == 200
        assert [e.json for e in await read_events(resp)] == [1]
