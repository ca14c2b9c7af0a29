"""The captionflow runtime: pipelines, streams, event bus, reactive flows, state machines."""

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

__all__ = [
    "CycleError",
    "FlowConfigError",
    "FlowError",
    "FlowExistsError",
    "FlowLimitError",
    "FlowNotFoundError",
    "InvalidTransitionError",
    "StageFailedError",
    "StreamFullError",
    "UnknownDependencyError",
]
