"""Subscription flows are flows too (issue 15, item 11): listed by ``GET /flows`` and
drawn by ``GET /flows/{name}/graph``, as ``captionflow graph`` draws them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app._components import default_registry
from flows import load_flow_file, render_graph

from .helpers import Server, make_settings, start_server, stop_server

SHIPPED = Path(__file__).resolve().parents[2] / "config" / "flows"


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = await start_server(make_settings(flows_dir=str(SHIPPED), reload_interval=0))
    try:
        yield srv
    finally:
        await stop_server(srv)


async def test_get_flows_lists_the_shipped_subscription_flow(server: Server) -> None:
    async with server.session.get(server.api("/flows")) as resp:
        flows = (await resp.json())["flows"]
    [service] = [f for f in flows if f["name"] == "real_time_service"]
    assert service["kind"] == "subscription"
    assert service["status"] == "active"
    patterns = [s["pattern"] for s in service["subscriptions"]]
    assert patterns == ["caption_request", "content_update", "user_preference_change"]


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
@pytest.mark.parametrize("kind", ["", "&kind=subscription"])
async def test_its_graph_is_the_cli_graph(server: Server, fmt: str, kind: str) -> None:
    url = server.api(f"/flows/real_time_service/graph?format={fmt}{kind}")
    async with server.session.get(url) as resp:
        assert resp.status == 200, await resp.text()
        body = await resp.json()
    [spec] = load_flow_file(SHIPPED / "real_time_service.yaml", default_registry())
    assert body == {
        "name": "real_time_service",
        "kind": "subscription",
        "format": fmt,
        "state": None,
        "graph": render_graph(spec, fmt),  # type: ignore[arg-type]
    }


async def test_a_subscription_flow_put_over_rest_is_listed_and_drawn(server: Server) -> None:
    flow = {
        "kind": "subscription",
        "name": "notify",
        "steps": [{"id": "log_it", "on": "caption.*", "type": "log"}],
    }
    async with server.session.put(server.api("/flows/notify"), json=flow) as resp:
        assert resp.status == 201, await resp.text()
    async with server.session.get(server.api("/flows")) as resp:
        names = {f["name"]: f["kind"] for f in (await resp.json())["flows"]}
    assert names["notify"] == "subscription"
    async with server.session.get(server.api("/flows/notify/graph")) as resp:
        assert resp.status == 200
        assert '["on caption.*"]' in (await resp.json())["graph"]
    async with server.session.get(server.api("/flows/notify/graph?kind=pipeline")) as resp:
        assert resp.status == 404
