"""Request and response bodies of the REST contract (pydantic v2).

Names are short identifiers so they can appear in URLs and SSE feeds.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AnyUrl, BaseModel, ConfigDict, Field, UrlConstraints

__all__ = [
    "ComputeRequest",
    "ComputeResponse",
    "ComputationSpec",
    "ExecuteRequest",
    "ExecuteResponse",
    "FlowsResponse",
    "HealthResponse",
    "MachineCreateRequest",
    "MachineResponse",
    "Name",
    "PipelineCreateRequest",
    "PipelineCreateResponse",
    "ProduceRequest",
    "ProduceResponse",
    "PublishRequest",
    "PublishResponse",
    "ReactiveCreateRequest",
    "ReactiveCreateResponse",
    "StageTraceModel",
    "StreamCreateRequest",
    "StreamCreateResponse",
    "SubscribeRequest",
    "SubscribeResponse",
    "TriggerRequest",
    "TriggerResponse",
]

_NAME_CHARS = re.compile(r"[A-Za-z0-9_.:-]+")
# the same rule for JSON Schema: the allowed characters, at least one of them not a dot
NAME_PATTERN = r"^[A-Za-z0-9_.:-]*[A-Za-z0-9_:-][A-Za-z0-9_.:-]*$"


@functools.lru_cache(maxsize=1024)
def _routable(name: str) -> str:
    """A name that can be a URL path segment (``/streams/consume/{name}``).

    Remembered for the names last seen: requests name the same few pipelines and
    streams again and again (a refused name raises, and is not kept).
    """
    if _NAME_CHARS.fullmatch(name) is None:
        msg = f"a name may hold letters, digits and _ . : - only, got {name!r}"
        raise ValueError(msg)
    if not name.strip("."):
        msg = (
            f"{name!r} cannot be a name: of dots only, it is (or passes for) a '.' or '..' "
            "path segment, which a URL resolves away, so it could never be reached; add a "
            "letter or a digit"
        )
        raise ValueError(msg)
    return name


Name = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        examples=["captions"],
        json_schema_extra={"pattern": NAME_PATTERN},
    ),
    AfterValidator(_routable),
]


WebhookUrl = Annotated[
    AnyUrl,
    UrlConstraints(max_length=2048, allowed_schemes=["http", "https"], host_required=True),
    Field(
        description="http(s) URL with a host; each matching event is POSTed to it",
        examples=["https://hooks.example/captions"],
        json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@:]+"},
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PipelineCreateRequest(_Model):
    """Create a caption-generation pipeline."""

    name: Name | None = Field(None, description="pipeline name; generated if omitted")
    stages: list[str] | None = Field(
        None, min_length=1, max_length=32, description="stage names in order; default: all five"
    )
    config: dict[str, Any] = Field(
        default_factory=dict,
        description="StageConfig fields shared by every stage, and/or "
        "`{stage_name: {StageConfig fields}}` per stage",
    )


class PipelineCreateResponse(_Model):
    pipeline: str
    stages: list[str]


class ExecuteRequest(_Model):
    """Run one item through a pipeline."""

    pipeline: Name
    data: Any = Field(..., description='the item, e.g. {"content": "...", "user_id": "u1"}')


class StageTraceModel(_Model):
    stage: str
    status: str
    attempts: int
    duration_ms: float
    error: str | None = None


class ExecuteResponse(_Model):
    pipeline: str
    result: Any
    trace: list[StageTraceModel]
    duration_ms: float


class StreamCreateRequest(_Model):
    """Create a real-time caption stream."""

    name: Name | None = None
    # the upper bound is the service's CAPTIONFLOW_MAX_STREAM_BUFFER: checked by the
    # route and written into the OpenAPI document by create_app, so both say the same
    max_buffer_size: int | None = Field(
        None, ge=1, description="bound of each buffer; at most CAPTIONFLOW_MAX_STREAM_BUFFER"
    )
    overflow: Literal["block", "drop_oldest", "drop_newest", "error"] | None = None
    compression: bool = False
    replay_size: int | None = Field(
        None, ge=1, description="resume window; at most CAPTIONFLOW_MAX_STREAM_BUFFER"
    )
    slow_consumer_timeout: float | None = Field(
        None,
        gt=0,
        le=3600,
        description="seconds a consumer may keep a producer waiting (overflow: block), "
        "from when it first did, before it is evicted; default "
        "CAPTIONFLOW_SLOW_CONSUMER_TIMEOUT",
    )
    max_bytes: int | None = Field(
        None,
        ge=1024,
        description="bytes each buffer and the replay window may hold (in memory; full: "
        "the overflow policy applies); default CAPTIONFLOW_MAX_STREAM_BYTES, at most "
        "CAPTIONFLOW_MAX_MEMORY_MB",
    )


class StreamCreateResponse(_Model):
    stream: str
    max_buffer_size: int
    overflow: str
    compression: bool
    consume_url: str
    max_bytes: int | None = Field(
        None, description="bytes each buffer and the replay window hold (in memory; Redis: none)"
    )


class ProduceRequest(_Model):
    stream: Name
    items: list[Any] = Field(..., max_length=10_000)


class ProduceResponse(_Model):
    accepted: int
    dropped: int
    last_id: int | str  # a Redis entry id on Redis


class ComputationSpec(_Model):
    name: Name
    function: str = Field(..., description="a registered reactive function name")
    depends_on: list[Name] = Field(default_factory=list)


class ReactiveCreateRequest(_Model):
    name: Name
    computations: list[ComputationSpec] = Field(..., min_length=1, max_length=100)
    inputs: dict[str, Any] = Field(default_factory=dict)


class ReactiveCreateResponse(_Model):
    flow: str
    order: list[str]
    inputs: list[str]
    computations: list[str]


class ComputeRequest(_Model):
    flow: Name
    target: Name
    inputs: dict[str, Any] = Field(default_factory=dict, description="inputs to set first")


class ComputeResponse(_Model):
    flow: str
    target: str
    value: Any
    recomputed: list[str]


class MachineCreateRequest(_Model):
    name: Name | None = None
    history_limit: int | None = Field(
        None,
        ge=1,
        le=100_000,
        description="transitions its history keeps, the newest (default: the service's "
        "history_limit, 1000)",
    )


class TransitionModel(_Model):
    source: str
    target: str
    event: str


class MachineResponse(_Model):
    machine: str
    state: str
    states: list[str]
    transitions: list[TransitionModel]
    allowed_events: list[str]
    history_limit: int | None = Field(..., description="transitions its history keeps")


class TriggerRequest(_Model):
    machine: Name
    event: Name
    context: dict[str, Any] = Field(default_factory=dict)


class TriggerResponse(_Model):
    machine: str
    state: str
    previous: str | None
    allowed_events: list[str]
    history: list[dict[str, Any]] = Field(
        ...,
        description="the newest transitions (at most 10), oldest first; "
        "GET /flows/{name}?limit=&before= pages through the rest",
    )
    history_total: int = Field(
        ..., description="transitions ever accepted, including those the history no longer keeps"
    )


class PublishRequest(_Model):
    type: Name
    data: Any = None


class PublishResponse(_Model):
    delivered: int


class SubscribeRequest(_Model):
    pattern: str = Field(..., min_length=1, max_length=128, examples=["caption.*"])
    webhook: WebhookUrl | None = None


class SubscribeResponse(_Model):
    subscription_id: str
    pattern: str
    stream_url: str


class FlowsResponse(_Model):
    flows: list[dict[str, Any]]


class HealthResponse(_Model):
    status: str
    details: dict[str, Any] = Field(default_factory=dict)
