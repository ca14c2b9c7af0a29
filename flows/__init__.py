"""The captionflow runtime: pipelines, streams, event bus, reactive flows, state machines.

from flows import FlowManager, FlowConfig
flow_manager = FlowManager(FlowConfig(max_concurrent_flows=100))
"""

from ._config import FlowConfig
from ._errors import (
    CycleError,
    FlowConfigError,
    FlowError,
    FlowExistsError,
    FlowLimitError,
    FlowNotFoundError,
    InvalidTransitionError,
    StageFailedError,
    StreamFullError,
    UnknownDependencyError,
)
from ._event_bus import Event, EventBus, Subscription
from ._manager import FlowManager
from ._metrics import FlowMetrics, FlowTracker, RunRecord
from ._pipeline import Pipeline, PipelineResult
from ._reactive import ReactiveFlow
from ._stage import CircuitBreakerConfig, ProgressEvent, StageConfig, StageTrace
from ._state_machine import GuardRejectedError, StateMachine, TransitionRecord, caption_workflow
from ._stream import Entry, ProduceResult, Reset, Stream

__all__ = [
    "CircuitBreakerConfig",
    "CycleError",
    "Entry",
    "Event",
    "EventBus",
    "FlowConfig",
    "FlowConfigError",
    "FlowError",
    "FlowExistsError",
    "FlowLimitError",
    "FlowManager",
    "FlowMetrics",
    "FlowNotFoundError",
    "FlowTracker",
    "GuardRejectedError",
    "InvalidTransitionError",
    "Pipeline",
    "PipelineResult",
    "ProduceResult",
    "ProgressEvent",
    "ReactiveFlow",
    "Reset",
    "RunRecord",
    "StageConfig",
    "StageFailedError",
    "StageTrace",
    "StateMachine",
    "Stream",
    "StreamFullError",
    "Subscription",
    "TransitionRecord",
    "UnknownDependencyError",
    "caption_workflow",
]
