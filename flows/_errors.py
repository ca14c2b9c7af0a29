"""Errors raised by the flow runtime.

One hierarchy; the HTTP layer maps each class to a status code::

    FlowError
    ├── FlowConfigError          a definition is invalid (422)
    │   ├── UnknownDependencyError   a computation depends on a name not defined
    │   └── CycleError               computations depend on each other in a loop
    ├── FlowNotFoundError        no flow registered under that name (404)
    ├── FlowExistsError          a flow of that name already exists (409)
    ├── FlowLimitError           FlowConfig.max_concurrent_flows reached (429)
    ├── StageFailedError         a pipeline stage failed for good (carries the trace)
    ├── InvalidTransitionError   event not allowed in the current state (409)
    ├── StreamFullError          a stream buffer refused an item (429)
    ├── ItemTooLargeError        an item is over ``max_item_bytes`` (413)
    ├── MemoryBudgetError        the process's byte budget is spent (507)
    ├── SlowConsumerError        a consumer was evicted for blocking producers (ends its read)
    └── StreamReadError          reading a stream failed mid-feed (ends the consumer's read)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "CycleError",
    "FlowConfigError",
    "FlowError",
    "FlowExistsError",
    "FlowLimitError",
    "FlowNotFoundError",
    "InvalidTransitionError",
    "ItemTooLargeError",
    "MemoryBudgetError",
    "SlowConsumerError",
    "StageFailedError",
    "StreamFullError",
    "StreamReadError",
    "UnknownDependencyError",
]


class FlowError(Exception):
    """Base class of every error the flow runtime raises itself."""


class FlowConfigError(FlowError):
    """A flow definition is invalid; the message says what and how to fix it."""


class UnknownDependencyError(FlowConfigError):
    """A computation names a dependency that is not defined."""

    def __init__(self, flow: str, computation: str, dependency: str, known: Sequence[str]):
        self.flow = flow
        self.computation = computation
        self.dependency = dependency
        known_txt = ", ".join(sorted(known)) or "none"
        super().__init__(
            f"reactive flow '{flow}': computation '{computation}' depends on "
            f"'{dependency}', which is not defined (defined: {known_txt})"
        )


class CycleError(FlowConfigError):
    """Computations depend on each other in a loop; ``cycle`` lists it in order."""

    def __init__(self, flow: str, cycle: Sequence[str]):
        self.flow = flow
        self.cycle = list(cycle)
        path = " -> ".join(self.cycle)
        super().__init__(f"reactive flow '{flow}' has a dependency cycle: {path}")


class FlowNotFoundError(FlowError, KeyError):
    """No flow of that kind is registered under that name."""

    def __init__(self, kind: str, name: str, known: Sequence[str] = ()):
        self.kind = kind
        self.name = name
        known_txt = ", ".join(sorted(known)) or "none"
        super().__init__(f"no {kind} named '{name}' (registered: {known_txt})")

    def __str__(self) -> str:
        return str(self.args[0])


class FlowExistsError(FlowError):
    """A flow with that name is already registered."""

    def __init__(self, kind: str, name: str):
        self.kind = kind
        self.name = name
        super().__init__(f"a {kind} named '{name}' already exists")


class FlowLimitError(FlowError):
    """Too many flows are running at once (FlowConfig.max_concurrent_flows)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"max_concurrent_flows ({limit}) reached; retry shortly")


class StageFailedError(FlowError):
    """A pipeline stage failed after its retries; ``trace`` holds every stage run."""

    def __init__(
        self, pipeline: str, stage: str, error: BaseException, trace: Sequence[Any]
    ) -> None:
        self.pipeline = pipeline
        self.stage = stage
        self.error = error
        self.trace = list(trace)
        super().__init__(
            f"pipeline '{pipeline}' stage '{stage}' failed: {type(error).__name__}: {error}"
        )
        self.__cause__ = error


