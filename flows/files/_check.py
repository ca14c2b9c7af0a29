"""Checking a loaded flow document: schema, component names and params, graphs, marbles.

Every problem is located (file, line, column), names the flow and step, says what
was expected and found, and hints at a fix. :func:`check_document` collects all of
them (see ``_load.py`` for files and directories).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from .._problems import Problem, did_you_mean
from .._registry import ComponentKind, Registry, UnknownComponentError
from ..patterns import StageConfig, compile_expr
from ._graph_checks import check_reactive, check_state_machine
from ._limits import MAX_TEST_FRAMES, MAX_TEST_VALUES, MAX_TESTS
from ._marbles import MarbleSyntaxError, parse_marbles
from ._schema import (
    FLOW_MODELS,
    STEP_RESERVED,
    FlowSpec,
    MarbleTestDef,
    PipelineDef,
    PipelineStep,
    ProcessorDef,
    ReactiveDef,
    StateMachineDef,
    StreamDef,
    SubscriptionDef,
    fields_at,
)
from ._yaml import Loc, YamlDocument

__all__ = ["check_document"]


def check_document(doc: YamlDocument, registry: Registry) -> tuple[list[FlowSpec], list[Problem]]:
    """Every flow of a loaded document, checked; returns the valid ones and all problems."""
    data = doc.data
    if isinstance(data, dict):
        raws: list[tuple[Loc, Any]] = [((), data)]
    elif isinstance(data, list) and data:
        raws = [((i,), item) for i, item in enumerate(data)]
    else:
        found = "an empty file" if data is None else f"{type(data).__name__} {data!r:.40}"
        msg = f"expected a flow (a mapping with 'kind') or a list of flows, found {found}"
        return [], [doc.problem((), msg)]
    specs: list[FlowSpec] = []
    problems: list[Problem] = []
    for loc, raw in raws:
        checked = _Checker(doc, registry, loc).check(raw)
        if isinstance(checked, FlowSpec):
            specs.append(checked)
        else:
            problems += sorted(checked, key=lambda p: (p.line, p.column))
    return specs, problems


class _Checker:
    def __init__(self, doc: YamlDocument, registry: Registry, loc: Loc) -> None:
        self.doc = doc
        self.registry = registry
        self.loc = loc
        self.flow: str | None = None
        self.problems: list[Problem] = []

    def add(
        self,
        loc: Loc,
        message: str,
        *,
        step: str | None = None,
        hint: str | None = None,
        key: bool = False,
    ) -> None:
        self.problems.append(
            self.doc.problem(
                (*self.loc, *loc), message, flow=self.flow, step=step, hint=hint, key=key
            )
        )

    def check(self, raw: Any) -> FlowSpec | list[Problem]:
        if not isinstance(raw, dict):
            self.add((), f"expected a flow (a mapping with 'kind'), found {type(raw).__name__}")
            return self.problems
        name = raw.get("name")
        self.flow = name if isinstance(name, str) else None
        kind = raw.get("kind")
        kinds = ", ".join(FLOW_MODELS)
        if kind is None:
            self.add((), f"missing 'kind'; expected one of {kinds}")
            return self.problems
        model = FLOW_MODELS.get(str(kind))
        if model is None:
            self.add(
                ("kind",),
                f"unknown kind '{kind}'; expected one of {kinds}",
                hint=did_you_mean(str(kind), FLOW_MODELS),
            )
            return self.problems
        try:
            flow = model.model_validate(raw)
        except ValidationError as error:
            self.schema_problems(model, raw, error)
            return self.problems
        assert isinstance(
            flow,
            PipelineDef
            | StreamDef
            | ReactiveDef
            | StateMachineDef
            | SubscriptionDef
            | ProcessorDef,
        )
        spec = FlowSpec(flow, self.doc, self.loc)
        self.check_ids(raw)
        if isinstance(flow, PipelineDef | StreamDef):
            for i, step in enumerate(flow.steps):
                self.check_stage(spec, i, step)
        elif isinstance(flow, ReactiveDef):
            for i, rstep in enumerate(flow.steps):
                self.check_params(spec, ("steps", i), rstep.id, "reactive", rstep)
            self.problems += check_reactive(flow, self.doc, self.loc)
        elif isinstance(flow, SubscriptionDef):
            for i, sstep in enumerate(flow.steps):
                self.check_params(spec, ("steps", i), sstep.id, "handler", sstep)
        elif isinstance(flow, ProcessorDef):
            self.check_processor(spec, flow)
        else:
            for i, tr in enumerate(flow.transitions):
                if tr.guard is not None:
                    self.check_params(
                        spec,
                        ("transitions", i, "guard"),
                        tr.id,
                        "guard",
                        tr.guard,
                        store=spec.guard_params,
                    )
            self.problems += check_state_machine(flow, self.doc, self.loc)
        self.check_tests(flow.tests, flow)
        return self.problems or spec

    # -- schema -------------------------------------------------------------------
    def schema_problems(
        self,
        model: type[BaseModel],
        raw: Any,
        error: ValidationError,
        prefix: Loc = (),
        step_id: str | None = None,
    ) -> None:
        for item in error.errors():
            inner = tuple(item["loc"])
            loc = (*prefix, *inner)
            step = step_id or _step_at(raw, inner)
            where = ".".join(str(p) for p in loc) or "(flow)"
            found = item.get("input")
            if item["type"] == "extra_forbidden":
                allowed = fields_at(model, inner[:-1])
                self.add(
                    loc,
                    f"unknown field '{loc[-1]}'; expected one of {', '.join(allowed)}",
                    step=step,
                    hint=did_you_mean(str(loc[-1]), allowed),
                    key=True,
                )
            elif item["type"] == "missing":
                self.add(loc[:-1], f"missing required field '{where}'", step=step)
            else:
                shown = (
                    f"{found!r:.60}" if not isinstance(found, dict | list) else type(found).__name__
                )
                self.add(loc, f"{where}: {item['msg']}; found {shown}", step=step)

    def check_ids(self, raw: dict[str, Any]) -> None:
        seen: dict[str, int] = {}
        for i, step in enumerate(raw.get("steps") or []):
            sid = step.get("id") if isinstance(step, dict) else None
            if not isinstance(sid, str):
                continue
            loc: Loc = ("steps", i, "id")
            if sid in seen:
                line = self.doc.locate((*self.loc, "steps", seen[sid], "id")).line
                self.add(
                    loc,
                    f"step id '{sid}' is used twice (first at line {line})",
                    step=sid,
                    hint="every step needs its own id",
                )
            else:
                seen[sid] = i

    # -- components ---------------------------------------------------------------
    def lookup(self, loc: Loc, step: str, kind: ComponentKind, name: str) -> bool:
        try:
            self.registry.get(name, kind)
        except UnknownComponentError as error:
            what = _WHAT[kind]
            known = ", ".join(error.known)
            article = "an" if kind[0] in "aeiou" else "a"
            msg = f"unknown {what} '{name}'; expected {article} {kind} component ({known})"
            self.add((*loc, "type"), msg, step=step, hint=error.hint)
            return False
        return True

    def check_params(
        self,
        spec: FlowSpec,
        loc: Loc,
        step: str,
        kind: ComponentKind,
        model: BaseModel,
        *,
        store: dict[str, BaseModel] | None = None,
    ) -> BaseModel | None:
        name = str(getattr(model, "type", ""))
        if not self.lookup(loc, step, kind, name):
            return None
        component = self.registry.get(name, kind)
        params = {k: v for k, v in (model.model_extra or {}).items() if k not in STEP_RESERVED}
        try:
            checked = component.validate(params)
        except ValidationError as error:
            allowed = list(component.params.model_fields)
            for item in error.errors():
                ploc = tuple(item["loc"])
                field = ".".join(str(p) for p in ploc)
                if item["type"] == "extra_forbidden":
                    msg = (
                        f"{kind} '{name}' has no parameter '{field}'; its parameters: "
                        f"{', '.join(allowed) or 'none'}"
                    )
                    self.add(
                        (*loc, *ploc), msg, step=step, key=True, hint=did_you_mean(field, allowed)
                    )
                elif item["type"] == "missing":
                    desc = component.params.model_fields[str(ploc[0])].description or ""
                    self.add(loc, f"{kind} '{name}' needs parameter '{field}' ({desc})", step=step)
                else:
                    self.add(
                        (*loc, *ploc),
                        f"{kind} '{name}' parameter '{field}': "
                        f"{item['msg']}; found {item.get('input')!r:.60}",
                        step=step,
                    )
            return None
        (spec.params if store is None else store)[step] = checked
        return checked

    def check_stage(self, spec: FlowSpec, i: int, step: PipelineStep) -> None:
        self.check_params(spec, ("steps", i), step.id, "stage", step)
        try:
            spec.stage_configs[step.id] = StageConfig.model_validate(step.config)
        except ValidationError as error:
            self.schema_problems(StageConfig, step.config, error, ("steps", i, "config"), step.id)
        wrapped: list[BaseModel] = []
        for j, wrap in enumerate(step.wrap):
            holder: dict[str, BaseModel] = {}
            self.check_params(
                spec, ("steps", i, "wrap", j), step.id, "operator", wrap, store=holder
            )
            if step.id in holder:
                wrapped.append(holder[step.id])
        spec.wrap_params[step.id] = wrapped

    def check_processor(self, spec: FlowSpec, flow: ProcessorDef) -> None:
        names: dict[str, int] = {}
        for i, source in enumerate(flow.sources):
            name = source.source_name
            if name in names:
                msg = f"source name '{name}' is used twice (sources {names[name]} and {i})"
                hint = "give one of them its own `name:`"
                self.add(("sources", i), msg, hint=hint)
            names.setdefault(name, i)
        joined: set[str] = set()
        window_at: int | None = None
        for i, step in enumerate(flow.steps):
            params = self.check_params(spec, ("steps", i), step.id, "processor", step)
            if window_at is not None and step.type != "aggregate":
                prev = flow.steps[window_at].id
                msg = f"step '{prev}' is a window: the step after it must be an aggregate"
                hint = "add e.g. {id: counts, type: aggregate, op: count} after the window"
                self.add(("steps", window_at, "type"), msg, step=prev, hint=hint)
            if step.type == "aggregate" and window_at is None:
                msg = "an aggregate folds the windows of the step before it, which is no window"
                hint = "put a window step (e.g. {type: window, shape: tumbling, size: 1m}) before"
                self.add(("steps", i, "type"), msg, step=step.id, hint=hint)
            window_at = i if step.type == "window" else None
            other = getattr(params, "with_", None)
            if isinstance(other, str):
                if other not in names:
                    msg = f"join with '{other}', which is not a source ({', '.join(names)})"
                    self.add(
                        ("steps", i, "with"), msg, step=step.id, hint=did_you_mean(other, names)
                    )
                joined.add(other)
        if window_at is not None:
            prev = flow.steps[window_at].id
            msg = f"step '{prev}' is a window: the step after it must be an aggregate"
            self.add(("steps", window_at, "type"), msg, step=prev)
        if names and all(n in joined for n in names):
            msg = "every source is consumed by a join: at least one must feed the steps"
            self.add(("sources",), msg)
        side = flow.time.side_output
        if side is not None and flow.time.field is None:
            msg = "side_output needs event time: in processing time no event is late"
            hint = "set time.field to the field holding each record's event time"
            self.add(("time", "side_output"), msg, hint=hint)
        if flow.time.field is not None:
            try:
                compile_expr(flow.time.field)
            except ValueError as error:
                self.add(("time", "field"), f"time.field: {error}")
        elif flow.time.idle_timeout is not None:
            self.add(("time", "idle_timeout"), "idle_timeout needs event time (time.field)")

    # -- tests --------------------------------------------------------------------
    def check_tests(self, tests: Sequence[MarbleTestDef], flow: BaseModel) -> None:
        names: set[str] = set()
        nodes: list[str] = []
        if isinstance(flow, ReactiveDef):
            nodes = [*flow.inputs, *(s.id for s in flow.steps)]
        if len(tests) > MAX_TESTS:
            msg = f"{len(tests)} tests; a flow may have at most {MAX_TESTS} (the limit MAX_TESTS)"
            hint = "keep the tests that show distinct behaviour, or split the flow file"
            self.add(("tests", MAX_TESTS), msg, hint=hint)
            return
        for i, test in enumerate(tests):
            label = f"test '{test.name}'"
            if test.name in names:
                self.add(("tests", i, "name"), f"{label} is defined twice", step=label)
            names.add(test.name)
            values = len(test.values) + len(test.expect_values)
            if values > MAX_TEST_VALUES:
                where = "values" if test.values else "expect_values"
                msg = (
                    f"{values} entries in values and expect_values; a test may have at "
                    f"most {MAX_TEST_VALUES} (the limit MAX_TEST_VALUES)"
                )
                hint = "a marble letter is one character: split the test into several"
                self.add(("tests", i, where), msg, step=label, hint=hint)
            for field in ("input", "expect"):
                try:
                    parse_marbles(getattr(test, field), test.timespan_us, MAX_TEST_FRAMES)
                except MarbleSyntaxError as error:
                    mark = self.doc.locate((*self.loc, "tests", i, field))
                    col = mark.column + error.position + (1 if mark.quoted else 0)
                    self.problems.append(
                        Problem(
                            self.doc.file,
                            mark.line,
                            col,
                            f"{field} marbles: {error}",
                            self.flow,
                            label,
                            error.hint,
                        )
                    )
            if (
                isinstance(flow, ReactiveDef)
                and test.target is not None
                and test.target not in nodes
            ):
                self.add(
                    ("tests", i, "target"),
                    f"target '{test.target}' is not a node; expected one of {', '.join(nodes)}",
                    step=label,
                    hint=did_you_mean(test.target, nodes),
                )


_WHAT: dict[str, str] = {
    "stage": "step type",
    "operator": "operator type",
    "reactive": "step type",
    "handler": "step type",
    "guard": "guard type",
    "processor": "step type",
}


def _step_at(raw: Any, loc: tuple[Any, ...]) -> str | None:
    """The id of the step (or transition) an error location points into."""
    if len(loc) >= 2 and loc[0] in ("steps", "transitions") and isinstance(loc[1], int):
        items = raw.get(loc[0]) if isinstance(raw, dict) else None
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item = items[loc[1]]
            if loc[0] == "transitions":
                if isinstance(item.get("from"), str) and isinstance(item.get("on"), str):
                    return f"{item['from']}.{item['on']}"
                return f"transitions[{loc[1]}]"
            sid = item.get("id")
            return sid if isinstance(sid, str) else f"{loc[0]}[{loc[1]}]"
    if len(loc) >= 2 and loc[0] == "tests" and isinstance(loc[1], int):
        return f"tests[{loc[1]}]"
    return None
