"""Two in-process apps on one real Redis — one server, then a cluster: shared rate
limits, caption cache, readiness."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from typing import Any

import pytest

from ..flows.backends.targets import Target, delete_prefix
from .helpers import Server, make_settings, start_server, stop_server


@pytest.fixture
async def pair(redis_target: Target, slot_audit: None) -> AsyncIterator[tuple[Server, Server]]:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    settings = make_settings(
        redis_url=redis_target.url,
        redis_prefix=prefix,
        rate_limit="5/minute",
        flows_dir="",
        # the first caption of a process loads the engine: more than the 0.5 s the
        # failure-path tests allow
        request_timeout=10.0,
    )
    a = await start_server(settings)
    b = await start_server(settings)
    try:
        yield a, b
    finally:
        await stop_server(a)
        await stop_server(b)
        await delete_prefix(redis_target.url, prefix)


async def test_ready_names_the_redis_backend(pair: tuple[Server, Server]) -> None:
    a, _ = pair
    async with a.session.get(f"{a.url}/ready") as resp:
        body = await resp.json()
    assert resp.status == 200
    assert body["details"]["runtime"] == "redis"
    assert body["details"]["backend"]["ready"] is True


async def test_the_rate_limit_is_counted_across_instances(pair: tuple[Server, Server]) -> None:
    a, b = pair
    assert (await a.post("/streams/real-time-captions", {"name": "lim"}))[0] == 201
    body = {"stream": "lim", "items": [1]}
    statuses = [(await (a if i % 2 else b).post("/streams/produce", body))[0] for i in range(7)]
    assert statuses == [202] * 5 + [429] * 2  # 5/minute for this client, on either instance
    async with b.session.post(b.api("/events/publish"), json={"type": "t"}) as resp:
        assert resp.status == 202  # another action has its own budget
    async with a.session.post(a.api("/streams/produce"), json=body) as resp:
        assert resp.status == 429
        assert resp.headers["Retry-After"] == "1"
        assert resp.content_type == "application/problem+json"


async def test_a_caption_made_on_one_instance_is_cached_for_the_other(
    pair: tuple[Server, Server],
) -> None:
    a, b = pair
    post = {"content": f"Sunset hike at the lake {secrets.token_hex(3)}", "variants": 2}
    async with a.session.post(f"{a.url}/api/v14/captions", json=post) as resp:
        first = await resp.json()
    async with b.session.post(f"{b.url}/api/v14/captions", json=post) as resp:
        second = await resp.json()
    assert resp.status == 200, second
    assert first["cached"] is False
    assert second["cached"] is True
    assert second["variants"] == first["variants"]


async def test_a_pipeline_result_on_one_instance_is_cached_for_the_other(
    pair: tuple[Server, Server],
) -> None:
    a, b = pair
    data = {"content": f"Sunset hike at the lake {secrets.token_hex(3)}", "user_id": "u1"}
    for server in (a, b):
        assert (await server.post("/pipelines/caption-generation", {"name": "cap"}))[0] == 201
    status, first = await a.post("/pipelines/execute", {"pipeline": "cap", "data": data})
    assert status == 200, first
    status, second = await b.post("/pipelines/execute", {"pipeline": "cap", "data": data})
    assert status == 200, second
    assert first["result"]["cached"] is False
    assert second["result"]["cached"] is True
    assert second["result"]["caption"] == first["result"]["caption"]
    assert second["result"]["variants"] == first["result"]["variants"]


REACTIVE: dict[str, Any] = {
    "name": "shared-flow",
    "inputs": {"user_id": "u1", "content": "Fresh coffee and croissants in Paris"},
    "computations": [
        {"name": "tags", "function": "hashtags", "depends_on": ["content"]},
        {"name": "prefs", "function": "get_preferences", "depends_on": ["user_id"]},
        {"name": "caption", "function": "generate_caption", "depends_on": ["prefs", "content"]},
        {"name": "words", "function": "word_count", "depends_on": ["caption"]},
    ],
}


async def test_a_reactive_flow_and_its_inputs_are_shared(pair: tuple[Server, Server]) -> None:
    a, b = pair
    assert (await a.post("/reactive/create", REACTIVE))[0] == 201
    status, on_a = await a.post("/reactive/compute", {"flow": "shared-flow", "target": "words"})
    assert status == 200, on_a
    status, on_b = await b.post("/reactive/compute", {"flow": "shared-flow", "target": "words"})
    assert status == 200, on_b
    assert on_b["value"] == on_a["value"]
    assert (await b.post("/reactive/create", REACTIVE))[0] == 409  # the name is taken

    new = {"content": "Tacos tacos beach"}
    status, tags = await b.post(
        "/reactive/compute", {"flow": "shared-flow", "target": "tags", "inputs": new}
    )
    assert (status, tags["value"]) == (200, ["#tacos", "#beach"])
    status, seen = await a.post("/reactive/compute", {"flow": "shared-flow", "target": "tags"})
    assert (status, seen["value"], seen["recomputed"]) == (200, ["#tacos", "#beach"], ["tags"])
    status, again = await a.post("/reactive/compute", {"flow": "shared-flow", "target": "tags"})
    assert again["recomputed"] == []  # unchanged stored inputs are not set again
    status, prefs = await a.post("/reactive/compute", {"flow": "shared-flow", "target": "prefs"})
    assert prefs["recomputed"] == []  # user_id did not change: still cached on A


async def test_reactive_flows_stay_per_instance_in_memory() -> None:
    a = await start_server(make_settings(flows_dir=""))
    b = await start_server(make_settings(flows_dir=""))
    try:
        assert (await a.post("/reactive/create", REACTIVE))[0] == 201
        status, body = await b.post("/reactive/compute", {"flow": "shared-flow", "target": "tags"})
        assert status == 404, body
        assert (await b.post("/reactive/create", REACTIVE))[0] == 201
        assert not a.svc.manager.shared
    finally:
        await stop_server(a)
        await stop_server(b)


async def test_get_flow_shows_a_machine_moved_by_the_other_instance(
    pair: tuple[Server, Server],
) -> None:
    a, b = pair
    assert (await a.post("/state-machines/caption-workflow", {"name": "wf"}))[0] == 201
    for event in ("start", "valid"):
        body = {"machine": "wf", "event": event}
        assert (await b.post("/state-machines/trigger", body))[0] == 200
    async with a.session.get(a.api("/flows/wf")) as resp:
        status = (await resp.json())["status"]
    assert (status["state"], status["history_total"]) == ("generating", 2)
    assert [h["event"] for h in status["history"]] == ["start", "valid"]
