"""The flow file schema: one pydantic model per ``kind``, plus marble tests.

A file holds one flow (a mapping) or a list of flows. Each flow has a top-level
``kind`` (``pipeline``, ``stream``, ``reactive``, ``state_machine``,
``subscription``, ``processor``), a ``name``, its steps and optional ``tests``. A step has a unique
``id``, a ``type`` naming a registered component, and that component's parameters
next to them (checked by the component's own model)::

    kind: pipeline
    name: captions
    steps:
      - id: generate
        type: generate_caption
        wrap:
          - {type: timeout, seconds: 10}
          - {type: retry, retries: 3}
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..patterns import StageConfig
from ._yaml import YamlDocument

__all__ = [
    "FLOW_MODELS",
    "FlowDef",
    "FlowSpec",
    "MarbleTestDef",
    "PipelineDef",
    "ProcessorDef",
    "ProcessorStep",
    "ReactiveDef",
    "StateMachineDef",
    "StreamDef",
    "SubscriptionDef",
    "fields_at",
    "parse_duration",
]

Ident = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_.-]*$", max_length=128)]
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|m|h)\s*$")
_UNITS = {"us": 1, "ms": 1_000, "s": 1_000_000, "m": 60_000_000, "h": 3_600_000_000}


def parse_duration(value: Any) -> int:
    """``"10ms"``, ``"2s"``, ``"1.5m"`` or a number of seconds, as microseconds.

    Raises:
        ValueError: anything else (the message shows the accepted forms).
    """
    if isinstance(value, bool):
        msg = f"expected a duration such as '10ms' or '2s', found {value!r}"
        raise ValueError(msg)
    if isinstance(value, int | float):
        if value < 0:
            msg = f"a duration cannot be negative, found {value!r}"
            raise ValueError(msg)
        return round(value * 1_000_000)
    match = _DURATION.match(str(value))
    if match is None:
        msg = f"expected a duration such as '10ms', '2s' or '1m', found {value!r}"
        raise ValueError(msg)
    return round(float(match.group(1)) * _UNITS[match.group(2)])


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class MarbleTestDef(_Strict):
    """One marble test: input marbles with values, the expected output marbles."""

    name: str = Field(..., min_length=1, description="what the test shows")
    input: str = Field(..., description="input marbles, e.g. '-a-b-|'")
    values: dict[str, Any] = Field(
        default_factory=dict, description="value of each marble letter (input and expect)"
    )
    expect: str = Field(..., description="expected output marbles, e.g. '-x-y-|'")
    expect_values: dict[str, Any] = Field(
        default_factory=dict, description="letters of `expect` that differ from `values`"
    )
    error: str | None = Field(None, description="text the error of a '#' in expect contains")
    input_error: str = Field("input error", description="message of a '#' in input")
    timespan: Any = Field("10ms", description="virtual time of one marble frame")
    match: Literal["exact", "subset"] = Field(
        "exact", description="subset: an expected mapping matches when its keys match"
    )
    errors: Literal["raise", "skip"] = Field(
        "raise", description="pipeline/stream: a failed item errors the output or is skipped"
    )
    target: str | None = Field(None, description="reactive: the node whose value is output")
    publish: str | None = Field(
        None, description="subscription: event type the input values are published as"
    )
    observe: str = Field("*", description="subscription: pattern of the events output")

    @field_validator("timespan")
    @classmethod
    def _timespan(cls, value: Any) -> Any:
        if parse_duration(value) <= 0:
            msg = "timespan must be longer than zero"
            raise ValueError(msg)
        return value

    @property
    def timespan_us(self) -> int:
        """One frame, in microseconds."""
        return parse_duration(self.timespan)


class _FlowBase(_Strict):
    name: Ident = Field(..., description="the flow's name in the FlowManager")
    description: str = Field("", description="what the flow is for")
    tests: list[MarbleTestDef] = Field(default_factory=list, description="marble tests")


class WrapDef(BaseModel):
    """An operator around a stage: ``{type: retry, retries: 3}``."""

    model_config = ConfigDict(extra="allow", frozen=True)
    type: str = Field(..., min_length=1, description="a registered operator component")


class _StepBase(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    id: Ident = Field(..., description="unique within the flow; names the step in errors")
    type: str = Field(..., min_length=1, description="a registered component")
    description: str = Field("", description="what the step does")


class PipelineStep(_StepBase):
    """A pipeline stage: a ``stage`` component plus its StageConfig and wrappers."""

    config: dict[str, Any] = Field(
        default_factory=dict,
        description="StageConfig fields: timeout, retries, circuit_breaker, parallel, ...",
    )
    wrap: list[WrapDef] = Field(default_factory=list, description="operators around the stage")


class ReactiveStep(_StepBase):
    """A computation: a ``reactive`` component over the values of ``depends_on``."""

    depends_on: list[str] = Field(default_factory=list, description="inputs or step ids")


class SubscriptionStep(_StepBase):
    """An event-bus subscription: a ``handler`` component for events matching ``on``."""

    on: str = Field(..., min_length=1, description="event type or glob, e.g. 'caption.*'")


class ProcessorStep(_StepBase):
    """A processor step: a ``processor`` component (map, key_by, window, aggregate, ...)."""


class SourceDef(_Strict):
    """A processor source: a stream, or the events whose type matches a pattern."""

    name: Ident | None = Field(None, description="how steps refer to it; default the stream name")
    stream: Ident | None = Field(None, description="read the entries of this stream")
    events: str | None = Field(
        None, min_length=1, max_length=128, description="read events of this type or glob"
    )

    @model_validator(mode="after")
    def _one(self) -> SourceDef:
        if (self.stream is None) == (self.events is None):
            msg = "a source is either 'stream: <name>' or 'events: <type or glob>'"
            raise ValueError(msg)
        return self

    @property
    def source_name(self) -> str:
        """The name steps use: ``name``, else the stream or the event pattern."""
        return self.name or self.stream or str(self.events)


class SinkDef(_Strict):
    """A processor sink: a stream, an event type, a state-machine trigger or a webhook."""

    stream: Ident | None = Field(None, description="produce each output to this stream")
    event: Ident | None = Field(None, description="publish each output as this event type")
    machine: Ident | None = Field(None, description="trigger this state machine ...")
    trigger: Ident | None = Field(None, description="... with this event (context: the output)")
    webhook: str | None = Field(
        None,
        pattern=r"^https?://",
        max_length=2048,
        description="POST each output (as an event) here; only to addresses webhooks may reach",
    )

    @model_validator(mode="after")
    def _one(self) -> SinkDef:
        given = [k for k in ("stream", "event", "machine", "webhook") if getattr(self, k)]
        if len(given) != 1:
            msg = "a sink is one of 'stream:', 'event:', 'machine:' (+ 'trigger:') or 'webhook:'"
            raise ValueError(msg)
        if (self.machine is None) != (self.trigger is None):
            msg = "'trigger:' goes with 'machine:' (the event the machine is sent)"
            raise ValueError(msg)
        return self

    @property
    def kind(self) -> Literal["stream", "event", "machine", "webhook"]:
        """Which kind of sink."""
        if self.stream:
            return "stream"
        if self.event:
            return "event"
        return "machine" if self.machine else "webhook"

    @property
    def target(self) -> str:
        """The stream, event type, machine or URL."""
        return str(self.stream or self.event or self.machine or self.webhook)


class TimeDef(_Strict):
    """Processing time (no ``field``) or event time read from ``field`` of each record."""

    field: str | None = Field(
        None, min_length=1, description="JMESPath of the event time (a number); none: processing"
    )
    unit: Literal["s", "ms"] = Field("s", description="the unit of `field`")
    max_out_of_orderness: Any = Field(
        0, description="watermark bound: how far an event may trail the newest ('5s')"
    )
    allowed_lateness: Any = Field(0, description="how long a closed window takes late events")
    idle_timeout: Any = Field(
        None, description="quiet time after which the watermark follows the clock ('10s')"
    )
    side_output: SinkDef | None = Field(
        None, description="where late events go (else they are counted and dropped)"
    )

    @field_validator("max_out_of_orderness", "allowed_lateness", "idle_timeout")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        if value is not None:
            parse_duration(value)
        return value


class CheckpointDef(_Strict):
    """How often a processor checkpoints, and how much input its snapshot keeps."""

    interval: Any = Field("5s", description="checkpoint (and lease renewal) period")
    lease: Any = Field(
        "6s",
        description="lease ttl: when the instance running the processor dies, another "
        "takes it over within this plus a second",
    )
    retain: Any = Field(
        None, description="event time of input kept for replay; default: what the windows span"
    )

    @field_validator("interval", "lease", "retain")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        if value is not None and parse_duration(value) <= 0:
            msg = "must be longer than zero"
            raise ValueError(msg)
        return value


class ProcessorDef(_FlowBase):
    """A stream processor: sources -> steps (our operators) -> sinks, in event time or not."""

    kind: Literal["processor"]
    sources: list[SourceDef] = Field(..., min_length=1, description="streams and event patterns")
    time: TimeDef = Field(default_factory=TimeDef, description="processing or event time")
    steps: list[ProcessorStep] = Field(..., min_length=1, description="the steps, in order")
    sinks: list[SinkDef] = Field(default_factory=list, description="where outputs go")
    checkpoint: CheckpointDef = Field(default_factory=CheckpointDef, description="checkpoints")


class PipelineDef(_FlowBase):
    """Stages run in order over each item."""

    kind: Literal["pipeline"]
    steps: list[PipelineStep] = Field(..., min_length=1, description="the stages, in order")


class StreamDef(_FlowBase):
    """A bounded stream; optional steps process items before they are produced."""

    kind: Literal["stream"]
    max_buffer_size: int | None = Field(None, ge=1, description="bound of each buffer")
    enable_backpressure: bool | None = Field(None, description="default overflow: block")
    overflow: Literal["block", "drop_oldest", "drop_newest", "error"] | None = Field(
        None, description="what a full buffer does"
    )
    compression: bool = Field(False, description="store items as zlib-compressed JSON")
    replay_size: int | None = Field(None, ge=1, description="entries kept for resumes")
    slow_consumer_timeout: float | None = Field(
        None,
        gt=0,
        le=3600,
        description="seconds a consumer may keep a producer waiting (overflow: block), "
        "from when it first did, before it is evicted (default: the FlowConfig's, 2)",
    )
    max_bytes: int | None = Field(
        None,
        ge=1024,
        description="bytes each buffer and the replay window may hold (in memory; full: "
        "the overflow policy applies); default: the FlowConfig's max_stream_bytes "
        "(64 MiB), at most its max_memory_mb",
    )
    steps: list[PipelineStep] = Field(default_factory=list, description="stages before produce")


class ReactiveDef(_FlowBase):
    """A lazily evaluated dependency graph of computations over inputs."""

    kind: Literal["reactive"]
    inputs: dict[str, Any] = Field(default_factory=dict, description="input names and values")
    steps: list[ReactiveStep] = Field(..., min_length=1, description="the computations")


class StateDef(_Strict):
    """A state; ``final`` states need no outgoing transitions."""

    name: Ident
    final: bool = False


class GuardDef(BaseModel):
    """A guard component: ``{type: has_field, field: content}``."""

    model_config = ConfigDict(extra="allow", frozen=True)
    type: str = Field(..., min_length=1, description="a registered guard component")


class TransitionDef(_Strict):
    """``from`` --``on``--> ``to``, optionally guarded."""

    source: str = Field(..., alias="from", description="state the transition leaves")
    target: str = Field(..., alias="to", description="state it enters")
    on: str = Field(..., min_length=1, description="the event that fires it")
    guard: GuardDef | None = Field(None, description="a guard component")

    @property
    def id(self) -> str:
        """The transition's step id: ``source.on``."""
        return f"{self.source}.{self.on}"


