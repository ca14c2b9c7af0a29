from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.__main__ import GC_YOUNG

from .helpers import Server, read_events, until

ROOT = Path(__file__).resolve().parents[2]


async def test_health_and_ready(server: Server) -> None:
    async with server.session.get(f"{server.url}/health") as resp:
        assert resp.status == 200
        assert (await resp.json())["status"] == "ok"
    async with server.session.get(f"{server.url}/ready") as resp:
        assert resp.status == 200
        assert (await resp.json())["status"] == "ready"


def test_the_embedded_service_never_loads_redis(tmp_path: Path) -> None:
    """Without a Redis URL the service imports no redis-py: it alone is ~20 MiB of RSS
    (`import app.__main__`: 82.9 -> 68.2 MiB once the rate limiter and the
    settings stopped importing it)."""
    code = (
        "import sys; from app import Settings, create_app; create_app(Settings()); "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'redis'); "
        "assert not loaded, loaded"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAPTIONFLOW_")}
    env["CAPTIONFLOW_STATE_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_service_runs_with_its_imports_frozen_and_few_young_collections(
    tmp_path: Path,
) -> None:
    """``python -m app`` serves with what it imported frozen (out of every full
    collection's scan) and young collections every ``GC_YOUNG`` net allocations, not
    Python's 700 (a fan-out's bursts of futures set off a full collection every few
    seconds: the SSE latency tail)."""
    code = (
        "import asyncio, gc, json, app.__main__ as m\n"
        "def serve(main):\n"
        "    main.close()\n"
        "    print(json.dumps([gc.get_threshold()[0], gc.get_freeze_count()]))\n"
        "asyncio.run = serve\n"
        "m.main()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAPTIONFLOW_")}
    env["CAPTIONFLOW_STATE_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    threshold, frozen = json.loads(done.stdout.splitlines()[-1])
    assert threshold == GC_YOUNG
    assert frozen > 10_000


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
