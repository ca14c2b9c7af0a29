"""Reactive flows: create from registered functions, compute a target lazily."""

from __future__ import annotations

import re

from aiohttp import web

from flows import FlowError
from flows.patterns import Computation

from .._body import read_model
from .._models import ComputeRequest, ComputeResponse, ReactiveCreateRequest, ReactiveCreateResponse
from .._ops import API_PREFIX, Operation
from .._params import check_room
from .._problems import ProblemError
from .._state import services

__all__ = ["OPERATIONS"]

PREFIX = f"{API_PREFIX}/reactive"


async def create_reactive(request: web.Request) -> web.Response:
    """POST /reactive/create: 422 names an unknown function, dependency or cycle.

    Every input a computation depends on must be listed in ``inputs`` (its value
    can be replaced on each compute). The graph is built and checked once, then
    registered as it is; a bad definition never replaces a working flow.
    """
    svc = services(request)
    body = await read_model(request, ReactiveCreateRequest, svc.settings.max_json_depth)
    check_room(svc)
    computations = [Computation(c.name, c.function, tuple(c.depends_on)) for c in body.computations]
    flow = await svc.manager.define_reactive_flow(body.name, computations, body.inputs)
    order = flow.order
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
    flow = await svc.manager.find_reactive_flow(body.flow)
    if body.inputs:
        await svc.manager.set_reactive_inputs(flow, body.inputs)
    async with svc.manager.tracker.run("reactive", body.flow):
        try:
            value, recomputed = await flow.compute(body.target)
        except FlowError:
            raise
        except Exception as error:
            raise _computation_failed(body.flow, body.target, error) from None
    out = ComputeResponse(flow=body.flow, target=body.target, value=value, recomputed=recomputed)
    return web.json_response(out.model_dump())


def _computation_failed(flow: str, target: str, error: Exception) -> ProblemError:
    """A computation raised: the inputs do not suit it (422), named by the flow's note."""
    where = "; ".join(getattr(error, "__notes__", ())) or f"in reactive flow '{flow}'"
    node = re.search(r"computation '([^']*)'", where)
    detail = f"{where}: {type(error).__name__}: {error}"
    return ProblemError(
        422,
        "Computation failed",
        detail,
        flow=flow,
        target=target,
        computation=node[1] if node else None,
    )


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
