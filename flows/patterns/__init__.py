"""The patterns: pipelines, streams' consumers, the event bus, reactive flows, state
machines and stream processors.

Each pattern is a reactivex graph: a pipeline is a chain of operators (timeout,
retry, circuit breaker, bounded concurrency), the event bus a Subject its feeds
filter, a reactive flow a ``combine_latest`` graph of version streams, a state
machine a ``scan`` over accepted transitions, a processor a chain of our windowing
operators (``window``, ``window_join``, ``dedupe``, ...) from sources to sinks.
:class:`FlowManager` creates and names them, and hands each the one
:class:`~flows.backends.Backend` (memory or Redis) through which anything shared
across instances goes.

It may import: ``flows.backends``, ``flows._errors``, ``flows._registry``,
``flows._clock``, ``operators``, reactivex, pydantic (stage and step parameter
models), jmespath (processor expressions). Never ``flows.files``, ``captions`` or
``app``.
"""

from ._components import build_registry, register_builtins
from ._config import FlowConfig
from ._event import Event, Handler, Subscription
from ._event_bus import EventBus
from ._machine_store import trigger_stored
from ._manager import FlowManager, IfExists
from ._metrics import FlowMetrics, FlowTracker, RunRecord
from ._pipeline import Pipeline, PipelineResult
from ._processor import (
    Processor,
    ProcessorHost,
    SinkSpec,
    SourceSpec,
    TimeSpec,
    WebhookSender,
)
from ._processor_chain import ChainState, Output, StepSpec, build_chain, output_key
from ._processor_steps import (
    AggregateStep,
    Expr,
    Rec,
    RecordStep,
    WindowStep,
    compile_expr,
    seconds,
)
from ._reactive import ReactiveFlow
from ._reactive_share import Computation
from ._stage import CircuitBreakerConfig, ErrorMode, ProgressEvent, StageConfig, StageTrace
from ._state_machine import (
    DEFAULT_HISTORY_LIMIT,
    GuardRejectedError,
    HistoryPage,
    StateMachine,
    TransitionRecord,
    records,
)

__all__ = [
    "DEFAULT_HISTORY_LIMIT",
    "AggregateStep",
    "ChainState",
    "CircuitBreakerConfig",
    "Computation",
    "ErrorMode",
    "Event",
    "Expr",
    "EventBus",
    "FlowConfig",
    "FlowManager",
    "FlowMetrics",
    "FlowTracker",
    "GuardRejectedError",
    "Handler",
    "HistoryPage",
    "IfExists",
    "Output",
    "Pipeline",
    "PipelineResult",
    "Processor",
    "ProcessorHost",
    "ProgressEvent",
    "ReactiveFlow",
    "Rec",
    "RecordStep",
    "RunRecord",
    "SinkSpec",
    "SourceSpec",
    "StageConfig",
    "StageTrace",
    "StateMachine",
    "StepSpec",
    "Subscription",
    "TimeSpec",
    "TransitionRecord",
    "WebhookSender",
    "WindowStep",
    "build_chain",
    "build_registry",
    "compile_expr",
    "output_key",
    "records",
    "register_builtins",
    "seconds",
    "trigger_stored",
]
