"""GET/PUT/DELETE /flows/{name}: lint first, build then swap, persisted across restarts."""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from flows import Pipeline

from .helpers import Server, make_settings, start_server, stop_server

REDIS_URL = os.environ.get("CAPTIONFLOW_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

PIPELINE = """\
kind: pipeline
name: greet
steps:
  - id: hello
    type: template
    field: greeting
    template: "hello {user}"
"""
STREAM = {"kind": "stream", "name": "live", "max_buffer_size": 10}
RELAY = {
    "kind": "subscription",
    "name": "relay",
    "steps": [{"id": "again", "on": "ping", "type": "publish", "event": "pong"}],
}


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Server]:
    srv = await start_server(make_settings(state_dir=str(tmp_path / "state")))
    try:
        yield srv
    finally:
        await stop_server(srv)


async def put(srv: Server, name: str, body: str | dict[str, Any]) -> tuple[int, Any]:
    if isinstance(body, str):
        headers = {"Content-Type": "application/yaml"}
        async with srv.session.put(srv.api(f"/flows/{name}"), data=body, headers=headers) as resp:
            return resp.status, await resp.json(content_type=None)
    async with srv.session.put(srv.api(f"/flows/{name}"), json=body) as resp:
        return resp.status, await resp.json(content_type=None)


async def get(srv: Server, name: str) -> tuple[int, Any]:
    async with srv.session.get(srv.api(f"/flows/{name}")) as resp:
        return resp.status, await resp.json(content_type=None)


async def delete(srv: Server, name: str) -> int:
    async with srv.session.delete(srv.api(f"/flows/{name}")) as resp:
        return resp.status


async def greet(srv: Server, user: str) -> Any:
    status, body = await srv.post(
        "/pipelines/execute", {"pipeline": "greet", "data": {"user": user}}
    )
    assert status == 200, body
    return body["result"]


async def test_put_yaml_creates_then_replaces_and_get_shows_it(served: Server) -> None:
    status, body = await put(served, "greet", PIPELINE)
    assert status == 201, body
    assert (body["name"], body["kind"], body["source"]) == ("greet", "pipeline", "rest")
    assert (await greet(served, "ana"))["greeting"] == "hello ana"
    status, body = await get(served, "greet")
    assert status == 200
    assert body["definition"]["steps"][0]["template"] == "hello {user}"
    assert [s["name"] for s in body["status"]["stages"]] == ["hello"]
    status, body = await put(served, "greet", PIPELINE.replace("hello {user}", "hi {user}"))
    assert status == 200, body
    assert (await greet(served, "ana"))["greeting"] == "hi ana"


async def test_an_invalid_body_is_422_with_located_problems_and_changes_nothing(
    served: Server,
) -> None:
    assert (await put(served, "greet", PIPELINE))[0] == 201
    running = served.svc.manager.pipelines["greet"]
    broken = PIPELINE.replace("type: template", "type: templte").replace("field: greeting", "")
    async with served.session.put(
        served.api("/flows/greet"), data=broken, headers={"Content-Type": "text/yaml"}
    ) as resp:
        assert resp.status == 422
        assert resp.content_type == "application/problem+json"
        body = await resp.json(content_type=None)
    (problem,) = body["errors"]
    assert problem == {
        "file": "<request>",
        "line": 5,
        "column": 11,
        "flow": "greet",
        "step": "hello",
        "message": problem["message"],
        "hint": "did you mean 'template'?",
    }
    assert "unknown step type 'templte'" in problem["message"]
    assert served.svc.manager.pipelines["greet"] is running
    assert (await greet(served, "bo"))["greeting"] == "hello bo"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({**STREAM, "name": "other"}, "the body names the flow 'other' but the URL names 'live'"),
        ({**STREAM, "max_buffer_size": "5"}, "max_buffer_size: Input should be a valid integer"),
        ({**STREAM, "kind": "streem"}, "unknown kind 'streem'"),
        ("- kind: stream\n  name: live\n", "expected one flow (a mapping with 'kind')"),
        ("kind: stream\nname: live\ndescription: ${SECRET}\n", "environment variable 'SECRET'"),
        ("kind: stream\nname: [live\n", "not valid YAML"),
        ({}, "missing 'kind'"),
    ],
)
async def test_bodies_that_do_not_lint(
    served: Server, monkeypatch: pytest.MonkeyPatch, body: str | dict[str, Any], message: str
) -> None:
    monkeypatch.setenv("SECRET", "do not leak")  # REST bodies never read the environment
    status, problem = await put(served, "live", body)
    assert status == 422, problem
    assert any(message in e["message"] for e in problem["errors"]), problem
    assert all(e["file"] == "<request>" and e["line"] >= 1 for e in problem["errors"])
    assert "live" not in served.svc.manager.streams