class InvalidTransitionError(FlowError):
    """The event is not allowed in the machine's current state."""

    def __init__(
        self,
        machine: str,
        state: str,
        event: str,
        allowed: Sequence[str],
        *,
        final: bool | None = None,
    ):
        self.machine = machine
        self.state = state
        self.event = event
        self.allowed = sorted(allowed)
        self.final = final
        if self.allowed:
            allowed_txt = f"allowed: {', '.join(self.allowed)}"
        elif final:
            allowed_txt = f"allowed: none, '{state}' is a final state"
        elif final is None:
            allowed_txt = "allowed: none"
        else:
            allowed_txt = (
                f"allowed: none, no transition leaves '{state}'; add one, or mark the state "
                "final if the machine is meant to end there"
            )
        super().__init__(
            f"state machine '{machine}': event '{event}' is not allowed in state "
            f"'{state}' ({allowed_txt})"
        )


class StreamFullError(FlowError):
    """A stream's buffer is full and refused the item."""

    def __init__(
        self,
        stream: str,
        max_size: int,
        retry_after: float = 1.0,
        accepted: int = 0,
        *,
        max_bytes: int | None = None,
    ) -> None:
        self.stream = stream
        self.max_size = max_size
        self.max_bytes = max_bytes
        self.retry_after = retry_after
        self.accepted = accepted
        """Items of the batch stored before this one was refused (``produce_many``)."""
        bound = f"{max_size} item(s)" + (f" or {max_bytes} bytes" if max_bytes else "")
        super().__init__(f"stream '{stream}' buffer is full ({bound})")


class SlowConsumerError(FlowError):
    """A consumer kept a producer waiting for ``timeout`` seconds and was evicted.

    Raised by the evicted consumer's read (``Stream.entries``/``consume``) once it has
    taken what it was given before the eviction; ``last_id`` is the last entry id it
    was handed (0: none), the point to resume from (the replay window has the rest).
    """

    def __init__(self, stream: str, consumer: str, timeout: float, last_id: int = 0) -> None:
        self.stream = stream
        self.consumer = consumer
        self.timeout = timeout
        self.last_id = last_id
        super().__init__(
            f"stream '{stream}': {consumer} was evicted: it kept a producer waiting "
            f"{timeout:g}s (slow_consumer_timeout); resume after id {last_id} with "
            "Last-Event-ID to get what it missed"
        )


class StreamReadError(FlowError):
    """Reading a stream failed mid-feed (an error Redis answered, not an outage the
    reader waits out): the consumer's feed ends; ``last_id`` is the last entry id it
    was handed (None: none), the point to resume from once the stream reads again.
    """

    def __init__(self, stream: str, cause: BaseException, last_id: Any = None) -> None:
        self.stream = stream
        self.last_id = last_id
        super().__init__(f"reading stream '{stream}' failed: {cause}")


class ItemTooLargeError(FlowError):
    """One item (a stream item, an event's data) is larger than ``max_item_bytes``."""

    def __init__(self, what: str, size: int, limit: int, field: str | None = None) -> None:
        self.what = what
        self.field = field
        """The request field it came from (``items[3]``, ``data``), if known."""
        self.size = size
        self.limit = limit
        super().__init__(
            f"{what} is {size} bytes as JSON, over the {limit}-byte limit per item "
            "(max_item_bytes, CAPTIONFLOW_MAX_ITEM_BYTES); split it or store it elsewhere "
            "and send a reference"
        )


class MemoryBudgetError(FlowError):
    """Storing ``requested`` more bytes would take the process over its byte budget.

    ``budget`` names it (``"process"``: ``max_memory_mb``); ``in_use`` is what live
    stream entries and retained events hold now. Nothing of the refused batch is stored.
    """

    def __init__(self, budget: str, limit: int, in_use: int, requested: int) -> None:
        self.budget = budget
        self.limit = limit
        self.in_use = in_use
        self.requested = requested
        self.retry_after = 1.0
        super().__init__(
            f"the {budget} memory budget is spent: {in_use} of {limit} bytes in use, "
            f"{requested} more requested (max_memory_mb, CAPTIONFLOW_MAX_MEMORY_MB); "
            "consume the streams that hold entries, or raise the budget"
        )
