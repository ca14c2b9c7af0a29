from __future__ import annotations

from .helpers import Server, read_events, until


async def test_health_and_ready(server: Server) -> None:
    async with server.session.get(f"{server.url}/health") as resp:
        assert resp.status == 200
        assert (await resp.json())["status"] == "ok"
    async with server.session.get(f"{server.url}/ready") as resp:
        assert resp.status == 200
        assert (await resp.json())["status"] == "ready"


async def test_not_ready_while_stopping(server: Server) -> None:
    server.svc.ready = False
    async with server.session.get(f"{server.url}/ready") as resp:
        assert resp.status == 503


async def test_flows_lists_everything(server: Server) -> None:
    await server.post("/pipelines/caption-generation", {"name": "p"})
    await server.post("/streams/real-time-captions", {"name": "s"})
    await server.post("/state-machines/caption-workflow", {"name": "m"})
    async with server.session.get(server.api("/flows")) as resp:
        assert resp.status == 200
        flows = (await resp.json())["flows"]
    assert {(f["kind"], f["name"]) for f in flows} == {
        ("pipeline", "p"),
        ("stream", "s"),
        ("state_machine", "m"),
    }


async def test_prometheus_metrics(server: Server) -> None:
    await server.post("/pipelines/caption-generation", {"name": "p"})
    await server.post("/pipelines/execute", {"pipeline": "p", "data": {"content": "hello world"}})
    await server.post("/streams/real-time-captions", {"name": "s"})
    await server.post("/streams/produce", {"stream": "s", "items": [1, 2]})
    async with server.session.get(f"{server.url}/metrics") as resp:
        assert resp.status == 200
        assert resp.content_type == "text/plain"
        text = await resp.text()
    assert 'captionflow_flow_runs_total{outcome="completed"} 1.0' in text
    assert 'captionflow_stream_produced_total{stream="s"} 2.0' in text
    assert 'captionflow_stream_depth{stream="s"} 2.0' in text
    assert "captionflow_http_request_duration_seconds_bucket" in text
    assert 'route="/api/v14/async-flows/pipelines/execute"' in text


async def test_metrics_live_pushes_on_change(server: Server) -> None:
    await server.post("/state-machines/caption-workflow", {"name": "m"})
    async with server.session.get(f"{server.url}/metrics/live?limit=2") as resp:
        assert resp.status == 200
        first = (await read_events(resp, 1))[0]
        assert first.json["state_machines"] == {"m": "idle"}
        await until(lambda: server.svc.hub.count("metrics") == 1)
        await server.post("/state-machines/trigger", {"machine": "m", "event": "start"})
        second = (await read_events(resp, 1))[0]
    assert second.json["state_machines"] == {"m": "validating"}
    assert int(second.id or 0) > int(first.id or 0)
