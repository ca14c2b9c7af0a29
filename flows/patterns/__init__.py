"""The patterns: pipelines, streams' consumers, the event bus, reactive flows, state machines.

Each pattern is a reactivex graph: a pipeline is a chain of operators (timeout,
retry, circuit breaker, bounded concurrency), the event bus a Subject its feeds
filter, a reactive flow a ``combine_latest`` graph of version streams, a state
machine a ``scan`` over accepted transitions. :class:`FlowManager` creates and
names them, and hands each the one :class:`~flows.backends.Backend` (memory or
Redis) through which anything shared across instances goes.

It may import: ``flows.backends``, ``flows._errors``, ``flows._registry``,
``flows._clock``, ``operators``, reactivex. Never ``flows.files`` or ``app``.
"""

from ._components import build_registry, register_builtins
from ._config import FlowConfig
from ._event import Event, Handler, Subscription
from ._event_bus import EventBus
from ._machine_store import trigger_stored
from ._manager import FlowManager, IfExists
from ._metrics import FlowMetrics, FlowTracker, RunRecord
from ._pipeline import Pipeline, PipelineResult
from ._reactive import ReactiveFlow
from ._reactive_share import Computation
from ._stage import CircuitBreakerConfig, ErrorMode, ProgressEvent, StageConfig, StageTrace
from ._state_machine import GuardRejectedError, StateMachine, TransitionRecord, records

__all__ = [
    "CircuitBreakerConfig",
    "Computation",
    "ErrorMode",
    "Event",
    "EventBus",
    "FlowConfig",
    "FlowManager",
    "FlowMetrics",
    "FlowTracker",
    "GuardRejectedError",
    "Handler",
    "IfExists",
    "Pipeline",
    "PipelineResult",
    "ProgressEvent",
    "ReactiveFlow",
    "RunRecord",
    "StageConfig",
    "StageTrace",
    "StateMachine",
    "Subscription",
    "TransitionRecord",
    "build_registry",
    "records",
    "register_builtins",
    "trigger_stored",
]
