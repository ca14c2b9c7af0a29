"""The web console: ``GET /`` and its static assets, plus the graph of a live flow.

::

    GET /                                       the console page (app/console/index.html)
    GET /console/config.json                    {"auth": bool}: whether to ask for the key
    GET /console/...                            its scripts, styles and vendored Mermaid
    GET /api/v14/async-flows/flows/{name}/graph ?format=mermaid|dot&kind=...
        → {"name", "kind", "format", "state", "graph"}

The graph comes from the same export as ``captionflow graph`` (``flows.render_graph``):
a running flow is turned back into the definition a flow file would hold
(``live_definition``), then drawn; a state machine's current state is highlighted
(Mermaid ``classDef`` + ``class``, DOT ``style=filled``). A subscription flow (event-bus
subscriptions declared in a flow file or over REST) is drawn from its definition.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal, cast

from aiohttp import web
from pydantic import BaseModel, Field

from flows import (
    FlowManager,
    FlowNotFoundError,
    FlowSpec,
    GraphFormat,
    Pipeline,
    PipelineDef,
    ReactiveDef,
    ReactiveFlow,
    StateMachine,
    StateMachineDef,
    StreamDef,
    YamlDocument,
    render_graph,
)
from flows.backends import StreamLike
from flows.files import PipelineStep, ReactiveStep, TransitionDef

from .._ops import API_PREFIX, Operation
from .._problems import ProblemError
from .._state import services
from ..flowfiles import FLOW_FILES

__all__ = [
    "CONSOLE_DIR",
    "OPERATIONS",
    "GraphResponse",
    "console_routes",
    "live_definition",
    "live_graph",
]

CONSOLE_DIR = Path(__file__).parent.parent / "console"
"""The console's static files (packaged with ``app``)."""

FlowKind = Literal["pipeline", "stream", "reactive", "state_machine", "subscription"]
_KINDS: tuple[FlowKind, ...] = ("pipeline", "stream", "reactive", "state_machine", "subscription")
_FORMATS: tuple[GraphFormat, ...] = ("mermaid", "dot")
LiveFlow = Pipeline | StreamLike | ReactiveFlow | StateMachine
"""A registered flow (a stream may be any backend's stream)."""
_CURRENT_STYLE = "fill:#ffd54f,stroke:#b26a00,stroke-width:3px,color:#000"


class GraphResponse(BaseModel):
    """A flow's diagram, as ``captionflow graph`` draws it."""

    name: str = Field(..., description="the flow's name")
    kind: FlowKind = Field(
        ..., description="pipeline, stream, reactive, state_machine or subscription"
    )
    format: GraphFormat = Field(..., description="mermaid or dot")
    state: str | None = Field(None, description="a state machine's current (highlighted) state")
    graph: str = Field(..., description="the diagram source")


def _label(text: str) -> str:
    """Diagram labels are quoted in both formats: keep quotes and brackets out."""
    return re.sub(r'["\[\]{}<>]', "'", text)


def _pipeline_def(pipeline: Pipeline) -> PipelineDef:
    steps = [
        PipelineStep.model_construct(
            id=_label(stage.name),
            type=_label(getattr(stage.fn, "__name__", stage.name)),
            config={
                k: _label(str(v)) for k, v in stage.config.model_dump(exclude_defaults=True).items()
            },
            wrap=[],
        )
        for stage in pipeline.stages
    ]
    return PipelineDef.model_construct(kind="pipeline", name=_label(pipeline.name), steps=steps)


def _reactive_def(flow: ReactiveFlow) -> ReactiveDef:
    info = flow.describe()
    steps = [
        ReactiveStep.model_construct(
            id=c["name"], type="cached" if c["cached"] else "lazy", depends_on=c["depends_on"]
        )
        for c in info["computations"]
    ]
    return ReactiveDef.model_construct(
        kind="reactive", name=_label(flow.name), inputs=dict(info["inputs"]), steps=steps
    )


def _machine_def(machine: StateMachine) -> StateMachineDef:
    info = machine.describe()
    transitions = [
        TransitionDef.model_construct(source=t["source"], target=t["target"], on=t["event"])
        for t in info["transitions"]
    ]
    return StateMachineDef.model_construct(
        kind="state_machine",
        name=_label(machine.name),
        initial=machine.initial,
        states=list(info["states"]),
        transitions=transitions,
    )