class StateMachineDef(_FlowBase):
    """States and transitions; the current state starts at ``initial``."""

    kind: Literal["state_machine"]
    initial: Ident = Field(..., description="the starting state")
    states: list[Ident | StateDef] = Field(..., min_length=1, description="every state")
    transitions: list[TransitionDef] = Field(..., min_length=1, description="allowed moves")
    history_limit: int | None = Field(
        None,
        ge=1,
        le=100_000,
        description="transitions kept in history, the newest (default: the service's "
        "history_limit, 1000)",
    )

    def state_defs(self) -> list[StateDef]:
        """Every state as a StateDef."""
        return [s if isinstance(s, StateDef) else StateDef(name=s) for s in self.states]


class SubscriptionDef(_FlowBase):
    """Event-bus subscriptions: a handler per event pattern."""

    kind: Literal["subscription"]
    steps: list[SubscriptionStep] = Field(..., min_length=1, description="the subscriptions")


FlowDef = Annotated[
    PipelineDef | StreamDef | ReactiveDef | StateMachineDef | SubscriptionDef | ProcessorDef,
    Field(discriminator="kind"),
]
FLOW_MODELS: dict[str, type[_FlowBase]] = {
    "pipeline": PipelineDef,
    "stream": StreamDef,
    "reactive": ReactiveDef,
    "state_machine": StateMachineDef,
    "subscription": SubscriptionDef,
    "processor": ProcessorDef,
}
STEP_RESERVED = {"id", "type", "description", "config", "wrap", "depends_on", "on"}


