"""Issue 15 item 8: with an API key set, ``/metrics`` labelled every stream name and
``/ready`` showed the flow directory, file paths and reload errors to anyone. Now a
caller without the key gets counts only; with the key, the details; ``/health`` stays
public."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from app.flowfiles import FLOW_FILES, FlowFileWatcher
from tests.app.helpers import Server, make_settings, start_server, stop_server

KEY = "s3cret-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
FLOW = "kind: stream\nname: file-stream\nmax_buffer_size: 10\noverflow: drop_oldest\n"


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Server]:
    flows = tmp_path / "private-flow-dir"
    flows.mkdir()
    (flows / "streams.yaml").write_text(FLOW)
    settings = make_settings(api_key=KEY, flows_dir=str(flows), reload_interval=0)
    srv = await start_server(settings)
    try:
        # a stream with a telling name, and a broken edit the reload refuses
        async with srv.session.post(
            srv.api("/streams/real-time-captions"),
            json={"name": "acme-secret-launch"},
            headers=AUTH,
        ) as resp:
            assert resp.status == 201
        (flows / "streams.yaml").write_text(FLOW + "bogus_field: 1\n")
        watcher = srv.app[FLOW_FILES].watcher
        assert isinstance(watcher, FlowFileWatcher)
        [result] = await watcher.check_once()
        assert not result.ok
        yield srv
    finally:
        await stop_server(srv)


async def get(server: Server, path: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(server.url + path, headers=headers or {}) as resp,
    ):
        return resp.status, await resp.text()


async def test_ready_without_the_key_is_counts_only(server: Server, tmp_path: Path) -> None:
    status, text = await get(server, "/ready")
    assert status == 200
    assert str(tmp_path) not in text
    assert "private-flow-dir" not in text
    assert "streams.yaml" not in text
    assert "bogus_field" not in text
    details: dict[str, Any] = json.loads(text)["details"]
    assert details["flow_reload"] == {
        "watching": False,
        "last_ok": False,
        "failing": 1,
        "stored_errors": 0,
    }
    assert details["backend"] == {"ready": True}


async def test_ready_with_the_key_has_the_details(server: Server) -> None:
    status, text = await get(server, "/ready", AUTH)
    assert status == 200
    reload = json.loads(text)["details"]["flow_reload"]
    assert reload["directory"].endswith("private-flow-dir")
    [failing] = reload["failing"]
    assert failing["file"].endswith("streams.yaml")
    assert "bogus_field" in json.dumps(failing["errors"])


async def test_metrics_without_the_key_name_no_stream(server: Server) -> None:
    status, text = await get(server, "/metrics")
    assert status == 200
    assert "acme-secret-launch" not in text
    assert "file-stream" not in text
    assert "captionflow_streams 2.0" in text
    assert "captionflow_stream_produced_total 0.0" in text


async def test_metrics_with_the_key_label_each_stream(server: Server) -> None:
    status, text = await get(server, "/metrics", AUTH)
    assert status == 200
    assert 'captionflow_stream_depth{stream="acme-secret-launch"}' in text


async def test_health_stays_public(server: Server) -> None:
    status, text = await get(server, "/health")
    assert (status, json.loads(text)["status"]) == (200, "ok")
    status, _ = await get(server, "/metrics/live?limit=1")
    assert status == 401
