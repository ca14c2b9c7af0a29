"""Reactive flows shared through the backend when it is Redis (a no-op in memory).

A flow created over REST records its definition (computations by registered
function name and ``depends_on``) in ``backend.flows`` under kind ``reactive``, and
its inputs as one JSON object in ``backend.cache`` (no TTL) under
``reactive:<flow>:inputs``. Another instance rebuilds the flow from
``REACTIVE_FUNCTIONS`` and, before each compute, sets only the inputs whose stored
value differs from its own, so cached computations not depending on them stay cached.
Inputs are written as a whole object: concurrent writers of one flow, last one wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from captions import REACTIVE_FUNCTIONS
from flows import FlowConfigError, FlowExistsError, FlowManager, ReactiveFlow

from ._models import ComputationSpec

__all__ = ["build_flow", "check_free", "find_flow", "record_flow", "save_inputs"]

KIND = "reactive"


def _inputs_key(name: str) -> str:
    return f"reactive:{name}:inputs"


def build_flow(
    manager: FlowManager,
    name: str,
    computations: Sequence[ComputationSpec],
    inputs: Mapping[str, Any],
) -> ReactiveFlow:
    """A validated, unregistered flow; FlowConfigError names an unknown function."""
    draft = ReactiveFlow(name, scheduler=manager.scheduler)
    try:
        for key, value in inputs.items():
            draft.add_input(key, value)
        for spec in computations:
            fn = REACTIVE_FUNCTIONS.get(spec.function)
            if fn is None:
                known = ", ".join(sorted(REACTIVE_FUNCTIONS))
                msg = (
                    f"reactive flow '{name}': computation '{spec.name}' uses unknown "
                    f"function '{spec.function}' (known: {known})"
                )
                raise FlowConfigError(msg)
            draft.add_computation(spec.name, fn, spec.depends_on)
        draft.validate()  # unknown dependency, cycle
    except BaseException:
        draft.dispose()
        raise
    return draft


async def check_free(manager: FlowManager, name: str) -> None:
    """FlowExistsError if ``name`` is taken here or (shared) by another instance."""
    if name in manager.reactive_flows or (
        manager.shared and await manager.backend.flows.load(KIND, name) is not None
    ):
        raise FlowExistsError("reactive flow", name)


async def record_flow(
    manager: FlowManager,
    name: str,
    computations: Sequence[ComputationSpec],
    inputs: Mapping[str, Any],
) -> None:
    """Shared backend: record the definition and the inputs for the other instances."""
    if not manager.shared:
        return
    specs = [spec.model_dump(mode="json") for spec in computations]
    await manager.backend.cache.set(_inputs_key(name), dict(inputs))
    await manager.backend.flows.save(KIND, name, {"computations": specs})


async def save_inputs(manager: FlowManager, flow: ReactiveFlow, inputs: Mapping[str, Any]) -> None:
    """Shared backend: merge ``inputs`` (already set on ``flow``) into the stored ones."""
    if not manager.shared or not inputs:
        return
    stored = await manager.backend.cache.get(_inputs_key(flow.name)) or {}
    await manager.backend.cache.set(_inputs_key(flow.name), {**stored, **inputs})


async def find_flow(manager: FlowManager, name: str) -> ReactiveFlow:
    """The flow ``name``: registered here, or rebuilt from the shared definition; on a
    shared backend its inputs are first brought up to date with the stored ones."""
    if not manager.shared:
        return manager.get_reactive_flow(name)
    stored = await manager.backend.cache.get(_inputs_key(name))
    inputs: dict[str, Any] = stored if isinstance(stored, dict) else {}
    if name not in manager.reactive_flows:
        found = await manager.backend.flows.load(KIND, name)
        if found is not None and name not in manager.reactive_flows:
            specs = [ComputationSpec.model_validate(c) for c in found["computations"]]
            manager.adopt(build_flow(manager, name, specs, inputs), if_exists="error")
    flow = manager.get_reactive_flow(name)
    current = flow.describe()["inputs"]
    changed = {k: v for k, v in inputs.items() if k not in current or current[k] != v}
    if changed:
        flow.set_inputs(changed)
    return flow
