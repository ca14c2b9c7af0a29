"""Graph checks of flow files: reactive dependencies and cycles, state machine shape."""

from __future__ import annotations

from typing import Any

from .._errors import CycleError, FlowConfigError
from .._problems import Problem, did_you_mean
from ..patterns import ReactiveFlow, StateMachine
from ._schema import ReactiveDef, StateMachineDef
from ._yaml import Loc, YamlDocument

__all__ = ["check_reactive", "check_state_machine"]


def _noop(*_args: Any) -> None:
    return None


def check_reactive(flow: ReactiveDef, doc: YamlDocument, loc: Loc) -> list[Problem]:
    """Unknown dependencies, names used twice, and cycles (named in order)."""
    problems: list[Problem] = []
    name = flow.name
    ids = [s.id for s in flow.steps]
    for i, step in enumerate(flow.steps):
        if step.id in flow.inputs:
            problems.append(
                doc.problem(
                    (*loc, "steps", i, "id"),
                    f"step id '{step.id}' is also an input name",
                    flow=name,
                    step=step.id,
                    hint="rename the step or the input",
                )
            )
    known = [*flow.inputs, *ids]
    for i, step in enumerate(flow.steps):
        for j, dep in enumerate(step.depends_on):
            if dep not in known:
                problems.append(
                    doc.problem(
                        (*loc, "steps", i, "depends_on", j),
                        f"depends on '{dep}', which is neither an input nor a step; "
                        f"expected one of {', '.join(known)}",
                        flow=name,
                        step=step.id,
                        hint=did_you_mean(dep, known) or "add it under inputs:",
                    )
                )
    if problems:
        return problems
    graph = ReactiveFlow(name)
    for key in flow.inputs:
        graph.add_input(key, None)
    for step in flow.steps:
        graph.add_computation(step.id, _noop, step.depends_on)
    try:
        graph.validate()
    except CycleError as error:
        cycle = error.cycle
        # data-flow order: cycle[k + 1] depends on cycle[k]; point at that dependency
        at = ids.index(cycle[1])
        dep_at = flow.steps[at].depends_on.index(cycle[0])
        problems.append(
            doc.problem(
                (*loc, "steps", at, "depends_on", dep_at),
                f"dependency cycle: {' -> '.join(cycle)}",
                flow=name,
                step=cycle[1],
                hint=f"remove '{cycle[0]}' from the depends_on of '{cycle[1]}', or another link",
            )
        )
    return problems


def check_state_machine(flow: StateMachineDef, doc: YamlDocument, loc: Loc) -> list[Problem]:
    """Unknown or repeated states, conflicting transitions, unreachable and dead-end states."""
    problems: list[Problem] = []
    name = flow.name
    states = flow.state_defs()
    index: dict[str, int] = {}
    for i, state in enumerate(states):
        if state.name in index:
            problems.append(
                doc.problem(
                    (*loc, "states", i),
                    f"state '{state.name}' is listed twice",
                    flow=name,
                    step=state.name,
                )
            )
        index.setdefault(state.name, i)
    known = list(index)
    if flow.initial not in index:
        problems.append(
            doc.problem(
                (*loc, "initial"),
                f"initial state '{flow.initial}' is not among the states; "
                f"expected one of {', '.join(known)}",
                flow=name,
                hint=did_you_mean(flow.initial, known) or "add it to states:",
            )
        )
    final = {s.name for s in states if s.final}
    seen: dict[tuple[str, str], int] = {}
    for i, tr in enumerate(flow.transitions):
        for field, named in (("from", tr.source), ("to", tr.target)):
            if named not in index:
                problems.append(
                    doc.problem(
                        (*loc, "transitions", i, field),
                        f"unknown state '{named}' in '{field}'; expected one of {', '.join(known)}",
                        flow=name,
                        step=tr.id,
                        hint=did_you_mean(named, known) or "add it to states:",
                    )
                )
        if (tr.source, tr.on) in seen:
            first = doc.locate((*loc, "transitions", seen[tr.source, tr.on])).line
            problems.append(
                doc.problem(
                    (*loc, "transitions", i, "on"),
                    f"event '{tr.on}' already leads out of '{tr.source}' (line {first}); "
                    "one target per (state, event)",
                    flow=name,
                    step=tr.id,
                )
            )
        seen.setdefault((tr.source, tr.on), i)
        if tr.source in final:
            problems.append(
                doc.problem(
                    (*loc, "transitions", i, "from"),
                    f"'{tr.source}' is final and cannot have transitions",
                    flow=name,
                    step=tr.id,
                    hint=f"remove final: true from '{tr.source}'",
                )
            )
    if problems:
        return problems
    machine = StateMachine(name, flow.initial)
    try:
        for state in states:
            machine.add_state(state.name, final=state.final)
        for tr in flow.transitions:
            machine.add_transition(tr.source, tr.target, tr.on)
    except FlowConfigError as error:  # pragma: no cover - the checks above come first
        return [doc.problem(loc, str(error), flow=name)]
    for warning in machine.validate():
        about = next(s for s in index if f"state '{s}'" in warning)
        text = warning.split(": ", 1)[1]
        hint = (
            "add a transition into it, or remove it"
            if "unreachable" in text
            else f"in YAML: {{name: {about}, final: true}}"
        )
        problems.append(
            doc.problem((*loc, "states", index[about]), text, flow=name, step=about, hint=hint)
        )
    return problems
