"""FlowManager: the seed's central orchestrator.

It creates and names every flow, hands each the limits of one FlowConfig, runs
them through one FlowTracker (``max_concurrent_flows``, metrics) and owns the
EventBus that ties them together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from reactivex import abc

from operators import OverflowPolicy

from ._config import FlowConfig
from ._errors import FlowExistsError, FlowNotFoundError
from ._event_bus import EventBus
from ._metrics import FlowTracker
from ._pipeline import Pipeline
from ._reactive import ReactiveFlow
from ._state_machine import StateMachine
from ._stream import Stream

__all__ = ["FlowManager"]

IfExists = Literal["replace", "error"]
F = TypeVar("F")


class FlowManager:
    """Creates, registers and measures pipelines, streams, reactive flows and machines."""

    def __init__(
        self, config: FlowConfig | None = None, *, scheduler: abc.SchedulerBase | None = None
    ) -> None:
        self.config = config or FlowConfig()
        self.scheduler = scheduler
        self.tracker = FlowTracker(self.config)
        self.event_bus = EventBus(handler_timeout=self.config.timeout)
        self.pipelines: dict[str, Pipeline] = {}
        self.streams: dict[str, Stream] = {}
        self.reactive_flows: dict[str, ReactiveFlow] = {}
        self.state_machines: dict[str, StateMachine] = {}

    @staticmethod
    def _register(registry: dict[str, F], kind: str, name: str, flow: F, if_exists: IfExists) -> F:
        if name in registry and if_exists == "error":
            raise FlowExistsError(kind, name)
        registry[name] = flow
        return flow

    async def create_pipeline(self, name: str, *, if_exists: IfExists = "replace") -> Pipeline:
        """A new, empty pipeline; an existing one of that name is replaced by default."""
        pipeline = Pipeline(
            name,
            default_timeout=self.config.timeout,
            scheduler=self.scheduler,
            tracker=self.tracker,
        )
        return self._register(self.pipelines, "pipeline", name, pipeline, if_exists)

    async def create_stream(
        self,
        name: str,
        max_buffer_size: int | None = None,
        enable_backpressure: bool | None = None,
        compression: bool = False,
        *,
        overflow: OverflowPolicy | None = None,
        replay_size: int | None = None,
        if_exists: IfExists = "replace",
    ) -> Stream:
        """A new stream; defaults come from the FlowConfig (``max_queue_size``, …)."""
        old = self.streams.get(name)
        backpressure = (
            self.config.enable_backpressure if enable_backpressure is None else enable_backpressure
        )
        stream = Stream(
            name,
            max_buffer_size=max_buffer_size or self.config.max_queue_size,
            overflow=overflow,
            enable_backpressure=backpressure,
            compression=compression,
            replay_size=replay_size,
            produce_timeout=self.config.timeout,
            backpressure_threshold=self.config.backpressure_threshold,
        )
        self._register(self.streams, "stream", name, stream, if_exists)
        if old is not None:
            old.close()
        return stream

    async def create_reactive_flow(
        self, name: str, *, inputs: Mapping[str, Any] | None = None, if_exists: IfExists = "replace"
    ) -> ReactiveFlow:
        """A new reactive flow (add computations, then ``await flow.get(name)``)."""
        flow = ReactiveFlow(name, scheduler=self.scheduler)
        for key, value in (inputs or {}).items():
            flow.add_input(key, value)
        return self._register(self.reactive_flows, "reactive flow", name, flow, if_exists)

    async def create_state_machine(
        self, name: str, initial: str, *, if_exists: IfExists = "replace"
    ) -> StateMachine:
        """A new state machine in state ``initial``."""
        machine = StateMachine(name, initial, scheduler=self.scheduler)
        return self._register(self.state_machines, "state machine", name, machine, if_exists)

    def adopt(
        self,
        flow: Pipeline | Stream | ReactiveFlow | StateMachine,
        *,
        if_exists: IfExists = "replace",
    ) -> None:
        """Register a flow built elsewhere (a YAML file, ``caption_workflow()``) by its name."""
        if isinstance(flow, Pipeline):
            flow.attach_tracker(self.tracker)
            self._register(self.pipelines, "pipeline", flow.name, flow, if_exists)
        elif isinstance(flow, Stream):
            old = self.streams.get(flow.name)
            self._register(self.streams, "stream", flow.name, flow, if_exists)
            if old is not None and old is not flow:
                old.close()
        elif isinstance(flow, ReactiveFlow):
            self._register(self.reactive_flows, "reactive flow", flow.name, flow, if_exists)
        else:
            self._register(self.state_machines, "state machine", flow.name, flow, if_exists)

    # -- lookup ------------------------------------------------------------------
    def get_pipeline(self, name: str) -> Pipeline:
        """The pipeline named ``name``; FlowNotFoundError lists the known ones."""
        return _lookup(self.pipelines, "pipeline", name)

    def get_stream(self, name: str) -> Stream:
        """The stream named ``name``."""
        return _lookup(self.streams, "stream", name)

    def get_reactive_flow(self, name: str) -> ReactiveFlow:
        """The reactive flow named ``name``."""
        return _lookup(self.reactive_flows, "reactive flow", name)

    def get_state_machine(self, name: str) -> StateMachine:
        """The state machine named ``name``."""
        return _lookup(self.state_machines, "state machine", name)

    def flows(self) -> list[dict[str, Any]]:
        """Everything registered, with kind and status (``GET /flows``)."""
        out: list[dict[str, Any]] = []
        out += [
            {"kind": "pipeline", "name": n, "status": "ready", "stages": [s.name for s in p.stages]}
            for n, p in self.pipelines.items()
        ]
        out += [
            {
                "kind": "stream",
                "name": n,
                "status": "closed" if s.closed else "open",
                **s.stats(),
            }
            for n, s in self.streams.items()
        ]
        out += [
            {"kind": "reactive", "name": n, "status": "ready", "order": f.order}
            for n, f in self.reactive_flows.items()
        ]
        out += [
            {"kind": "state_machine", "name": n, "status": m.state}
            for n, m in self.state_machines.items()
        ]
        return out

    def metrics(self) -> dict[str, Any]:
        """Flow metrics plus event bus and stream counters."""
        return {
            **self.tracker.metrics.snapshot(),
            "events": self.event_bus.stats(),
            "streams": {n: s.stats() for n, s in self.streams.items()},
        }

    async def shutdown(self) -> None:
        """Close every stream (consumers drain and finish) and let handlers finish."""
        for stream in self.streams.values():
            if not stream.closed:
                stream.close()
        await self.event_bus.drain()


def _lookup(registry: dict[str, F], kind: str, name: str) -> F:
    try:
        return registry[name]
    except KeyError:
        raise FlowNotFoundError(kind, name, list(registry)) from None
