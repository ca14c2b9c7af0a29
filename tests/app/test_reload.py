"""Hot reload of config/flows: only the edited file's flows change, broken edits are refused.

The watcher's ``check_once()`` is called directly (``reload_interval=0``), except in
the one test of the background task, which waits on a condition, never a sleep.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.flowfiles._catalog import FLOW_FILES
from app.flowfiles._reload import FlowFileWatcher

from .helpers import Server, make_settings, read_events, start_server, stop_server, until

ALPHA = "kind: stream\nname: alpha\nmax_buffer_size: 100\n"
BETA = """\
kind: pipeline
name: beta
steps:
  - id: hello
    type: template
    field: greeting
    template: "hello {user}"
"""
RELAY = """\
kind: subscription
name: relay
steps:
  - {id: again, on: ping, type: publish, event: pong}
"""


@dataclass
class Served:
    srv: Server
    dir: Path

    @property
    def watcher(self) -> FlowFileWatcher:
        watcher = self.srv.app[FLOW_FILES].watcher
        assert isinstance(watcher, FlowFileWatcher)
        return watcher

    def write(self, name: str, text: str) -> str:
        path = self.dir / name
        path.write_text(text)
        return str(path)

    async def greet(self, user: str) -> Any:
        status, body = await self.srv.post(
            "/pipelines/execute", {"pipeline": "beta", "data": {"user": user}}
        )
        assert status == 200, body
        return body["result"]["greeting"]

    async def get(self, path: str) -> tuple[int, Any]:
        async with self.srv.session.get(f"{self.srv.url}{path}") as resp:
            return resp.status, await resp.json(content_type=None)


async def _serve(tmp_path: Path, interval: float) -> Served:
    flows = tmp_path / "flows"
    flows.mkdir()
    for name, text in (("alpha.yaml", ALPHA), ("beta.yaml", BETA), ("relay.yaml", RELAY)):
        (flows / name).write_text(text)
    settings = make_settings(
        flows_dir=str(flows), state_dir=str(tmp_path / "state"), reload_interval=interval
    )
    return Served(await start_server(settings), flows)


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Served]:
    out = await _serve(tmp_path, 0)
    try:
        yield out
    finally:
        await stop_server(out.srv)


async def test_an_edit_replaces_only_that_files_flows(served: Served) -> None:
    manager = served.srv.svc.manager
    beta, alpha = manager.pipelines["beta"], manager.streams["alpha"]
    assert not served.watcher.running  # interval 0: no background task
    assert await served.watcher.check_once() == []  # nothing changed since startup
    file = served.write("beta.yaml", BETA.replace("hello {user}", "hi {user}"))
    (result,) = await served.watcher.check_once()
    assert (result.file, result.ok, result.flows, result.removed) == (file, True, ("beta",), ())
    assert manager.pipelines["beta"] is not beta
    assert await served.greet("ana") == "hi ana"
    assert manager.streams["alpha"] is alpha
    assert not alpha.closed
    served.write("beta.yaml", BETA.replace("hello {user}", "hi {user}"))  # same content
    assert await served.watcher.check_once() == []


async def test_a_reloaded_subscription_is_not_doubled(served: Served) -> None:
    bus = served.srv.svc.manager.event_bus
    count = len(bus.subscriptions)
    pongs: list[Any] = []
    bus.subscribe("pong*", pongs.append)
    served.write("relay.yaml", RELAY.replace("event: pong", "event: pong2"))
    (result,) = await served.watcher.check_once()
    assert result.ok
    assert len(bus.subscriptions) == count + 1  # the relay's one, plus ours
    await bus.publish("ping", 1)
    await bus.drain()
    assert pongs == [1]


async def test_a_broken_edit_is_rejected_and_the_old_flow_keeps_running(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, "captionflow.flows")
    beta = served.srv.svc.manager.pipelines["beta"]
    file = served.write("beta.yaml", BETA.replace("type: template", "type: templte"))
    (result,) = await served.watcher.check_once()
    assert not result.ok
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.column, problem.flow, problem.step) == (
        file,
        5,
        11,
        "beta",
        "hello",
    )
    assert problem.hint == "did you mean 'template'?"
    assert f"{file}:5:11: beta/hello: unknown step type 'templte'" in caplog.text
    assert served.srv.svc.manager.pipelines["beta"] is beta
    assert await served.greet("bo") == "hello bo"

    status, body = await served.get("/api/v14/async-flows/flows/beta")
    assert status == 200
    reload = body["status"]["reload"]
    assert (reload["ok"], reload["file"], reload["errors"][0]["line"]) == (False, file, 5)
    status, body = await served.get("/ready")
    details = body["details"]["flow_reload"]
    assert (status, details["last"]["ok"], details["failing"][0]["file"]) == (200, False, file)
    assert details["failing"][0]["errors"][0]["step"] == "hello"

    served.write("beta.yaml", BETA.replace("hello {user}", "fixed {user}"))
    (result,) = await served.watcher.check_once()
    assert result.ok
    assert await served.greet("bo") == "fixed bo"
    _, body = await served.get("/ready")
    assert body["details"]["flow_reload"]["failing"] == []


async def test_sse_clients_of_other_flows_stay_connected_across_a_reload(
    served: Served,
) -> None:
    srv = served.srv
    url = srv.api("/streams/consume/alpha")
    async with srv.session.get(url, headers={"Accept": "text/event-stream"}) as resp:
        assert resp.status == 200
        status, _ = await srv.post("/streams/produce", {"stream": "alpha", "items": [1]})
        assert status == 202
        assert [e.json for e in await read_events(resp, 1)] == [1]
        clients = srv.svc.hub.count()
        served.write("beta.yaml", BETA.replace("hello {user}", "hi {user}"))
        served.write("relay.yaml", RELAY.replace("event: pong", "event: pong2"))
        results = await served.watcher.check_once()
        assert [r.ok for r in results] == [True, True]
        status, _ = await srv.post("/streams/produce", {"stream": "alpha", "items": [2, 3]})
        assert status == 202
        assert [e.json for e in await read_events(resp, 2)] == [2, 3]
        assert srv.svc.hub.count() == clients


async def test_a_deleted_file_removes_its_flows_and_a_new_file_adds_them(served: Served) -> None:
    manager = served.srv.svc.manager
    (served.dir / "beta.yaml").unlink()
    served.write("gamma.yaml", BETA.replace("name: beta", "name: gamma"))
    removed, added = await served.watcher.check_once()  # removals first
    assert (removed.ok, removed.removed) == (True, ("beta",))
    assert (added.ok, added.flows) == (True, ("gamma",))
    assert "beta" not in manager.pipelines
    assert "gamma" in manager.pipelines
    status, _ = await served.get("/api/v14/async-flows/flows/beta")
    assert status == 404
    (served.dir / "alpha.yaml").unlink()
    alpha = manager.streams["alpha"]
    (removed,) = await served.watcher.check_once()
    assert removed.removed == ("alpha",)
    assert alpha.closed


async def test_a_file_may_not_take_another_files_flow_name(served: Served) -> None:
    beta = served.srv.svc.manager.pipelines["beta"]
    served.write("copy.yaml", BETA)
    (result,) = await served.watcher.check_once()
    assert not result.ok
    assert "flow name 'beta' is already used by" in result.errors[0].message
    assert served.srv.svc.manager.pipelines["beta"] is beta


async def test_a_flow_may_move_to_another_file(served: Served) -> None:
    served.write("aaa.yaml", BETA.replace("hello {user}", "moved {user}"))
    served.write("beta.yaml", BETA.replace("name: beta", "name: delta"))
    results = await served.watcher.check_once()
    assert [(r.ok, r.flows) for r in results] == [(True, ("beta",)), (True, ("delta",))]
    assert await served.greet("ed") == "moved ed"
    assert "delta" in served.srv.svc.manager.pipelines


async def test_a_flow_replaced_over_rest_is_left_alone_by_its_file(served: Served) -> None:
    srv = served.srv
    body = BETA.replace("hello {user}", "rest {user}")
    headers = {"Content-Type": "application/yaml"}
    async with srv.session.put(srv.api("/flows/beta"), data=body, headers=headers) as resp:
        assert resp.status == 200
    served.write("beta.yaml", BETA.replace("hello {user}", "file {user}"))
    (result,) = await served.watcher.check_once()
    assert (result.ok, result.flows) == (True, ())
    assert await served.greet("cy") == "rest cy"
    (served.dir / "beta.yaml").unlink()
    await served.watcher.check_once()
    assert await served.greet("cy") == "rest cy"


async def test_the_background_watcher_reloads_by_itself(tmp_path: Path) -> None:
    served = await _serve(tmp_path, 0.01)
    try:
        assert served.watcher.running
        beta = served.srv.svc.manager.pipelines["beta"]
        served.write("beta.yaml", BETA.replace("hello {user}", "auto {user}"))
        await until(lambda: served.srv.svc.manager.pipelines["beta"] is not beta)
        assert await served.greet("di") == "auto di"
        _, body = await served.get("/ready")
        assert body["details"]["flow_reload"]["watching"] is True
    finally:
        await stop_server(served.srv)
    assert not served.watcher.running
