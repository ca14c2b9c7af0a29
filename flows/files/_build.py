"""Turning checked flow specs into running objects registered in a FlowManager."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import FlowConfigError, FlowError, FlowExistsError
from .._problems import FlowFileError
from .._registry import BuildContext, Registry, StageParts
from ..backends import Stream
from ..patterns import (
    FlowManager,
    IfExists,
    Pipeline,
    Processor,
    ReactiveFlow,
    SinkSpec,
    SourceSpec,
    StageConfig,
    StateMachine,
    StepSpec,
    Subscription,
    TimeSpec,
    compile_expr,
)
from ._schema import (
    FlowSpec,
    PipelineDef,
    PipelineStep,
    ProcessorDef,
    ReactiveDef,
    SinkDef,
    StateMachineDef,
    StreamDef,
    SubscriptionDef,
    parse_duration,
)

if TYPE_CHECKING:
    from ..backends import StreamLike

__all__ = ["Installed", "build_processor", "build_stages", "install"]


@dataclass(slots=True)
class Installed:
    """What a flow spec became: the flow object, and for streams their step pipeline."""

    spec: FlowSpec
    name: str
    flow: Pipeline | Stream | StreamLike | ReactiveFlow | StateMachine | Processor | None
    pipeline: Pipeline | None = None
    subscriptions: list[Subscription] = field(default_factory=list)


def _located(spec: FlowSpec, loc: tuple[str | int, ...], step: str, error: Exception) -> Exception:
    if isinstance(error, FlowError) and not isinstance(error, FlowConfigError):
        return error
    problem = spec.doc.problem(
        (*spec.loc, *loc), f"cannot build: {error}", flow=spec.name, step=step
    )
    return FlowFileError([problem])


def build_stages(
    spec: FlowSpec, steps: list[PipelineStep], registry: Registry, ctx: BuildContext
) -> list[tuple[str, Callable[[Any], Any], StageConfig]]:
    """Each step as (stage name, function, StageConfig), wrappers applied in order."""
    out = []
    for i, step in enumerate(steps):
        here = BuildContext(ctx.scheduler, ctx.event_bus, spec.name, step.id)
        try:
            fn = registry.get(step.type, "stage").build(spec.params[step.id], here)
            config = spec.stage_configs.get(step.id, StageConfig())
            parts = StageParts(fn, config.model_dump(exclude_unset=True))
            for wrap, params in zip(step.wrap, spec.wrap_params.get(step.id, []), strict=True):
                wrapper = registry.get(wrap.type, "operator").build(params, here)
                parts = wrapper(parts)
            out.append((step.id, parts.fn, StageConfig.model_validate(dict(parts.config))))
        except Exception as error:
            raise _located(spec, ("steps", i), step.id, error) from error
    return out


def _sink(sink: SinkDef) -> SinkSpec:
    return SinkSpec(sink.kind, sink.target, sink.trigger)


def _seconds(value: Any) -> float:
    return parse_duration(value) / 1_000_000


def build_processor(
    spec: FlowSpec, flow: ProcessorDef, registry: Registry, ctx: BuildContext
) -> Processor:
    """The :class:`~flows.patterns.Processor` of a checked ``kind: processor`` flow.

    Raises:
        FlowFileError: a step failed to build, or the chain is malformed (located).
    """
    steps: list[StepSpec] = []
    for i, step in enumerate(flow.steps):
        here = BuildContext(ctx.scheduler, ctx.event_bus, spec.name, step.id)
        try:
            built = registry.get(step.type, "processor").build(spec.params[step.id], here)
        except Exception as error:
            raise _located(spec, ("steps", i), step.id, error) from error
        steps.append(StepSpec(step.id, step.type, built))
    t = flow.time
    time = TimeSpec(
        None if t.field is None else compile_expr(t.field),
        0.001 if t.unit == "ms" else 1.0,
        _seconds(t.max_out_of_orderness),
        _seconds(t.allowed_lateness),
        None if t.idle_timeout is None else _seconds(t.idle_timeout),
    )
    definition = flow.model_dump(mode="json", exclude={"tests", "description", "checkpoint"})
    fingerprint = hashlib.sha256(
        json.dumps(definition, sort_keys=True, default=str).encode()
    ).hexdigest()[:16]
    checkpoint = flow.checkpoint
    return Processor(
        flow.name,
        [SourceSpec(s.source_name, s.stream, s.events) for s in flow.sources],
        steps,
        time=time,
        sinks=[_sink(s) for s in flow.sinks],
        side_output=None if t.side_output is None else _sink(t.side_output),
        checkpoint_interval=_seconds(checkpoint.interval),
        lease_ttl=_seconds(checkpoint.lease),
        retain=None if checkpoint.retain is None else _seconds(checkpoint.retain),
        fingerprint=fingerprint,
    )


async def install(
    spec: FlowSpec,
    manager: FlowManager,
    registry: Registry,
    *,
    name: str | None = None,
    if_exists: IfExists = "replace",
) -> Installed:
    """Build ``spec`` and register it in ``manager`` (under ``name`` if given).

    Everything is built before anything is registered, so a failing step leaves the
    manager unchanged.

    Raises:
        FlowFileError: a component failed to build (located at its step).
        FlowExistsError: ``if_exists="error"`` and the name is taken.
    """
    flow = spec.flow
    name = name or flow.name
    ctx = BuildContext(manager.scheduler, manager.event_bus, name)
    if isinstance(flow, PipelineDef):
        stages = build_stages(spec, flow.steps, registry, ctx)
        pipeline = await manager.create_pipeline(name, if_exists=if_exists)
        for stage, fn, config in stages:
            pipeline.add_stage(fn, config, name=stage)
        return Installed(spec, name, pipeline)
    if isinstance(flow, StreamDef):
        stages = build_stages(spec, flow.steps, registry, ctx)
        stream = await manager.create_stream(
            name,
            flow.max_buffer_size,
            flow.enable_backpressure,
            flow.compression,
            overflow=flow.overflow,
            replay_size=flow.replay_size,
            slow_consumer_timeout=flow.slow_consumer_timeout,
            max_bytes=flow.max_bytes,
            if_exists=if_exists,
        )
        steps: Pipeline | None = None
        if stages:
            steps = Pipeline(name, default_timeout=manager.config.timeout, scheduler=ctx.scheduler)
            for stage, fn, config in stages:
                steps.add_stage(fn, config, name=stage)
        return Installed(spec, name, stream, pipeline=steps)
    if isinstance(flow, ReactiveDef):
        fns = []
        for i, rstep in enumerate(flow.steps):
            here = BuildContext(ctx.scheduler, ctx.event_bus, name, rstep.id)
            try:
                fns.append(registry.get(rstep.type, "reactive").build(spec.params[rstep.id], here))
            except Exception as error:
                raise _located(spec, ("steps", i), rstep.id, error) from error
        graph = await manager.create_reactive_flow(name, inputs=flow.inputs, if_exists=if_exists)
        for rstep, fn in zip(flow.steps, fns, strict=True):
            graph.add_computation(rstep.id, fn, rstep.depends_on)
        return Installed(spec, name, graph)
    if isinstance(flow, ProcessorDef):
        processor = build_processor(spec, flow, registry, ctx)
        processor.name = name
        manager.add_processor(processor, if_exists=if_exists)
        return Installed(spec, name, processor)
    if isinstance(flow, StateMachineDef):
        guards: dict[str, Any] = {}
        for i, tr in enumerate(flow.transitions):
            if tr.guard is None:
                continue
            here = BuildContext(ctx.scheduler, ctx.event_bus, name, tr.id)
            try:
                guards[tr.id] = registry.get(tr.guard.type, "guard").build(
                    spec.guard_params[tr.id], here
                )
            except Exception as error:
                raise _located(spec, ("transitions", i), tr.id, error) from error
        if if_exists == "error" and name in manager.state_machines:
            raise FlowExistsError("state machine", name)
        limit = flow.history_limit or manager.config.history_limit
        machine = StateMachine(name, flow.initial, scheduler=manager.scheduler, history_limit=limit)
        for state in flow.state_defs():
            machine.add_state(state.name, final=state.final)
        for tr in flow.transitions:
            machine.add_transition(tr.source, tr.target, tr.on, guard=guards.get(tr.id))
        await manager.add_state_machine(machine)
        return Installed(spec, name, machine)
    assert isinstance(flow, SubscriptionDef)
    handlers = []
    for i, sstep in enumerate(flow.steps):
        here = BuildContext(ctx.scheduler, ctx.event_bus, name, sstep.id)
        try:
            handlers.append(registry.get(sstep.type, "handler").build(spec.params[sstep.id], here))
        except Exception as error:
            raise _located(spec, ("steps", i), sstep.id, error) from error
    subs = [
        manager.event_bus.subscribe(sstep.on, handler)
        for sstep, handler in zip(flow.steps, handlers, strict=True)
    ]
    return Installed(spec, name, None, subscriptions=subs)
