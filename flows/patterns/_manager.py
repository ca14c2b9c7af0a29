"""FlowManager: the seed's central orchestrator.

It creates and names every flow, hands each the limits of one FlowConfig, runs
them through one FlowTracker (``max_concurrent_flows``, metrics) and owns the
EventBus that ties them together.

Streams, event transport and state persistence go through one ``Backend`` (memory
by default). On a shared backend (Redis) streams and state machines registered here
are recorded in ``backend.flows`` too, so every instance finds them by name
(:meth:`find_stream`, :meth:`find_state_machine`), machines keep their state in
``backend.machines`` from the moment they are registered (``_machine_share``) and
the EventBus publishes and subscribes through the backend.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar

from reactivex import Observable, abc

from operators import OverflowPolicy

from .._errors import FlowConfigError, FlowExistsError, FlowNotFoundError
from .._registry import Registry
from ..backends import MIB, Backend, MemoryBackend, MemoryBudget, ProcessorStore, Stream, StreamLike
from ._components import build_registry
from ._config import FlowConfig
from ._event import Event
from ._event_bus import EventBus
from ._machine_share import MachineShare
from ._metrics import FlowTracker
from ._pipeline import Pipeline
from ._processor import Processor, WebhookSender, loop_scheduler
from ._reactive import ReactiveFlow
from ._reactive_share import Computation, ReactiveShare
from ._state_machine import StateMachine

__all__ = ["FlowManager"]

IfExists = Literal["replace", "error"]
F = TypeVar("F")


class FlowManager:
    """Creates, registers and measures pipelines, streams, reactive flows and machines."""

    def __init__(
        self,
        config: FlowConfig | None = None,
        *,
        scheduler: abc.SchedulerBase | None = None,
        backend: Backend | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.config = config or FlowConfig()
        self.scheduler = scheduler
        self.backend: Backend = backend or MemoryBackend()
        self.shared = self.backend.kind != "memory"
        self.tracker = FlowTracker(self.config)
        transport = self.backend if self.shared else None
        self.budget = MemoryBudget(
            self.config.max_memory_mb * MIB, max_item_bytes=self.config.max_item_bytes
        )
        """This process's byte budget (``flows.backends.MemoryBudget``)."""
        self.event_bus = EventBus(
            handler_timeout=self.config.timeout,
            transport=transport,
            replay_bytes=self.config.max_stream_bytes,
            budget=self.budget,
        )
        self.pipelines: dict[str, Pipeline] = {}
        self.streams: dict[str, StreamLike] = {}
        self.reactive_flows: dict[str, ReactiveFlow] = {}
        self.state_machines: dict[str, StateMachine] = {}
        self.processors: dict[str, Processor] = {}
        self.webhook_sender: WebhookSender | None = None
        """The app's SSRF-safe webhook delivery (processor webhook sinks); set at startup."""
        self.owner = f"{uuid.uuid4().hex[:12]}"
        """This instance's name as a processor lease owner."""
        self._running = False
        self._processor_moves: set[asyncio.Task[None]] = set()
        self._machines = MachineShare(self.backend, scheduler)
        self.registry = registry or build_registry(entry_points=False)
        self._reactive = ReactiveShare(self.backend, self.registry, scheduler)

    def use_registry(self, registry: Registry) -> None:
        """The component registry flows defined by name are built from (start-up)."""
        self.registry = registry
        self._reactive.registry = registry

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
        slow_consumer_timeout: float | None = None,
        max_bytes: int | None = None,
        if_exists: IfExists = "replace",
    ) -> StreamLike:
        """A new stream; defaults come from the FlowConfig (``max_queue_size``,
        ``slow_consumer_timeout``, ``max_stream_bytes``, …); its entries count in
        this manager's :attr:`budget`.

        On a shared backend the definition is recorded for the other instances, and
        ``if_exists="error"`` also refuses a name another instance created.
        """
        if max_bytes is not None and max_bytes > self.budget.max_bytes:
            msg = (
                f"stream '{name}': max_bytes {max_bytes} is more than the process's memory "
                f"budget ({self.budget.max_bytes} bytes, max_memory_mb); ask for less"
            )
            raise FlowConfigError(msg)
        old = self.streams.get(name)
        if if_exists == "error":
            await self._check_free("stream", name, self.streams)
        backpressure = (
            self.config.enable_backpressure if enable_backpressure is None else enable_backpressure
        )
        size = max_buffer_size or self.config.max_queue_size
        stream = await self.backend.create_stream(
            name,
            max_buffer_size=size,
            overflow=overflow,
            compression=compression,
            replay_size=replay_size,
            enable_backpressure=backpressure,
            produce_timeout=self.config.timeout,
            backpressure_threshold=self.config.backpressure_threshold,
            slow_consumer_timeout=slow_consumer_timeout or self.config.slow_consumer_timeout,
            max_bytes=max_bytes or self.config.max_stream_bytes,
            budget=self.budget,
        )
        if self.shared:
            definition = {
                "max_buffer_size": size,
                "compression": compression,
                "replay_size": replay_size,
            }
            await self.backend.flows.save("stream", name, definition)
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

    async def define_reactive_flow(
        self,
        name: str,
        computations: Sequence[Computation],
        inputs: Mapping[str, Any] | None = None,
    ) -> ReactiveFlow:
        """A reactive flow whose computations are registered ``reactive`` components.

        The graph is built and checked first, so a bad definition never replaces a
        working flow; on a shared backend the definition and inputs are recorded for
        the other instances (:meth:`find_reactive_flow` rebuilds it there).

        Raises:
            FlowConfigError: an unknown function, an unknown dependency or a cycle.
            FlowExistsError: the name is taken, here or on another instance.
        """
        values = dict(inputs or {})
        draft = self._reactive.build(name, computations, values)
        try:
            if name in self.reactive_flows or await self._reactive.taken(name):
                raise FlowExistsError("reactive flow", name)
            await self._reactive.record(name, computations, values)
            self.adopt(draft, if_exists="error")
        except BaseException:
            draft.dispose()
            raise
        return draft

    async def find_reactive_flow(self, name: str) -> ReactiveFlow:
        """The flow ``name``: registered here, or rebuilt from another instance's record;
        on a shared backend its inputs are first brought up to date with the stored ones."""
        if not self.shared:
            return self.get_reactive_flow(name)
        inputs = await self._reactive.stored_inputs(name)
        if name not in self.reactive_flows:
            rebuilt = await self._reactive.rebuild(name, inputs)
            if rebuilt is not None and name not in self.reactive_flows:
                self.adopt(rebuilt, if_exists="error")
        flow = self.get_reactive_flow(name)
        self._reactive.catch_up(flow, inputs)
        return flow

    async def set_reactive_inputs(self, flow: ReactiveFlow, inputs: Mapping[str, Any]) -> None:
        """Set ``inputs`` on ``flow`` (its dependants go stale); shared: for every instance."""
        flow.set_inputs(inputs)
        await self._reactive.save_inputs(flow, inputs)

    async def create_state_machine(
        self,
        name: str,
        initial: str,
        *,
        if_exists: IfExists = "replace",
        history_limit: int | None = None,
    ) -> StateMachine:
        """A new state machine in state ``initial``; its history keeps the newest
        ``history_limit`` records (default: the config's ``history_limit``)."""
        limit = history_limit or self.config.history_limit
        machine = StateMachine(name, initial, scheduler=self.scheduler, history_limit=limit)
        self._register(self.state_machines, "state machine", name, machine, if_exists)
        self._machines.attach(machine)  # shared: its definition is recorded at first use
        return machine

    async def add_state_machine(
        self, machine: StateMachine, *, if_exists: IfExists = "replace"
    ) -> StateMachine:
        """Register ``machine``, built whole (a flow file, ``caption_workflow()``); on a
        shared backend its definition is recorded and its stored state taken at once."""
        self._register(self.state_machines, "state machine", machine.name, machine, if_exists)
        await self._machines.share(machine)
        return machine

    async def _check_free(self, kind: str, name: str, local: dict[str, Any]) -> None:
        """FlowExistsError if ``name`` is taken here or (shared) on another instance."""
        if name in local or (self.shared and await self.backend.flows.load(kind, name)):
            raise FlowExistsError(kind.replace("_", " "), name)

    async def find_stream(self, name: str) -> StreamLike:
        """The stream ``name``: registered here, or created on another instance (shared)."""
        if name not in self.streams and self.shared:
            found = await self.backend.flows.load("stream", name)
            if found is not None and name not in self.streams:
                self.streams[name] = await self.backend.create_stream(name, **found)
        return self.get_stream(name)

    async def find_state_machine(self, name: str) -> StateMachine:
        """The machine ``name``, refreshed from the store; or rebuilt from the shared
        definition another instance recorded (its states and transitions)."""
        if name not in self.state_machines:
            found = await self._machines.rebuild(name, self.config.history_limit)
            if found is not None:
                self.state_machines.setdefault(name, found)
        machine = self.get_state_machine(name)
        self._machines.attach(machine)  # one put in ``state_machines`` directly
        await machine.refresh()
        return machine

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
            self._machines.attach(flow)  # shared: its definition is recorded at first use

    # -- processors (the ProcessorHost a running processor uses) -------------------
    def add_processor(self, processor: Processor, *, if_exists: IfExists = "replace") -> None:
        """Register ``processor``; once the manager runs, the old one of the name stops
        (its last checkpoint saved) before the new one starts."""
        old = self.processors.get(processor.name)
        self._register(self.processors, "processor", processor.name, processor, if_exists)
        if self._running and old is not processor:
            self._move(old, processor)

    def remove_processor(self, name: str, processor: Processor | None = None) -> bool:
        """Stop and forget the processor ``name`` (only if it is ``processor``, when given)."""
        found = self.processors.get(name)
        if found is None or (processor is not None and found is not processor):
            return False
        del self.processors[name]
        self._move(found, None)
        return True

    def _move(self, old: Processor | None, new: Processor | None) -> None:
        async def move() -> None:
            if old is not None:
                await old.stop()
            if new is not None and self._running and self.processors.get(new.name) is new:
                new.start(self)

        with contextlib.suppress(RuntimeError):  # no running loop: nothing is running
            task = asyncio.get_running_loop().create_task(move())
            self._processor_moves.add(task)
            task.add_done_callback(self._processor_moves.discard)

    def get_processor(self, name: str) -> Processor:
        """The processor named ``name``."""
        return _lookup(self.processors, "processor", name)

    @property
    def processor_store(self) -> ProcessorStore:
        """Where processors take their lease and checkpoints."""
        return self.backend.processors

    def processor_scheduler(self) -> abc.SchedulerBase:
        """The scheduler processors run on (the running loop's unless one was given)."""
        return self.scheduler or loop_scheduler()

    async def sink_stream(self, name: str) -> StreamLike:
        """The stream ``name``, created with the defaults when it does not exist yet."""
        if name not in self.streams and not self.shared:
            return await self.create_stream(name)
        try:
            return await self.find_stream(name)
        except FlowNotFoundError:
            return await self.create_stream(name)

    def events(self, pattern: str) -> Observable[Event]:
        """Hot observable of the published events matching ``pattern``."""
        return self.event_bus.events(pattern)

    async def publish(self, event_type: str, data: Any) -> None:
        """Publish on the event bus without waiting for handlers."""
        await self.event_bus.publish(event_type, data, wait=False)

    async def publish_once(self, event_type: str, data: Any, key: str) -> bool:
        """Publish unless an event with ``key`` was published before (within an hour)."""
        return await self.event_bus.publish_once(event_type, data, key, wait=False)

    def webhook(self, url: str) -> Callable[[Event], Awaitable[bool]]:
        """The app's webhook delivery to ``url``.

        Raises:
            RuntimeError: no webhook delivery was set up (outside the app).
        """
        if self.webhook_sender is None:
            msg = "webhook sinks need the app's webhook delivery (run the flow in the server)"
            raise RuntimeError(msg)
        return self.webhook_sender(url)

    # -- lookup ------------------------------------------------------------------
    def get_pipeline(self, name: str) -> Pipeline:
        """The pipeline named ``name``; FlowNotFoundError lists the known ones."""
        return _lookup(self.pipelines, "pipeline", name)

    def get_stream(self, name: str) -> StreamLike:
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
        out += [
            {"kind": "processor", "name": n, "status": p.status} for n, p in self.processors.items()
        ]
        return out

    def metrics(self) -> dict[str, Any]:
        """Flow metrics plus event bus and stream counters."""
        return {
            **self.tracker.metrics.snapshot(),
            "events": self.event_bus.stats(),
            "streams": {n: s.stats() for n, s in self.streams.items()},
        }

    def start(self) -> None:
        """In the running event loop: start transport readers of earlier subscriptions."""
        if self.event_bus.remote is not None:
            self.event_bus.remote.resume()
        self._running = True
        for processor in self.processors.values():
            processor.start(self)

    async def shutdown(self) -> None:
        """Stop processors (last checkpoints saved), close every stream (consumers drain
        and finish) and let handlers finish."""
        self._running = False
        for task in list(self._processor_moves):
            with contextlib.suppress(Exception):
                await task
        for processor in list(self.processors.values()):
            await processor.stop()
        for stream in self.streams.values():
            if not stream.closed:
                stream.close()
        await self.event_bus.drain()


def _lookup(registry: dict[str, F], kind: str, name: str) -> F:
    try:
        return registry[name]
    except KeyError:
        raise FlowNotFoundError(kind, name, list(registry)) from None
