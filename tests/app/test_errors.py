"""Every malformed request is a 4xx problem+json, never a 500."""

from __future__ import annotations

import json

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
        (b"\t ", 400, "Malformed JSON"),
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


async def test_body_that_does_not_decode_is_400(server: Server) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    async with server.session.post(
        server.api("/pipelines/execute"), data=b"notgzip", headers=headers
    ) as resp:
        assert resp.status == 400
        assert resp.content_type == "application/problem+json"
        body = await resp.json(content_type=None)
    assert body["title"] == "Malformed body"
    assert "gzip" in body["detail"]


@pytest.mark.parametrize(
    "number",
    [
        b"NaN",
        b"Infinity",
        b"-Infinity",
        b"1e999",
        b"-1e400",
        b"1.5E+400",
        b"2e0400",
        b"1" + b"0" * 310 + b".5",
        b"1" + b"0" * 249 + b"e99",  # 250 digits and a 2-digit exponent overflow too
    ],
)
async def test_non_finite_numbers_are_400(server: Server, number: bytes) -> None:
    await server.post("/streams/real-time-captions", {"name": "s"})
    data = b'{"stream": "s", "items": [' + number + b"]}"
    status, content_type, body = await _raw(server, "/streams/produce", data)
    assert status == 400
    assert content_type == "application/problem+json"
    assert "non-finite number" in str(body["detail"])
    assert server.svc.manager.get_stream("s").produced == 0


async def test_strings_that_spell_non_finite_numbers_are_plain_strings(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "s"})
    items = ["NaN", "Infinity and beyond", "1e400", "9" * 400, 1e308, 10**400]
    data = json.dumps({"stream": "s", "items": items}).encode()
    status, _content_type, body = await _raw(server, "/streams/produce", data)
    assert status == 202, body
    assert body["accepted"] == len(items)


async def test_not_found_suggests_at_most_five_close_names(server: Server) -> None:
    names = [f"caption-{n}" for n in range(8)] + ["unrelated", "secret-pipeline"]
    for name in names:
        await server.post("/pipelines/caption-generation", {"name": name})
    status, body = await server.post("/pipelines/execute", {"pipeline": "caption", "data": {}})
    assert status == 404
    assert body["name"] == "caption"
    assert 1 <= len(body["suggestions"]) <= 5
    assert set(body["suggestions"]) <= {f"caption-{n}" for n in range(8)}
    assert "unrelated" not in body["detail"]
    assert "secret-pipeline" not in body["detail"]
    status, body = await server.post("/pipelines/execute", {"pipeline": "zzz", "data": {}})
    assert body["suggestions"] == []
    assert body["detail"] == "no pipeline named 'zzz'"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/pipelines/caption-generation", {}),
        ("/streams/real-time-captions", {}),
        ("/state-machines/caption-workflow", {}),
        ("/events/subscribe", {"pattern": "*"}),
        (
            "/reactive/create",
            {"name": "r", "computations": [{"name": "n", "function": "word_count"}]},
        ),
    ],
)
async def test_registering_beyond_the_limit_is_429(path: str, body: dict[str, object]) -> None:
    server = await start_server(make_settings(max_registered_flows=2))
    try:
        assert (await server.post("/streams/real-time-captions", {}))[0] == 201
        assert (await server.post("/events/subscribe", {"pattern": "x"}))[0] == 201
        status, problem = await server.post(path, body)
        assert status == 429
        assert "CAPTIONFLOW_MAX_REGISTERED_FLOWS" in problem["detail"]
        assert problem["limit"] == 2
        assert len(server.svc.manager.flows()) == 1
        assert len(server.svc.manager.event_bus.subscriptions) == 1
    finally:
        await stop_server(server)


@pytest.mark.parametrize(
    ("path", "key", "prefix"),
    [
        ("/pipelines/caption-generation", "pipeline", "caption-generation"),
        ("/streams/real-time-captions", "stream", "real-time-captions"),
        ("/state-machines/caption-workflow", "machine", "caption-workflow"),
    ],
)
async def test_generated_names_skip_names_users_took(
    server: Server, path: str, key: str, prefix: str
) -> None:
    for n in (1, 2, 4):
        assert (await server.post(path, {"name": f"{prefix}-{n}"}))[0] == 201
    generated = [(await server.post(path, {}))[1][key] for _ in range(2)]
    assert generated == [f"{prefix}-3", f"{prefix}-5"]
