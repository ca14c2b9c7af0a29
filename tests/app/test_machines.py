from __future__ import annotations

from .helpers import Server


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
