from __future__ import annotations

import asyncio
import json
from typing import Any

from pydantic import BaseModel

from .helpers import Server


class _NoParams(BaseModel):
    """No parameters."""


def register_stage(server: Server, name: str, fn: Any) -> None:
    """A plugin stage, registered in the running service's one component registry."""
    server.svc.manager.registry.register(name, "stage", _NoParams, lambda _p, _c: fn, name)


CONTENT = "Sunset hike at the lake with my dog. The lake was calm and the dog loved it."


async def test_create_default_pipeline(server: Server) -> None:
    status, body = await server.post("/pipelines/caption-generation", {"name": "cap"})
    assert status == 201
    assert body == {
        "pipeline": "cap",
        "stages": [
            "validate_content",
            "load_ai_model",
            "generate_caption",
            "post_process",
            "cache_result",
        ],
    }
    assert "cap" in server.svc.manager.pipelines


async def test_create_without_body_generates_a_name(server: Server) -> None:
    async with server.session.post(server.api("/pipelines/caption-generation")) as resp:
        assert resp.status == 201
        body = await resp.json()
    assert body["pipeline"].startswith("caption-generation-")


async def test_execute_returns_caption_and_trace(server: Server) -> None:
    await server.post("/pipelines/caption-generation", {"name": "cap"})
    data = {"content": CONTENT, "user_id": "u1"}
    status, body = await server.post("/pipelines/execute", {"pipeline": "cap", "data": data})
    assert status == 200
    result = body["result"]
    assert result["engine"] == "offline"
    assert result["cached"] is False
    assert "lake" in result["keywords"]
    assert 0 < len(result["hashtags"]) <= 5
    assert result["caption"].endswith(" ".join(result["hashtags"]))
    assert next(t["stage"] for t in body["trace"]) == "validate_content"
    assert all(t["status"] == "ok" and t["attempts"] == 1 for t in body["trace"])
    assert body["duration_ms"] >= 0

    status, again = await server.post("/pipelines/execute", {"pipeline": "cap", "data": data})
    assert status == 200
    assert again["result"]["cached"] is True
    assert again["result"]["caption"] == result["caption"]


async def test_custom_stages_and_per_stage_config(server: Server) -> None:
    body = {
        "name": "short",
        "stages": ["validate_content", "generate_caption"],
        "config": {"retries": 1, "generate_caption": {"timeout": 2}},
    }
    status, _out = await server.post("/pipelines/caption-generation", body)
    assert status == 201
    stages = server.svc.manager.get_pipeline("short").stages
    assert [s.name for s in stages] == ["validate_content", "generate_caption"]
    assert stages[0].config.retries == 1
    assert stages[1].config.timeout == 2


async def test_unknown_stage_is_422_naming_it(server: Server) -> None:
    status, body = await server.post(
        "/pipelines/caption-generation", {"stages": ["validate_content", "summon_llm"]}
    )
    assert status == 422
    assert "summon_llm" in body["detail"]
    assert "generate_caption" in body["detail"]


async def test_duplicate_stage_is_422(server: Server) -> None:
    status, body = await server.post(
        "/pipelines/caption-generation", {"stages": ["post_process", "post_process"]}
    )
    assert status == 422
    assert "post_process" in body["detail"]


async def test_bad_stage_config_names_the_field(server: Server) -> None:
    status, body = await server.post(
        "/pipelines/caption-generation",
        {"name": "bad", "config": {"post_process": {"retries": -1}}},
    )
    assert status == 422
    assert body["errors"][0]["loc"] == "config.post_process.retries"
    assert "bad" not in server.svc.manager.pipelines


async def test_unknown_config_key_is_422(server: Server) -> None:
    status, body = await server.post("/pipelines/caption-generation", {"config": {"retires": 3}})
    assert status == 422
    assert "retires" in body["detail"]


async def test_execute_unknown_pipeline_is_404(server: Server) -> None:
    await server.post("/pipelines/caption-generation", {"name": "cap"})
    status, body = await server.post("/pipelines/execute", {"pipeline": "capp", "data": {}})
    assert status == 404
    assert body["title"] == "Not found"
    assert body["detail"] == "no pipeline named 'capp'; did you mean 'cap'?"


async def test_bad_content_is_422_with_trace(server: Server) -> None:
    await server.post("/pipelines/caption-generation", {"name": "cap"})
    status, body = await server.post(
        "/pipelines/execute", {"pipeline": "cap", "data": {"content": "x" * 2201}}
    )
    assert status == 422
    assert body["stage"] == "validate_content"
    assert "2201" in body["detail"]
    assert body["trace"][0]["status"] == "failed"


async def test_missing_data_is_422(server: Server) -> None:
    status, body = await server.post("/pipelines/execute", {"pipeline": "cap"})
    assert status == 422
    assert body["errors"] == [{"loc": "data", "msg": "Field required", "type": "missing"}]


