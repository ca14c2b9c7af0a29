"""FlowConfig: the FlowManager's limits, as in the seed document."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["FlowConfig"]


class FlowConfig(BaseModel):
    """Limits and switches of a FlowManager.

    Every field does something; see README "FlowConfig".
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_concurrent_flows: int = Field(
        100, ge=1, description="flow runs (pipeline runs, computations, triggers) at once"
    )
    max_queue_size: int = Field(
        1000, ge=1, description="default bound of stream buffers and of runs waiting for a slot"
    )
    timeout: float = Field(
        30.0, gt=0, description="default stage timeout and longest wait for a run slot (s)"
    )
    enable_backpressure: bool = Field(
        True,
        description="True: a run waits for a free slot (up to `timeout`) and full streams "
        "make producers wait; False: refuse at once",
    )
    backpressure_threshold: int = Field(
        100, ge=1, description="buffer depth at which a stream reports itself under pressure"
    )
    slow_consumer_timeout: float = Field(
        2.0,
        gt=0,
        description="default seconds an in-memory stream consumer may keep a producer "
        "waiting (overflow: block), from when it first did, before it is evicted",
    )
    history_limit: int = Field(
        1000,
        ge=1,
        le=100_000,
        description="default number of transitions a state machine's history keeps "
        "(the newest); a machine may set its own",
    )
    max_item_bytes: int = Field(
        1_048_576,
        ge=1,
        description="largest stream item or event data (as JSON, bytes); larger: refused",
    )
    max_stream_bytes: int = Field(
        64 * 1_048_576,
        ge=1024,
        description="default bytes an in-memory stream's buffers and replay window each hold "
        "at most (full: the stream's overflow policy applies)",
    )
    max_memory_mb: int = Field(
        512,
        ge=1,
        description="MiB every in-memory stream's live entries and the event bus's replay "
        "window may hold together; more is refused (507)",
    )
    enable_flow_tracking: bool = Field(
        True, description="keep recent runs (traces, transitions) for /flows and debugging"
    )
    enable_performance_monitoring: bool = Field(
        True, description="record per-stage and per-flow latency statistics"
    )