@dataclass(slots=True)
class FlowSpec:
    """A checked flow: its definition, each component's validated params, its origin.

    ``params[step_id]`` holds the step's params model; ``wrap_params[step_id]`` those
    of its wrappers; ``stage_configs[step_id]`` its StageConfig;
    ``guard_params[transition_id]`` those of guards.
    """

    flow: PipelineDef | StreamDef | ReactiveDef | StateMachineDef | SubscriptionDef | ProcessorDef
    doc: YamlDocument
    loc: tuple[str | int, ...]
    params: dict[str, BaseModel] = field(default_factory=dict)
    wrap_params: dict[str, list[BaseModel]] = field(default_factory=dict)
    guard_params: dict[str, BaseModel] = field(default_factory=dict)
    stage_configs: dict[str, StageConfig] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The flow's name."""
        return self.flow.name

    @property
    def kind(self) -> str:
        """The flow's kind."""
        return self.flow.kind

    @property
    def file(self) -> str:
        """The file it came from."""
        return self.doc.file


def fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names (aliases) of the model found by walking ``loc`` into ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        cls = _model_in(current)
        if cls is None or part not in _by_alias(cls):
            return []
        current = _by_alias(cls)[part]
    cls = _model_in(current)
    return list(_by_alias(cls)) if cls is not None else []


def _by_alias(cls: type[BaseModel]) -> dict[str, Any]:
    return {(f.alias or n): f.annotation for n, f in cls.model_fields.items()}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, dict, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
