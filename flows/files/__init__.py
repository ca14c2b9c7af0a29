"""The YAML layer: flow files loaded, checked, built into patterns, drawn and tested.

    document = load_yaml(path)                      # located nodes, safe loading only
    specs = load_flow_file(path, registry)          # checked: every problem located
    installed = install(specs, manager, registry)   # built into a FlowManager
    results = run_flow_tests(specs, registry)       # marble tests, in virtual time

Every error names the file, line, flow and step (:class:`~flows.FlowFileError`).

It may import: ``flows.patterns``, ``flows.backends``, ``flows._errors``,
``flows._problems``, ``flows._registry``, ``flows._vtime`` (marble tests run on a
VirtualTimeLoop), ``operators``, PyYAML, pydantic, reactivex.
"""

from ._build import Installed, build_processor, build_stages, install
from ._check import check_document
from ._graph import GraphFormat, render_graph
from ._limits import MAX_TEST_FRAMES, MAX_TEST_OUTPUTS, MAX_TEST_VALUES, MAX_TESTS
from ._load import find_flow_files, lint_paths, load_flow_file
from ._marble_tests import (
    MarbleTestError,
    MarbleTestTimeout,
    TestResult,
    run_flow_tests,
    run_marble_test,
)
from ._marbles import (
    MarbleEvent,
    MarbleSyntaxError,
    MarbleTooLongError,
    parse_marbles,
    render_marbles,
)
from ._schema import (
    FLOW_MODELS,
    FlowDef,
    FlowSpec,
    MarbleTestDef,
    PipelineDef,
    PipelineStep,
    ProcessorDef,
    ProcessorStep,
    ReactiveDef,
    ReactiveStep,
    StateMachineDef,
    StreamDef,
    SubscriptionDef,
    TransitionDef,
)
from ._yaml import MAX_BYTES, MAX_DEPTH, MAX_NODES, Mark, YamlDocument, load_yaml

__all__ = [
    "FLOW_MODELS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "MAX_TESTS",
    "MAX_TEST_FRAMES",
    "MAX_TEST_OUTPUTS",
    "MAX_TEST_VALUES",
    "FlowDef",
    "FlowSpec",
    "GraphFormat",
    "Installed",
    "Mark",
    "MarbleEvent",
    "MarbleSyntaxError",
    "MarbleTestDef",
    "MarbleTestError",
    "MarbleTestTimeout",
    "MarbleTooLongError",
    "PipelineDef",
    "PipelineStep",
    "ProcessorDef",
    "ProcessorStep",
    "ReactiveDef",
    "ReactiveStep",
    "StateMachineDef",
    "StreamDef",
    "SubscriptionDef",
    "TestResult",
    "TransitionDef",
    "YamlDocument",
    "build_processor",
    "build_stages",
    "check_document",
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
