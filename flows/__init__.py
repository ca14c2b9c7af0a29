"""The captionflow runtime: pipelines, streams, event bus, reactive flows, state machines.

from flows import FlowManager, FlowConfig
flow_manager = FlowManager(FlowConfig(max_concurrent_flows=100))

Flows can also be declared in YAML (``config/flows/*.yaml``): ``load_flow_file`` checks a
file against a component ``Registry``, ``install`` builds it into a FlowManager, and
``run_flow_tests`` runs its marble tests in virtual time.
"""

from ._components import build_registry
from ._config import FlowConfig
from ._eager import start_eager
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
from ._flowfile import (
    FlowSpec,
    MarbleTestDef,
    PipelineDef,
    ReactiveDef,
    StateMachineDef,
    StreamDef,
    SubscriptionDef,
)
from ._flowfile_build import Installed, install
from ._flowfile_load import find_flow_files, lint_paths, load_flow_file
from ._flowtest import TestResult, run_flow_tests, run_marble_test
from ._graph import GraphFormat, render_graph
from ._manager import FlowManager
from ._marbles import MarbleEvent, MarbleSyntaxError, parse_marbles, render_marbles
from ._metrics import FlowMetrics, FlowTracker, RunRecord
from ._pipeline import Pipeline, PipelineResult
from ._problems import FlowFileError, Problem
from ._reactive import ReactiveFlow
from ._registry import (
    BuildContext,
    Component,
    ComponentKind,
    Registry,
    StageParts,
    StageWrapper,
    UnknownComponentError,
)
from ._stage import CircuitBreakerConfig, ProgressEvent, StageConfig, StageTrace
from ._state_machine import GuardRejectedError, StateMachine, TransitionRecord, caption_workflow
from ._stream import Entry, ProduceResult, Reset, Stream
from ._yaml import YamlDocument, load_yaml

__all__ = [
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
    "Installed",
    "InvalidTransitionError",
    "MarbleEvent",
    "MarbleSyntaxError",
    "MarbleTestDef",
    "Pipeline",
    "PipelineDef",
    "PipelineResult",
    "Problem",
    "ProduceResult",
    "ProgressEvent",
    "ReactiveDef",
    "ReactiveFlow",
    "Registry",
    "Reset",
    "RunRecord",
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
    "Subscription",
    "SubscriptionDef",
    "TestResult",
    "TransitionRecord",
    "UnknownComponentError",
    "UnknownDependencyError",
    "YamlDocument",
    "backends",
    "build_registry",
    "caption_workflow",
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
    "start_eager",
]


def __getattr__(name: str) -> object:
    # ``flows.backends`` (memory, Redis) is imported on first use, so that
    # ``import flows`` does not load redis for the in-memory runtime
    if name == "backends":
        import importlib

        return importlib.import_module("flows.backends")
    msg = f"module 'flows' has no attribute {name!r}"
    raise AttributeError(msg)
