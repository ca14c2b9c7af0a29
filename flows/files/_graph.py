"""Drawing flows: Mermaid (``flowchart`` / ``stateDiagram-v2``) or Graphviz DOT.

Pipelines and streams are stage chains, reactive flows DAGs (dependency → node),
state machines state diagrams, subscriptions event → handler edges, processors
sources → steps (one operator each) → sinks, with joins and the late side output.
"""

from __future__ import annotations

import itertools
import re
from typing import Literal

from ._schema import (
    FlowSpec,
    PipelineDef,
    PipelineStep,
    ProcessorDef,
    ReactiveDef,
    StateMachineDef,
    StreamDef,
    SubscriptionDef,
)

__all__ = ["GraphFormat", "render_graph"]

GraphFormat = Literal["mermaid", "dot"]


def _nid(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def _stage_label(step: PipelineStep) -> str:
    extras = [w.type for w in step.wrap]
    extras += [f"{k}={v}" for k, v in step.config.items()]
    label = f"{step.id}: {step.type}" if step.id != step.type else step.id
    return label + (f" [{', '.join(extras)}]" if extras else "")


def _edges(spec: FlowSpec) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """Nodes (id, label) and edges (from, to, label) of a non-state-machine flow."""
    flow = spec.flow
    nodes: list[tuple[str, str]] = []
    edges: list[tuple[str, str, str]] = []
    if isinstance(flow, PipelineDef | StreamDef):
        nodes = [(_nid(s.id), _stage_label(s)) for s in flow.steps]
        if isinstance(flow, StreamDef):
            nodes.append((f"stream_{_nid(flow.name)}", f"stream {flow.name}"))
        nodes.insert(0, ("input", "input"))
        edges = [(a[0], b[0], "") for a, b in itertools.pairwise(nodes)]
    elif isinstance(flow, ReactiveDef):
        nodes = [(_nid(n), f"input {n}") for n in flow.inputs]
        nodes += [(_nid(s.id), f"{s.id}: {s.type}") for s in flow.steps]
        edges = [(_nid(d), _nid(s.id), "") for s in flow.steps for d in s.depends_on]
    elif isinstance(flow, ProcessorDef):
        nodes, edges = _processor_edges(flow)
    elif isinstance(flow, SubscriptionDef):
        for s in flow.steps:
            event = f"event_{_nid(s.on)}"
            if (event, f"on {s.on}") not in nodes:
                nodes.append((event, f"on {s.on}"))
            nodes.append((_nid(s.id), f"{s.id}: {s.type}"))
            edges.append((event, _nid(s.id), ""))
    return nodes, edges


def _processor_edges(
    flow: ProcessorDef,
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """Sources -> steps (one operator each; window + aggregate drawn as two) -> sinks."""
    nodes: list[tuple[str, str]] = []
    edges: list[tuple[str, str, str]] = []
    joined = {
        str(s.model_extra.get("with")) for s in flow.steps if s.model_extra and s.type == "join"
    }
    for s in flow.sources:
        what = f"stream {s.stream}" if s.stream else f"events {s.events}"
        nodes.append((f"source_{_nid(s.source_name)}", f"{s.source_name}: {what}"))
    prev: list[str] = [
        f"source_{_nid(s.source_name)}" for s in flow.sources if s.source_name not in joined
    ]
    for step in flow.steps:
        extras = dict(step.model_extra or {})
        detail = ", ".join(f"{k}={v}" for k, v in extras.items() if k != "with")
        nid = f"step_{_nid(step.id)}"
        nodes.append((nid, f"{step.id}: {step.type}" + (f" [{detail}]" if detail else "")))
        edges += [(p, nid, "") for p in prev]
        if step.type == "join":
            edges.append((f"source_{_nid(str(extras.get('with')))}", nid, "join"))
        prev = [nid]
    for i, sink in enumerate(flow.sinks):
        nid = f"sink_{i}"
        extra = f" on {sink.trigger}" if sink.trigger else ""
        nodes.append((nid, f"{sink.kind} {sink.target}{extra}"))
        edges += [(p, nid, "") for p in prev]
    side = flow.time.side_output
    if side is not None:
        nodes.append(("side_output", f"late: {side.kind} {side.target}"))
        edges += [
            (f"step_{_nid(s.id)}", "side_output", "late")
            for s in flow.steps
            if s.type in ("aggregate", "join")
        ]
    return nodes, edges


def render_graph(spec: FlowSpec, fmt: GraphFormat = "mermaid") -> str:
    """The flow as a Mermaid or DOT diagram."""
    flow = spec.flow
    if isinstance(flow, StateMachineDef):
        return _state_diagram(flow, fmt)
    nodes, edges = _edges(spec)
    if fmt == "dot":
        lines = [f'digraph "{flow.name}" {{', "  rankdir=LR;"]
        lines += [f'  {n} [label="{label}"];' for n, label in nodes]
        lines += [
            f'  {a} -> {b} [label="{label}"];' if label else f"  {a} -> {b};"
            for a, b, label in edges
        ]
        return "\n".join([*lines, "}"])
    lines = ["flowchart LR"]
    lines += [f'  {n}["{label}"]' for n, label in nodes]
    lines += [f"  {a} -->|{label}| {b}" if label else f"  {a} --> {b}" for a, b, label in edges]
    return "\n".join(lines)


def _state_diagram(flow: StateMachineDef, fmt: GraphFormat) -> str:
    finals = [s.name for s in flow.state_defs() if s.final]
    if fmt == "dot":
        lines = [f'digraph "{flow.name}" {{', "  rankdir=LR;", "  start [shape=point];"]
        for s in flow.state_defs():
            shape = "doublecircle" if s.final else "circle"
            lines.append(f'  {_nid(s.name)} [label="{s.name}", shape={shape}];')
        lines.append(f"  start -> {_nid(flow.initial)};")
        for tr in flow.transitions:
            guard = f" [{tr.guard.type}]" if tr.guard else ""
            lines.append(f'  {_nid(tr.source)} -> {_nid(tr.target)} [label="{tr.on}{guard}"];')
        return "\n".join([*lines, "}"])
    lines = ["stateDiagram-v2", f"  [*] --> {flow.initial}"]
    for tr in flow.transitions:
        guard = f" [{tr.guard.type}]" if tr.guard else ""
        lines.append(f"  {tr.source} --> {tr.target}: {tr.on}{guard}")
    lines += [f"  {name} --> [*]" for name in finals]
    return "\n".join(lines)
