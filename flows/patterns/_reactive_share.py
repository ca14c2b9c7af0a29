"""Reactive flows defined by name: built from registered functions, shared on Redis.

A flow defined this way (``FlowManager.define_reactive_flow``, the REST route) names
each computation's function in the component registry (kind ``reactive``). On a
shared backend its definition is recorded in ``backend.flows`` under kind
``reactive``, and its inputs as one JSON object in ``backend.cache`` (no TTL) under
``reactive:<flow>:inputs``. Another instance rebuilds the flow from the same
registry and, before each compute, sets only the inputs whose stored value differs
from its own, so cached computations not depending on them stay cached. Inputs are
written as a whole object: concurrent writers of one flow, last one wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from reactivex import abc

from .._errors import FlowConfigError
from .._registry import BuildContext, Registry, UnknownComponentError
from ..backends import Backend
from ._reactive import ReactiveFlow

__all__ = ["KIND", "Computation", "ReactiveShare"]

KIND = "reactive"


@dataclass(frozen=True, slots=True)
class Computation:
    """One computation of a flow defined by name: ``name = function(*depends_on)``."""

    name: str
    function: str
    depends_on: Sequence[str] = field(default_factory=tuple)


def _inputs_key(name: str) -> str:
    return f"reactive:{name}:inputs"


class ReactiveShare:
    """Builds flows from the registry and keeps them in step through the backend."""

    def __init__(
        self, backend: Backend, registry: Registry, scheduler: abc.SchedulerBase | None
    ) -> None:
        self.backend = backend
        self.registry = registry
        self.scheduler = scheduler
        self.shared = backend.kind != "memory"

    def build(
        self, name: str, computations: Sequence[Computation], inputs: Mapping[str, Any]
    ) -> ReactiveFlow:
        """A validated, unregistered flow.

        Raises:
            FlowConfigError: an unknown function (with a did-you-mean hint), an
                unknown dependency or a cycle.
        """
        draft = ReactiveFlow(name, scheduler=self.scheduler)
        try:
            for key, value in inputs.items():
                draft.add_input(key, value)
            for spec in computations:
                draft.add_computation(spec.name, self._function(name, spec), spec.depends_on)
            draft.validate()  # unknown dependency, cycle
        except BaseException:
            draft.dispose()
            raise
        return draft

    def _function(self, flow: str, spec: Computation) -> Any:
        try:
            component = self.registry.get(spec.function, "reactive")
        except UnknownComponentError as error:
            hint = f"; {error.hint}" if error.hint else ""
            known = ", ".join(self.registry.names("reactive"))
            msg = (
                f"reactive flow '{flow}': computation '{spec.name}' uses unknown "
                f"function '{spec.function}'{hint} (known: {known})"
            )
            raise FlowConfigError(msg) from None
        return component.build({}, BuildContext(self.scheduler, None, flow, spec.name))

    async def taken(self, name: str) -> bool:
        """Whether another instance recorded a flow of that name (shared backend)."""
        return self.shared and await self.backend.flows.load(KIND, name) is not None

    async def record(
        self, name: str, computations: Sequence[Computation], inputs: Mapping[str, Any]
    ) -> None:
        """Shared backend: record the definition and the inputs for the other instances."""
        if not self.shared:
            return
        specs = [{**asdict(c), "depends_on": list(c.depends_on)} for c in computations]
        await self.backend.cache.set(_inputs_key(name), dict(inputs))
        await self.backend.flows.save(KIND, name, {"computations": specs})

    async def save_inputs(self, flow: ReactiveFlow, inputs: Mapping[str, Any]) -> None:
        """Shared backend: merge ``inputs`` (already set on ``flow``) into the stored ones."""
        if not self.shared or not inputs:
            return
        stored = await self.backend.cache.get(_inputs_key(flow.name)) or {}
        await self.backend.cache.set(_inputs_key(flow.name), {**stored, **inputs})

    async def stored_inputs(self, name: str) -> dict[str, Any]:
        """The inputs recorded for ``name`` ({} in memory)."""
        if not self.shared:
            return {}
        stored = await self.backend.cache.get(_inputs_key(name))
        return stored if isinstance(stored, dict) else {}

    async def rebuild(self, name: str, inputs: Mapping[str, Any]) -> ReactiveFlow | None:
        """The flow another instance recorded, built here (None when there is none)."""
        if not self.shared:
            return None
        found = await self.backend.flows.load(KIND, name)
        if found is None:
            return None
        specs = [
            Computation(c["name"], c["function"], tuple(c.get("depends_on") or ()))
            for c in found["computations"]
        ]
        return self.build(name, specs, inputs)

    @staticmethod
    def catch_up(flow: ReactiveFlow, inputs: Mapping[str, Any]) -> None:
        """Set the inputs whose stored value differs from the flow's own."""
        current = flow.describe()["inputs"]
        changed = {k: v for k, v in inputs.items() if k not in current or current[k] != v}
        if changed:
            flow.set_inputs(changed)
