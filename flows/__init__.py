"""The captionflow runtime: pipelines, streams, event bus, reactive flows, state machines,
stream processors.

    from flows import FlowManager, FlowConfig
    flow_manager = FlowManager(FlowConfig(max_concurrent_flows=100))

Flows can also be declared in YAML (``config/flows/*.yaml``): ``load_flow_file`` checks a
file against a component ``Registry``, ``install`` builds it into a FlowManager, and
``run_flow_tests`` runs its marble tests in virtual time.

Sub-packages, each importing only those below it (``make lint`` checks it)::

    flows.files      the YAML layer: load, check, build, graph, marble tests
    flows.patterns   Pipeline, EventBus, ReactiveFlow, StateMachine, Processor, FlowManager
    flows.backends   transport and state: memory or Redis streams, stores, limits
    flows._registry, flows._errors, flows._problems, flows._clock   shared by all
    flows._vtime     VirtualTimeLoop / run_virtual (standard library only)

It may import: ``operators``, reactivex, pydantic, PyYAML (``files``), jmespath
(``patterns``' processor steps), redis and limits (``backends`` only). Never ``app``
or ``captions``: they register components into the Registry from above.
"""

from . import backends, files, patterns
from ._errors import (
    CycleError,
    FlowConfigError,
    FlowError,
    FlowExistsError,
    FlowLimitError,
    FlowNotFoundError,
    InvalidTransitionError,
    ItemTooLargeError,
    MemoryBudgetError,
    SlowConsumerError,
    StageFailedError,
    StreamFullError,
    StreamReadError,
    UnknownDependencyError,
)
from ._problems import FlowFileError, Problem
from ._registry import (
    BuildContext,
    Component,
    ComponentKind,
    Registry,
    StageParts,
    StageWrapper,
    UnknownComponentError,
)
from ._vtime import DeadlinePassed, VirtualTimeLoop, run_virtual
from .backends import Entry, MemoryBudget, ProduceResult, Reset, Stream
from .files import (
    FlowSpec,
    GraphFormat,
    Installed,
    MarbleEvent,
    MarbleSyntaxError,
    MarbleTestDef,
    PipelineDef,
    ProcessorDef,
    ReactiveDef,
    StateMachineDef,
    StreamDef,
    SubscriptionDef,
    TestResult,
    YamlDocument,
    find_flow_files,
    install,
    lint_paths,
    load_flow_file,
    load_yaml,
    parse_marbles,
    render_graph,
    render_marbles,
    run_flow_tests,
    run_marble_test,
)
from .patterns import (
    DEFAULT_HISTORY_LIMIT,
    CircuitBreakerConfig,
    Event,
    EventBus,
    FlowConfig,
    FlowManager,
    FlowMetrics,
    FlowTracker,
    GuardRejectedError,
    HistoryPage,
    Pipeline,
    PipelineResult,
    Processor,
    ProgressEvent,
    ReactiveFlow,
    RunRecord,
    StageConfig,
    StageTrace,
    StateMachine,
    Subscription,
    TransitionRecord,
    build_registry,
)

__all__ = [
    "DEFAULT_HISTORY_LIMIT",
    "DeadlinePassed",
    "VirtualTimeLoop",
    "run_virtual",
    "BuildContext",
    "CircuitBreakerConfig",
    "Component",
    "ComponentKind",
    "CycleError",
    "Entry",
    "Event",
    "EventBus",
    "FlowConfig",
    "FlowConfigError",
    "FlowError",
    "FlowExistsError",
    "FlowFileError",
    "FlowLimitError",
    "FlowManager",
    "FlowMetrics",
    "FlowNotFoundError",
    "FlowSpec",
    "FlowTracker",
    "GraphFormat",
    "GuardRejectedError",
    "HistoryPage",
    "Installed",
    "InvalidTransitionError",
    "ItemTooLargeError",
    "MarbleEvent",
    "MarbleSyntaxError",
    "MarbleTestDef",
    "MemoryBudget",
    "MemoryBudgetError",
    "Pipeline",
    "PipelineDef",
    "PipelineResult",
    "Problem",
    "Processor",
    "ProcessorDef",
    "ProduceResult",
    "ProgressEvent",
    "ReactiveDef",
    "ReactiveFlow",
    "Registry",
    "Reset",
    "RunRecord",
    "SlowConsumerError",
    "StageConfig",
    "StageFailedError",
    "StageParts",
    "StageTrace",
    "StageWrapper",
    "StateMachine",
    "StateMachineDef",
    "Stream",
    "StreamDef",
    "StreamFullError",
    "StreamReadError",
    "Subscription",
    "SubscriptionDef",
    "TestResult",
    "TransitionRecord",
    "UnknownComponentError",
    "UnknownDependencyError",
    "YamlDocument",
    "backends",
    "files",
    "patterns",
    "build_registry",
    "find_flow_files",
    "install",
    "lint_paths",
    "load_flow_file",
    "load_yaml",
    "parse_marbles",
    "render_graph",
    "render_marbles",
    "run_flow_tests",
    "run_marble_test",
]