def live_definition(flow: LiveFlow) -> PipelineDef | StreamDef | ReactiveDef | StateMachineDef:
    """The flow-file definition a running flow corresponds to (for drawing only)."""
    if isinstance(flow, Pipeline):
        return _pipeline_def(flow)
    if isinstance(flow, ReactiveFlow):
        return _reactive_def(flow)
    if isinstance(flow, StateMachine):
        return _machine_def(flow)
    return StreamDef.model_construct(kind="stream", name=_label(flow.name), steps=[])


def live_graph(flow: LiveFlow, fmt: GraphFormat = "mermaid") -> str:
    """``flow`` drawn by ``flows.render_graph``; a state machine's current state highlighted."""
    spec = FlowSpec(flow=live_definition(flow), doc=YamlDocument("<live>", None), loc=())
    graph = render_graph(spec, fmt)
    if not isinstance(flow, StateMachine):
        return graph
    state = flow.state
    if fmt == "mermaid":
        return f"{graph}\n  classDef current {_CURRENT_STYLE}\n  class {state} current"
    node = re.sub(r"[^A-Za-z0-9_]", "_", state)
    body = graph.removesuffix("}")
    return f'{body}  {node} [style=filled, fillcolor="#ffd54f", penwidth=3];\n}}'


def _find(
    manager: FlowManager, subscriptions: dict[str, FlowSpec], name: str, kind: FlowKind | None
) -> tuple[FlowKind, LiveFlow | FlowSpec]:
    """The flow named ``name`` (of ``kind``): a live flow, or a subscription flow's spec
    (its subscriptions live on the event bus; the spec is what draws them)."""
    registries: dict[FlowKind, dict[str, Any]] = {
        "pipeline": manager.pipelines,
        "stream": manager.streams,
        "reactive": manager.reactive_flows,
        "state_machine": manager.state_machines,
        "subscription": subscriptions,
    }
    for k in (kind,) if kind else _KINDS:
        found = registries[k].get(name)
        if found is not None:
            return k, found
    known = [n for k in ((kind,) if kind else _KINDS) for n in registries[k]]
    raise FlowNotFoundError(kind.replace("_", " ") if kind else "flow", name, known)


def _choice(key: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        detail = f"{key} must be one of {', '.join(allowed)}, got {value!r}"
        raise ProblemError(400, "Bad parameter", detail, errors=[{"loc": key, "msg": detail}])
    return value


async def flow_graph(request: web.Request) -> web.Response:
    """GET /flows/{name}/graph: the flow's diagram (Mermaid or DOT)."""
    manager = services(request).manager
    query = request.query
    fmt = cast(GraphFormat, _choice("format", query.get("format", "mermaid"), _FORMATS))
    wanted = query.get("kind")  # given but empty is a mistake, not "any kind"
    kind = cast(FlowKind, _choice("kind", wanted, _KINDS)) if wanted is not None else None
    catalog = request.app.get(FLOW_FILES)
    subscriptions = {
        name: declared.spec
        for name, declared in (catalog.declared.items() if catalog is not None else ())
        if declared.spec.kind == "subscription"
    }
    found_kind, flow = _find(manager, subscriptions, request.match_info["name"], kind)
    if isinstance(flow, FlowSpec):  # a subscription flow: drawn as `captionflow graph` does
        out = GraphResponse(
            name=flow.name, kind=found_kind, format=fmt, graph=render_graph(flow, fmt)
        )
    else:
        out = GraphResponse(
            name=flow.name,
            kind=found_kind,
            format=fmt,
            state=flow.state if isinstance(flow, StateMachine) else None,
            graph=live_graph(flow, fmt),
        )
    return web.json_response(out.model_dump())


async def _index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(CONSOLE_DIR / "index.html", headers={"Cache-Control": "no-cache"})


async def _config(request: web.Request) -> web.Response:
    # open, so the page can ask for the key before its first API call (no 401 on load)
    return web.json_response({"auth": bool(services(request).settings.api_key)})


def console_routes() -> list[web.AbstractRouteDef]:
    """``GET /`` (the page), ``/console/config.json`` and ``/console/`` (its assets)."""
    return [
        web.get("/", _index),
        web.get("/console/config.json", _config),
        web.static("/console", CONSOLE_DIR),
    ]


OPERATIONS = [
    Operation(
        "GET",
        f"{API_PREFIX}/flows/{{name}}/graph",
        flow_graph,
        "A live flow's graph (Mermaid or DOT, current state highlighted)",
        "system",
        response=GraphResponse,
        query=(
            ("format", "mermaid (default) or dot", {"type": "string", "enum": list(_FORMATS)}),
            ("kind", "when names clash across kinds", {"type": "string", "enum": list(_KINDS)}),
        ),
    ),
]
