"""Reactive flows: create from registered functions, compute a target lazily."""

from __future__ import annotations

from aiohttp import web

from captions import REACTIVE_FUNCTIONS
from flows import FlowConfigError, ReactiveFlow

from ._body import read_model
from ._models import ComputeRequest, ComputeResponse, ReactiveCreateRequest, ReactiveCreateResponse
from ._ops import Operation
from ._state import services

__all__ = ["OPERATIONS"]

PREFIX = "/api/v14/async-flows/reactive"


async def create_reactive(request: web.Request) -> web.Response:
    """POST /reactive/create: 422 names an unknown function, dependency or cycle.

    Every input a computation depends on must be listed in ``inputs`` (its value
    can be replaced on each compute). The graph is checked on a draft first, so a
    bad definition never replaces a working flow.
    """
    svc = services(request)
    body = await read_model(request, ReactiveCreateRequest, svc.settings.max_json_depth)
    draft = ReactiveFlow(body.name)
    for key, value in body.inputs.items():
        draft.add_input(key, value)
    for spec in body.computations:
        fn = REACTIVE_FUNCTIONS.get(spec.function)
        if fn is None:
            known = ", ".join(sorted(REACTIVE_FUNCTIONS))
            msg = (
                f"reactive flow '{body.name}': computation '{spec.name}' uses unknown "
                f"function '{spec.function}' (known: {known})"
            )
            raise FlowConfigError(msg)
        draft.add_computation(spec.name, fn, spec.depends_on)
    order = draft.order  # validates: unknown dependency, cycle
    flow = await svc.manager.create_reactive_flow(body.name, inputs=body.inputs, if_exists="error")
    for spec in body.computations:
        flow.add_computation(spec.name, REACTIVE_FUNCTIONS[spec.function], spec.depends_on)
    draft.dispose()
    svc.changed(f"reactive:{body.name}")
    computed = {c.name for c in body.computations}
    out = ReactiveCreateResponse(
        flow=body.name,
        order=order,
        inputs=[n for n in order if n not in computed],
        computations=[n for n in order if n in computed],
    )
    return web.json_response(out.model_dump(), status=201)


async def compute(request: web.Request) -> web.Response:
    """POST /reactive/compute: set inputs, then compute ``target`` (recomputing only stale)."""
    svc = services(request)
    body = await read_model(request, ComputeRequest, svc.settings.max_json_depth)
    flow = svc.manager.get_reactive_flow(body.flow)
    if body.inputs:
        flow.set_inputs(body.inputs)
    async with svc.manager.tracker.run("reactive", body.flow):
        value, recomputed = await flow.compute(body.target)
    out = ComputeResponse(flow=body.flow, target=body.target, value=value, recomputed=recomputed)
    return web.json_response(out.model_dump())


OPERATIONS = [
    Operation(
        "POST",
        f"{PREFIX}/create",
        create_reactive,
        "Create a reactive flow from registered functions",
        "reactive",
        ReactiveCreateRequest,
        ReactiveCreateResponse,
        201,
    ),
    Operation(
        "POST",
        f"{PREFIX}/compute",
        compute,
        "Compute a node; only stale dependencies are recomputed",
        "reactive",
        ComputeRequest,
        ComputeResponse,
    ),
]