async def test_a_variable_default_is_used_and_the_hint_explains(served: Server) -> None:
    body = "kind: stream\nname: live\ndescription: ${NOTE:from the default}\n"
    status, out = await put(served, "live", body)
    assert (status, out["definition"]["description"]) == (201, "from the default")
    status, out = await put(served, "live", body.replace(":from the default", ""))
    assert status == 422
    assert "do not read the server's environment" in out["errors"][0]["hint"]


async def test_a_json_body_and_a_change_of_kind(served: Server) -> None:
    status, body = await put(served, "live", STREAM)
    assert status == 201
    assert body["status"]["max_buffer_size"] == 10
    stream = served.svc.manager.streams["live"]
    status, body = await put(served, "live", {**RELAY, "name": "live"})
    assert (status, body["kind"]) == (200, "subscription")
    assert "live" not in served.svc.manager.streams
    assert stream.closed


async def test_delete_stops_what_the_flow_owns(served: Server) -> None:
    bus = served.svc.manager.event_bus
    before = len(bus.subscriptions)
    assert (await put(served, "relay", RELAY))[0] == 201
    assert (await put(served, "live", STREAM))[0] == 201
    assert len(bus.subscriptions) == before + 1
    stream = served.svc.manager.streams["live"]
    assert await delete(served, "relay") == 204
    assert await delete(served, "live") == 204
    assert len(bus.subscriptions) == before
    assert stream.closed
    assert "live" not in served.svc.manager.streams
    status, body = await get(served, "live")
    assert (status, body["title"]) == (404, "Not found")
    assert await delete(served, "live") == 404


async def test_flows_made_by_the_create_endpoints_are_found_too(served: Server) -> None:
    status, _ = await served.post("/streams/real-time-captions", {"name": "made"})
    assert status == 201
    status, body = await get(served, "made")
    assert (status, body["kind"], body["source"], body["definition"]) == (
        200,
        "stream",
        "runtime",
        None,
    )
    assert await delete(served, "made") == 204
    assert "made" not in served.svc.manager.streams


async def test_rest_flows_survive_a_restart(tmp_path: Path) -> None:
    settings = make_settings(state_dir=str(tmp_path / "state"))
    first = await start_server(settings)
    try:
        assert (await put(first, "greet", PIPELINE))[0] == 201
        assert (await put(first, "live", STREAM))[0] == 201
        assert await delete(first, "live") == 204
    finally:
        await stop_server(first)
    assert (tmp_path / "state" / "flows" / "rest" / "greet.json").is_file()
    second = await start_server(settings)
    try:
        assert isinstance(second.svc.manager.pipelines.get("greet"), Pipeline)
        assert "live" not in second.svc.manager.streams
        assert (await greet(second, "cy"))["greeting"] == "hello cy"
        status, body = await get(second, "greet")
        assert (status, body["source"]) == (200, "rest")
    finally:
        await stop_server(second)


