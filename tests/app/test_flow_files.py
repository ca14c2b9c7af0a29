"""The service loads config/flows at startup; create endpoints build from the YAML."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app import create_app
from app.flowfiles._setup import FLOW_FILES
from flows import FlowFileError

from .helpers import Server, make_settings, start_server, stop_server

FLOWS = Path(__file__).resolve().parents[2] / "config" / "flows"


@pytest.fixture
async def served() -> AsyncIterator[Server]:
    srv = await start_server(make_settings(flows_dir=str(FLOWS)))
    try:
        yield srv
    finally:
        await stop_server(srv)


async def test_the_shipped_flows_are_installed_at_startup(served: Server) -> None:
    manager = served.svc.manager
    assert "caption_generation" in manager.pipelines
    assert "real_time_captions" in manager.streams
    assert "dynamic_captions" in manager.reactive_flows
    assert "caption_workflow" in manager.state_machines
    assert len(manager.event_bus.subscriptions) == 3
    status, body = await served.post(
        "/pipelines/execute",
        {"pipeline": "caption_generation", "data": {"content": "Lake at dawn", "user_id": "u1"}},
    )
    assert status == 200
    assert [t["stage"] for t in body["trace"]][-1] == "cache_result"


async def test_create_pipeline_builds_from_the_yaml_definition(served: Server) -> None:
    files = served.app[FLOW_FILES]
    assert "caption_generation" in files.specs
    status, body = await served.post("/pipelines/caption-generation", {"name": "mine"})
    assert status == 201
    assert body == {
        "pipeline": "mine",
        "stages": [
            "validate_content",
            "load_ai_model",
            "generate_caption",
            "post_process",
            "cache_result",
        ],
    }
    generate = served.svc.manager.get_pipeline("mine").stages[2]
    assert (generate.config.timeout, generate.config.retries) == (10.0, 3)
    status, body = await served.post("/pipelines/caption-generation", {"name": "mine"})
    assert status == 409
    # named stages: the file's steps, in the order given
    status, body = await served.post(
        "/pipelines/caption-generation", {"name": "short", "stages": ["validate_content"]}
    )
    assert (status, body["stages"]) == (201, ["validate_content"])


async def test_config_is_laid_over_the_flow_files_stage_settings(served: Server) -> None:
    # caption_generation.yaml gives generate_caption {timeout: 10, retries: 3,
    # circuit_breaker: true}; a request's config changes what it names and keeps the rest
    body = {"name": "tuned", "config": {"generate_caption": {"retries": 1}}}
    status, _ = await served.post("/pipelines/caption-generation", body)
    assert status == 201
    stages = {s.name: s.config for s in served.svc.manager.get_pipeline("tuned").stages}
    assert stages["generate_caption"].retries == 1
    assert stages["generate_caption"].timeout == 10.0
    assert stages["generate_caption"].circuit_breaker is True
    assert stages["post_process"].circuit_breaker is False


async def test_named_stages_keep_the_flow_files_settings(served: Server) -> None:
    body = {"name": "two", "stages": ["validate_content", "generate_caption"]}
    status, _ = await served.post("/pipelines/caption-generation", body)
    assert status == 201
    stages = served.svc.manager.get_pipeline("two").stages
    assert [s.name for s in stages] == ["validate_content", "generate_caption"]
    assert stages[1].config.timeout == 10.0
    assert stages[1].config.circuit_breaker is True


async def test_create_state_machine_builds_from_the_yaml_definition(served: Server) -> None:
    status, body = await served.post("/state-machines/caption-workflow", {"name": "wf"})
    assert status == 201
    assert body["state"] == "idle"
    assert body["allowed_events"] == ["start"]
    status, _ = await served.post("/state-machines/caption-workflow", {"name": "wf"})
    assert status == 409
    status, body = await served.post("/state-machines/trigger", {"machine": "wf", "event": "start"})
    assert (status, body["state"]) == (200, "validating")


async def test_a_caption_request_event_is_answered(served: Server) -> None:
    got: list[object] = []
    served.svc.manager.event_bus.subscribe("caption_completed", got.append)
    status, _ = await served.post(
        "/events/publish", {"type": "caption_request", "data": {"content": "Hi", "user_id": "u"}}
    )
    assert status == 202
    await served.svc.manager.event_bus.drain()
    assert len(got) == 1


def test_an_invalid_flow_file_stops_the_start(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("kind: pipeline\nname: p\nsteps:\n  - {id: a, type: nope}\n")
    with pytest.raises(FlowFileError) as caught:
        create_app(make_settings(flows_dir=str(tmp_path)))
    assert caught.value.first.line == 4


def test_no_flows_dir_means_no_definitions(tmp_path: Path) -> None:
    app = create_app(make_settings(flows_dir=str(tmp_path / "missing")))
    assert app[FLOW_FILES].specs == {}
