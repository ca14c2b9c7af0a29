"""Every malformed request is a 4xx problem+json, never a 500."""

from __future__ import annotations

import pytest

from .helpers import Server, make_settings, start_server, stop_server


async def _raw(server: Server, path: str, data: bytes) -> tuple[int, str, dict[str, object]]:
    headers = {"Content-Type": "application/json"}
    async with server.session.post(server.api(path), data=data, headers=headers) as resp:
        return resp.status, resp.content_type, await resp.json(content_type=None)


@pytest.mark.parametrize(
    ("data", "status", "title"),
    [
        (b'{"pipeline": ', 400, "Malformed JSON"),
        (b"\xff\xfe", 400, "Malformed body"),
        (b"[" * 100 + b"]" * 100, 400, "Body too deeply nested"),
        (
            b'{"pipeline": "p", "data": ' + b"[" * 5000 + b"]" * 5000 + b"}",
            400,
            "Body too deeply nested",
        ),
        (b'"just a string"', 422, "Validation failed"),
        (b"[1, 2]", 422, "Validation failed"),
        (b'{"pipeline": 5, "data": {}}', 422, "Validation failed"),
        (b'{"pipeline": "p", "data": {}, "extra": 1}', 422, "Validation failed"),
        (b'{"pipeline": "has space", "data": {}}', 422, "Validation failed"),
    ],
)
async def test_bad_bodies_are_problems(
    server: Server, data: bytes, status: int, title: str
) -> None:
    got, content_type, body = await _raw(server, "/pipelines/execute", data)
    assert got == status
    assert content_type == "application/problem+json"
    assert body["title"] == title
    assert body["status"] == status
    assert str(body["type"]).startswith("https://")
    assert body["detail"]


async def test_validation_errors_carry_field_paths(server: Server) -> None:
    status, body = await server.post(
        "/reactive/create",
        {"name": "r", "computations": [{"name": "a", "function": 3, "depends_on": "x"}]},
    )
    assert status == 422
    locs = {e["loc"] for e in body["errors"]}
    assert locs == {"computations.0.function", "computations.0.depends_on"}


async def test_unknown_route_is_404_problem(server: Server) -> None:
    async with server.session.get(server.api("/nothing/here")) as resp:
        assert resp.status == 404
        assert resp.content_type == "application/problem+json"


async def test_wrong_method_is_405_problem_with_allow(server: Server) -> None:
    async with server.session.get(server.api("/pipelines/execute")) as resp:
        assert resp.status == 405
        assert resp.headers["Allow"] == "POST"
        assert resp.content_type == "application/problem+json"


async def test_oversize_body_is_413() -> None:
    server = await start_server(make_settings(max_body_bytes=1024))
    try:
        data = b'{"stream": "s", "items": ["' + b"x" * 4096 + b'"]}'
        status, content_type, body = await _raw(server, "/streams/produce", data)
        assert status == 413
        assert content_type == "application/problem+json"
        assert "too large" in str(body["detail"])
    finally:
        await stop_server(server)


async def test_bad_limit_is_400(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "s"})
    async with server.session.get(server.api("/streams/consume/s?limit=0")) as resp:
        assert resp.status == 400


async def test_flow_limit_is_429() -> None:
    settings = make_settings(max_concurrent_flows=1, enable_backpressure=False)
    server = await start_server(settings)
    try:
        await server.post("/state-machines/caption-workflow", {"name": "m"})
        async with server.svc.manager.tracker.run("test", "hold"):
            status, body = await server.post(
                "/state-machines/trigger", {"machine": "m", "event": "start"}
            )
        assert status == 429
        assert "max_concurrent_flows" in body["detail"]
    finally:
        await stop_server(server)
