from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import BaseModel

from flows import ReactiveFlow

from .helpers import Server

FLOW: dict[str, Any] = {
    "name": "captions",
    "inputs": {"user_id": "u1", "content": "Fresh coffee and croissants in Paris this morning"},
    "computations": [
        {"name": "prefs", "function": "get_preferences", "depends_on": ["user_id"]},
        {"name": "caption", "function": "generate_caption", "depends_on": ["prefs", "content"]},
        {"name": "tags", "function": "hashtags", "depends_on": ["content"]},
        {"name": "words", "function": "word_count", "depends_on": ["caption"]},
    ],
}


async def test_create_and_compute(server: Server) -> None:
    status, body = await server.post("/reactive/create", FLOW)
    assert status == 201
    assert body["flow"] == "captions"
    assert body["order"].index("prefs") < body["order"].index("caption")
    assert sorted(body["inputs"]) == ["content", "user_id"]

    status, out = await server.post("/reactive/compute", {"flow": "captions", "target": "words"})
    assert status == 200
    assert out["recomputed"] == ["prefs", "caption", "words"]
    assert isinstance(out["value"], int)
    assert out["value"] > 5

    status, again = await server.post("/reactive/compute", {"flow": "captions", "target": "words"})
    assert again["recomputed"] == []
    assert again["value"] == out["value"]

    status, tags = await server.post(
        "/reactive/compute",
        {"flow": "captions", "target": "tags", "inputs": {"content": "Tacos tacos beach"}},
    )
    assert status == 200
    assert tags["value"] == ["#tacos", "#beach"]
    assert tags["recomputed"] == ["tags"]


async def test_unknown_function_is_422_naming_it(server: Server) -> None:
    flow = {**FLOW, "computations": [{"name": "x", "function": "telepathy", "depends_on": []}]}
    status, body = await server.post("/reactive/create", flow)
    assert status == 422
    assert "telepathy" in body["detail"]
    assert "word_count" in body["detail"]


async def test_unknown_dependency_is_422_naming_it(server: Server) -> None:
    flow = {
        **FLOW,
        "computations": [{"name": "w", "function": "word_count", "depends_on": ["missing"]}],
    }
    status, body = await server.post("/reactive/create", flow)
    assert status == 422
    assert "'missing'" in body["detail"]
    assert "captions" not in server.svc.manager.reactive_flows


async def test_cycle_is_422_naming_it(server: Server) -> None:
    flow = {
        "name": "loop",
        "computations": [
            {"name": "a", "function": "word_count", "depends_on": ["b"]},
            {"name": "b", "function": "word_count", "depends_on": ["a"]},
        ],
    }
    status, body = await server.post("/reactive/create", flow)
    assert status == 422
    assert "cycle" in body["detail"]
    assert "a -> b" in body["detail"] or "b -> a" in body["detail"]


async def test_compute_unknown_flow_or_target_is_404(server: Server) -> None:
    status, _ = await server.post("/reactive/compute", {"flow": "nope", "target": "x"})
    assert status == 404
    await server.post("/reactive/create", FLOW)
    status, body = await server.post("/reactive/compute", {"flow": "captions", "target": "zzz"})
    assert status == 404
    assert "zzz" in body["detail"]


async def test_setting_a_computation_as_input_is_422(server: Server) -> None:
    await server.post("/reactive/create", FLOW)
    status, body = await server.post(
        "/reactive/compute", {"flow": "captions", "target": "words", "inputs": {"caption": "x"}}
    )
    assert status == 422
    assert "caption" in body["detail"]


class NoParams(BaseModel):
    """No parameters."""


def _explode_value(text: Any) -> int:
    msg = f"cannot score {text!r}"
    raise ValueError(msg)


def _explode_type(text: Any) -> int:
    return len(text) + "x"  # type: ignore[operator]


@pytest.mark.parametrize(
    ("fn", "error"), [(_explode_value, "ValueError"), (_explode_type, "TypeError")]
)
async def test_a_computation_that_raises_is_422_naming_it(
    server: Server, fn: Callable[[Any], int], error: str
) -> None:
    # a plugin's function, registered in the service's one registry
    server.svc.manager.registry.register(
        "explode", "reactive", NoParams, lambda _p, _ctx: fn, "raises"
    )
    flow = {
        "name": "r",
        "inputs": {"text": "hello"},
        "computations": [
            {"name": "score", "function": "explode", "depends_on": ["text"]},
            {"name": "words", "function": "word_count", "depends_on": ["score"]},
        ],
    }
    status, _ = await server.post("/reactive/create", flow)
    assert status == 201
    async with server.session.post(
        server.api("/reactive/compute"), json={"flow": "r", "target": "words"}
    ) as resp:
        assert resp.status == 422
        assert resp.content_type == "application/problem+json"
        body = await resp.json(content_type=None)
    assert body["computation"] == "score"
    assert "computation 'score'" in body["detail"]
    assert error in body["detail"]


async def test_create_builds_the_graph_once_and_disposes_a_rejected_draft(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    added: list[str] = []
    disposed: list[str] = []
    add, dispose = ReactiveFlow.add_computation, ReactiveFlow.dispose

    def counting_add(self: ReactiveFlow, name: str, *args: Any, **kwargs: Any) -> ReactiveFlow:
        added.append(name)
        return add(self, name, *args, **kwargs)

    def counting_dispose(self: ReactiveFlow) -> None:
        disposed.append(self.name)
        dispose(self)

    monkeypatch.setattr(ReactiveFlow, "add_computation", counting_add)
    monkeypatch.setattr(ReactiveFlow, "dispose", counting_dispose)
    status, _ = await server.post("/reactive/create", FLOW)
    assert status == 201
    assert added == [c["name"] for c in FLOW["computations"]]
    assert disposed == []  # the checked graph is the one registered
    status, _ = await server.post(
        "/reactive/create",
        {
            "name": "loop",
            "computations": [
                {"name": "a", "function": "word_count", "depends_on": ["b"]},
                {"name": "b", "function": "word_count", "depends_on": ["a"]},
            ],
        },
    )
    assert status == 422
    assert disposed == ["loop"]
    assert "loop" not in server.svc.manager.reactive_flows
