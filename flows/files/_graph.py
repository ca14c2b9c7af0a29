"""Drawing flows: Mermaid (``flowchart`` / ``stateDiagram-v2``) or Graphviz DOT.

Pipelines and streams are stage chains, reactive flows DAGs (dependency → node),
state machines state diagrams, subscriptions event → handler edges.
"""

from __future__ import annotations

import itertools
import re
from typing import Literal

from ._schema import (
    FlowSpec,
    PipelineDef,
    PipelineStep,
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
    elif isinstance(flow, SubscriptionDef):
        for s in flow.steps:
            event = f"event_{_nid(s.on)}"
            if (event, f"on {s.on}") not in nodes:
                nodes.append((event, f"on {s.on}"))
            nodes.append((_nid(s.id), f"{s.id}: {s.type}"))
            edges.append((event, _nid(s.id), ""))
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
        lines += [f"  {a} -> {b};" for a, b, _ in edges]
        return "\n".join([*lines, "}"])
    lines = ["flowchart LR"]
    lines += [f'  {n}["{label}"]' for n, label in nodes]
    lines += [f"  {a} --> {b}" for a, b, _ in edges]
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
