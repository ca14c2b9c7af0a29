from __future__ import annotations

from typing import Any

import pytest

from .helpers import API, Server, make_settings, start_server, stop_server


async def test_create_workflow(server: Server) -> None:
    status, body = await server.post("/state-machines/caption-workflow", {"name": "wf"})
    assert status == 201
    assert body["machine"] == "wf"
    assert body["state"] == "idle"
    assert "completed" in body["states"]
    assert {"source": "idle", "target": "validating", "event": "start"} in body["transitions"]
    assert body["allowed_events"] == ["start"]


async def test_trigger_walks_the_workflow(server: Server) -> None:
    await server.post("/state-machines/caption-workflow", {"name": "wf"})
    for event, state in [
        ("start", "validating"),
        ("valid", "generating"),
        ("success", "completed"),
    ]:
        status, body = await server.post(
            "/state-machines/trigger", {"machine": "wf", "event": event, "context": {"by": "t"}}
        )
        assert status == 200
        assert body["state"] == state
    assert body["previous"] == "generating"
    assert [h["event"] for h in body["history"]] == ["start", "valid", "success"]
    assert body["history"][0]["context"] == {"by": "t"}


async def test_invalid_transition_is_409_naming_state_and_allowed(server: Server) -> None:
    await server.post("/state-machines/caption-workflow", {"name": "wf"})
    status, body = await server.post(
        "/state-machines/trigger", {"machine": "wf", "event": "success"}
    )
    assert status == 409
    assert body["state"] == "idle"
    assert body["allowed"] == ["start"]
    assert "'idle'" in body["detail"]
    assert "start" in body["detail"]


async def test_trigger_unknown_machine_is_404(server: Server) -> None:
    status, _ = await server.post("/state-machines/trigger", {"machine": "nope", "event": "start"})
    assert status == 404


async def test_a_refused_trigger_is_no_failed_run(server: Server) -> None:
    """A 409 is the caller's mistake: counted as rejected, never as a failed run."""
    await server.post("/state-machines/caption-workflow", {"name": "wf"})
    before = server.svc.manager.tracker.metrics.snapshot()
    for event in ("success", "bogus"):
        status, _ = await server.post("/state-machines/trigger", {"machine": "wf", "event": event})
        assert status == 409
    assert (await server.post("/state-machines/trigger", {"machine": "wf", "event": "start"}))[
        0
    ] == 200
    after = server.svc.manager.tracker.metrics.snapshot()
    assert after["failed_flows"] == before["failed_flows"]
    assert after["rejected_flows"] == before["rejected_flows"] + 2
    assert after["completed_flows"] == before["completed_flows"] + 1
    assert after["total_flows"] == before["total_flows"] + 1
    async with server.session.get(f"{server.url}/metrics") as resp:
        text = await resp.text()
    assert 'captionflow_flow_runs_total{outcome="failed"} 0.0' in text
    assert 'captionflow_flow_runs_total{outcome="rejected"} 2.0' in text


async def fire(server: Server, machine: str, count: int) -> dict[str, Any]:
    """``count`` triggers walking the workflow's start/invalid/retry loop; the last body."""
    body: dict[str, Any] = {}
    for n in range(count):
        event = "start" if n == 0 else ("invalid" if n % 2 else "retry")
        status, body = await server.post(
            "/state-machines/trigger", {"machine": machine, "event": event, "context": {"n": n}}
        )
        assert status == 200, body
    return body


async def test_a_trigger_answers_the_newest_10_records_and_the_total(server: Server) -> None:
    status, created = await server.post(
        "/state-machines/caption-workflow", {"name": "wf", "history_limit": 30}
    )
    assert (status, created["history_limit"]) == (201, 30)
    body = await fire(server, "wf", 45)
    assert body["history_total"] == 45
    assert [h["context"]["n"] for h in body["history"]] == list(range(35, 45))
    assert len(server.svc.manager.get_state_machine("wf").history) == 30


async def test_the_settings_history_limit_is_the_default() -> None:
    srv = await start_server(make_settings(history_limit=7))
    try:
        status, created = await srv.post("/state-machines/caption-workflow", {"name": "wf"})
        assert (status, created["history_limit"]) == (201, 7)
        await fire(srv, "wf", 12)
        assert len(srv.svc.manager.get_state_machine("wf").history) == 7
    finally:
        await stop_server(srv)


async def test_get_flow_pages_through_the_history(server: Server) -> None:
    await server.post("/state-machines/caption-workflow", {"name": "wf", "history_limit": 40})
    await fire(server, "wf", 55)
    url: str | None = server.api("/flows/wf?limit=15")
    seen: list[int] = []
    pages = 0
    while url is not None:
        async with server.session.get(url) as resp:
            assert resp.status == 200
            status = (await resp.json())["status"]
            link = resp.headers.get("Link")
        pages += 1
        assert status["history_total"] == 55
        assert len(status["history"]) <= 15
        seen = [h["context"]["n"] for h in status["history"]] + seen
        if status["history_next"] is None:
            assert link is None
            url = None
        else:
            path = f"{API}/flows/wf?limit=15&before={status['history_next']}"
            assert link == f'<{path}>; rel="next"'
            url = f"{server.url}{path}"
    assert seen == list(range(15, 55))  # the 40 kept, each once, in order
    assert pages == 3
    async with server.session.get(server.api("/flows/wf")) as resp:
        status = (await resp.json())["status"]
    assert len(status["history"]) == 40  # the default page: 50


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=abc", "limit"),
        ("limit=-5", "limit"),
        ("before=0", "before"),
        ("before=1.5", "before"),
    ],
)
async def test_bad_paging_parameters_are_400_naming_them(
    server: Server, query: str, field: str
) -> None:
    await server.post("/state-machines/caption-workflow", {"name": "wf"})
    async with server.session.get(server.api(f"/flows/wf?{query}")) as resp:
        body = await resp.json(content_type=None)
        assert resp.status == 400
        assert resp.content_type == "application/problem+json"
    assert body["errors"][0]["loc"] == field
    assert body["detail"].startswith(f"{field} must be an integer")


@pytest.mark.parametrize("limit", [0, 100_001, "many"])
async def test_a_bad_history_limit_is_422_naming_it(server: Server, limit: object) -> None:
    status, body = await server.post(
        "/state-machines/caption-workflow", {"name": "wf", "history_limit": limit}
    )
    assert status == 422
    assert "history_limit" in str(body)