async def test_a_rest_flow_wins_over_a_file_flow_of_its_name(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    flows_dir = tmp_path / "flows"
    flows_dir.mkdir()
    (flows_dir / "greet.yaml").write_text(PIPELINE.replace("hello {user}", "file {user}"))
    settings = make_settings(
        state_dir=str(tmp_path / "state"), flows_dir=str(flows_dir), reload_interval=0
    )
    first = await start_server(settings)
    try:
        assert (await greet(first, "a"))["greeting"] == "file a"
        assert (await put(first, "greet", PIPELINE))[0] == 200  # replaces the file's flow
    finally:
        await stop_server(first)
    caplog.set_level(logging.WARNING, "captionflow.flows")
    second = await start_server(settings)
    try:
        assert (await greet(second, "a"))["greeting"] == "hello a"
        assert "is replaced by its REST version" in caplog.text
    finally:
        await stop_server(second)


async def test_a_stored_flow_that_no_longer_checks_is_skipped_and_reported(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "state" / "flows" / "rest" / "old.json"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        json.dumps({"kind": "pipeline", "name": "old", "steps": [{"id": "a", "type": "gone"}]})
    )
    srv = await start_server(make_settings(state_dir=str(tmp_path / "state")))
    try:
        assert "old" not in srv.svc.manager.pipelines
        async with srv.session.get(f"{srv.url}/ready") as resp:
            details = (await resp.json())["details"]["flow_reload"]
        assert any("unknown step type 'gone'" in e for e in details["stored_errors"])
    finally:
        await stop_server(srv)


async def test_the_operations_are_in_openapi(served: Server) -> None:
    async with served.session.get(f"{served.url}/api/openapi.json") as resp:
        doc = await resp.json()
    path = doc["paths"]["/api/v14/async-flows/flows/{name}"]
    assert set(path) == {"get", "put", "delete"}
    assert {"200", "201", "422"} <= set(path["put"]["responses"])
    assert "204" in path["delete"]["responses"]
    assert "/api/v14/async-flows/flows" in doc["paths"]  # the list is still there


async def test_with_redis_flows_persist_in_redis(tmp_path: Path) -> None:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    name = f"greet_{secrets.token_hex(3)}"
    settings = make_settings(
        redis_url=REDIS_URL, redis_prefix=prefix, state_dir=str(tmp_path / "unused")
    )
    try:
        first = await start_server(settings)
        try:
            assert (await put(first, name, PIPELINE.replace("greet", name)))[0] == 201
        finally:
            await stop_server(first)
        assert not (tmp_path / "unused").exists()
        second = await start_server(settings)
        try:
            assert name in second.svc.manager.pipelines
            assert await delete(second, name) == 204
        finally:
            await stop_server(second)
    finally:
        client = Redis.from_url(REDIS_URL)
        try:
            await client.hdel("captionflow:flows", f"rest:{name}")  # the default prefix
            keys = [k async for k in client.scan_iter(match=f"{prefix}*")]
            if keys:
                await client.delete(*keys)
        finally:
            await client.aclose()


MACHINE = """\
kind: state_machine
name: toggle
initial: down
states: [down, up]
transitions:
  - {from: down, to: up, on: flip}
  - {from: up, to: down, on: flip}
"""


async def test_a_yaml_machine_keeps_its_history_limit_else_the_default(served: Server) -> None:
    assert (await put(served, "toggle", MACHINE + "history_limit: 4\n"))[0] == 201
    for n in range(9):
        body = {"machine": "toggle", "event": "flip", "context": {"n": n}}
        assert (await served.post("/state-machines/trigger", body))[0] == 200
    status, detail = await get(served, "toggle")
    assert status == 200
    assert detail["status"]["history_limit"] == 4
    assert detail["status"]["history_total"] == 9
    assert [h["context"]["n"] for h in detail["status"]["history"]] == [5, 6, 7, 8]
    assert (await put(served, "toggle", MACHINE))[0] == 200
    assert (await get(served, "toggle"))[1]["status"]["history_limit"] == 1000
    status, problem = await put(served, "toggle", MACHINE + "history_limit: 0\n")
    assert status == 422
    assert "history_limit" in problem["detail"]
