"""The console's routes without a browser: the page and its assets, the graph endpoint,
and the vendored Mermaid matching the lockfile."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.routes._console import CONSOLE_DIR, live_graph
from captions import caption_workflow
from flows import Pipeline

from ..app.helpers import Server, make_settings, start_server, stop_server

ROOT = Path(__file__).parents[2]


@pytest.fixture
async def app_server() -> AsyncIterator[Server]:
    srv = await start_server()
    try:
        yield srv
    finally:
        await stop_server(srv)


async def test_the_page_and_its_assets_are_served(app_server: Server) -> None:
    session, url = app_server.session, app_server.url
    async with session.get(url + "/") as resp:
        assert resp.status == 200
        assert resp.content_type == "text/html"
        page = await resp.text()
    assert "/console/js/main.js" in page
    assert "/console/vendor/mermaid.min.js" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # no CDN: all from this server
    for path in ("/console/js/main.js", "/console/console.css", "/console/vendor/mermaid.min.js"):
        async with session.get(url + path) as resp:
            assert resp.status == 200, path
    async with session.get(url + "/console/config.json") as resp:
        assert await resp.json() == {"auth": False}


async def test_the_page_stays_open_and_says_a_key_is_needed() -> None:
    srv = await start_server(make_settings(api_key="k"))
    try:
        async with srv.session.get(srv.url + "/") as resp:
            assert resp.status == 200
        async with srv.session.get(srv.url + "/console/config.json") as resp:
            assert await resp.json() == {"auth": True}
        async with srv.session.get(srv.api("/flows/x/graph")) as resp:
            assert resp.status == 401
    finally:
        await stop_server(srv)


async def test_graph_of_a_state_machine_highlights_the_current_state(app_server: Server) -> None:
    await app_server.post("/state-machines/caption-workflow", {"name": "wf"})
    async with app_server.session.get(app_server.api("/flows/wf/graph")) as resp:
        body = await resp.json()
    assert body["kind"] == "state_machine"
    assert body["state"] == "idle"
    assert body["graph"].startswith("stateDiagram-v2\n  [*] --> idle\n  idle --> validating: start")
    assert body["graph"].endswith("class idle current")
    await app_server.post("/state-machines/trigger", {"machine": "wf", "event": "start"})
    url = app_server.api("/flows/wf/graph?format=dot")
    async with app_server.session.get(url) as resp:
        body = await resp.json()
    assert body["state"] == "validating"
    assert body["graph"].startswith('digraph "wf" {')
    highlight = '  validating [style=filled, fillcolor="#ffd54f", penwidth=3];\n}'
    assert body["graph"].endswith(highlight)


async def test_graph_of_pipelines_streams_and_reactive_flows(app_server: Server) -> None:
    await app_server.post("/pipelines/caption-generation", {"name": "p"})
    await app_server.post("/streams/real-time-captions", {"name": "s"})
    inputs = {"user_id": "u1", "content": "Coffee"}
    computations = [
        {"name": "prefs", "function": "get_preferences", "depends_on": ["user_id"]},
        {"name": "caption", "function": "generate_caption", "depends_on": ["prefs", "content"]},
    ]
    body = {"name": "r", "inputs": inputs, "computations": computations}
    await app_server.post("/reactive/create", body)
    graphs = {}
    for name in ("p", "s", "r"):
        async with app_server.session.get(app_server.api(f"/flows/{name}/graph")) as resp:
            assert resp.status == 200
            graphs[name] = (await resp.json())["graph"]
    assert "  input --> validate_content\n  validate_content --> load_ai_model" in graphs["p"]
    stream = 'flowchart LR\n  input["input"]\n  stream_s["stream s"]\n  input --> stream_s'
    assert graphs["s"] == stream
    assert "  user_id --> prefs\n  prefs --> caption\n  content --> caption" in graphs["r"]


async def test_graph_errors_are_problems(app_server: Server) -> None:
    await app_server.post("/streams/real-time-captions", {"name": "s"})
    cases = {
        "/flows/nope/graph": 404,
        "/flows/s/graph?kind=pipeline": 404,
        "/flows/s/graph?format=svg": 400,
        "/flows/s/graph?kind=river": 400,
    }
    for path, status in cases.items():
        async with app_server.session.get(app_server.api(path)) as resp:
            assert resp.status == status, path
            assert resp.content_type == "application/problem+json"


def test_live_graph_labels_stage_settings_and_keeps_quotes_out() -> None:
    def tag(item: dict[str, str]) -> dict[str, str]:
        return item

    pipeline = Pipeline('odd "name"').add_stage(tag, config={"timeout": 2.0, "retries": 1})
    assert '  tag["tag [timeout=2.0, retries=1]"]' in live_graph(pipeline)
    assert live_graph(pipeline, "dot").startswith("digraph \"odd 'name'\" {")
    assert "class" not in live_graph(caption_workflow("wf"), "dot")
    assert live_graph(caption_workflow("wf"), "dot").endswith("penwidth=3];\n}")


def test_the_vendored_mermaid_is_the_locked_version() -> None:
    lock = json.loads((ROOT / "console" / "package-lock.json").read_text())
    version = lock["packages"]["node_modules/mermaid"]["version"]
    bundle = (CONSOLE_DIR / "vendor" / "mermaid.min.js").read_text()
    assert f'"{version}"' in bundle