async def test_bad_content_after_retries_is_still_422(server: Server) -> None:
    await server.post(
        "/pipelines/caption-generation",
        {"name": "cap", "config": {"validate_content": {"retries": 1, "retry_delay": 0}}},
    )
    status, body = await server.post(
        "/pipelines/execute", {"pipeline": "cap", "data": {"content": "x" * 2201}}
    )
    assert status == 422
    assert body["title"] == "Stage rejected input"
    assert body["trace"][0]["attempts"] == 2


async def test_a_stage_that_times_out_after_retries_is_504(server: Server) -> None:
    never = asyncio.Event()

    async def stuck(item: Any) -> Any:
        await never.wait()
        return item

    register_stage(server, "stuck", stuck)
    config = {"stuck": {"timeout": 0.01, "retries": 1, "retry_delay": 0}}
    status, _ = await server.post(
        "/pipelines/caption-generation", {"name": "slow", "stages": ["stuck"], "config": config}
    )
    assert status == 201
    status, body = await server.post("/pipelines/execute", {"pipeline": "slow", "data": {}})
    assert status == 504
    assert body["title"] == "Stage timed out"
    assert body["stage"] == "stuck"


async def test_a_run_past_the_request_timeout_is_504_and_the_server_goes_on(
    server: Server,
) -> None:
    """The request's deadline (``request_timeout``, 0.5 s here) is the run's own limit:
    a stage with a longer timeout of its own is cut at it, and not retried."""
    never = asyncio.Event()
    calls = 0

    async def patient(item: Any) -> Any:
        nonlocal calls
        calls += 1
        await never.wait()
        return item

    register_stage(server, "patient", patient)
    config = {"patient": {"timeout": 60, "retries": 2, "retry_delay": 0}}
    await server.post(
        "/pipelines/caption-generation", {"name": "pat", "stages": ["patient"], "config": config}
    )
    status, body = await server.post("/pipelines/execute", {"pipeline": "pat", "data": {}})
    assert status == 504
    assert body["title"] == "Request timed out"
    assert calls == 1
    status, body = await server.post("/pipelines/execute", {"pipeline": "nope", "data": {}})
    assert status == 404


async def test_a_stage_entering_asyncio_timeout_fails_the_stage_not_the_request(
    server: Server,
) -> None:
    """Issue 13's reproduction: a plugin stage that enters ``asyncio.timeout`` before
    its first await used to cancel the request's task (a dropped connection)."""
    never = asyncio.Event()

    async def impatient(item: Any) -> Any:
        async with asyncio.timeout(0.01):
            await never.wait()
        return item

    register_stage(server, "impatient", impatient)
    await server.post("/pipelines/caption-generation", {"name": "imp", "stages": ["impatient"]})
    status, body = await server.post("/pipelines/execute", {"pipeline": "imp", "data": {}})
    assert status == 504
    assert body["title"] == "Stage timed out"
    assert body["stage"] == "impatient"
    assert "TimeoutError" in body["detail"]
    async with server.session.get(f"{server.url}/health") as resp:
        assert resp.status == 200


async def test_a_result_with_no_json_form_is_502_naming_the_pipeline(server: Server) -> None:
    class Opaque:
        pass

    async def opaque(item: Any) -> dict[str, Any]:
        return {"value": Opaque()}

    register_stage(server, "opaque", opaque)
    await server.post("/pipelines/caption-generation", {"name": "odd", "stages": ["opaque"]})
    status, body = await server.post("/pipelines/execute", {"pipeline": "odd", "data": {}})
    assert status == 502
    assert body["title"] == "Result is not JSON"
    assert body["pipeline"] == "odd"
    assert "Opaque" in body["detail"]


async def test_non_finite_numbers_in_a_result_come_back_as_null(server: Server) -> None:
    async def ratio(item: Any) -> dict[str, Any]:
        return {"nan": float("nan"), "inf": float("inf"), "n": 1.5}

    register_stage(server, "ratio", ratio)
    await server.post("/pipelines/caption-generation", {"name": "ratio", "stages": ["ratio"]})
    async with server.session.post(
        server.api("/pipelines/execute"), json={"pipeline": "ratio", "data": {}}
    ) as resp:
        assert resp.status == 200
        assert resp.content_type == "application/json"
        text = await resp.text()
    assert "NaN" not in text  # strict JSON
    assert "Infinity" not in text
    assert json.loads(text)["result"] == {"nan": None, "inf": None, "n": 1.5}


class _Needs(BaseModel):
    """A parameter with no default."""

    greeting: str


async def test_a_stage_needing_parameters_is_422_naming_it(server: Server) -> None:
    server.svc.manager.registry.register(
        "greet", "stage", _Needs, lambda p, _c: lambda item: item, "needs a greeting"
    )
    status, body = await server.post(
        "/pipelines/caption-generation", {"name": "g", "stages": ["greet"]}
    )
    assert status == 422
    assert "greet" in body["detail"]
    assert "greeting" in body["detail"]
    assert "g" not in server.svc.manager.pipelines
