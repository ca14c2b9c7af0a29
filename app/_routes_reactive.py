"""Reactive flows: create from registered functions, compute a target lazily."""

from __future__ import annotations

import re

from aiohttp import web

from flows import FlowError

from ._body import read_model
from ._models import ComputeRequest, ComputeResponse, ReactiveCreateRequest, ReactiveCreateResponse
from ._ops import API_PREFIX, Operation
from ._params import check_room
from ._problems import ProblemError
from ._reactive_share import build_flow, check_free, find_flow, record_flow, save_inputs
from ._state import services

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
    draft = build_flow(svc.manager, body.name, body.computations, body.inputs)
    order = draft.order
    try:  # a bad definition never replaces a working flow
        await check_free(svc.manager, body.name)  # shared: another instance's too
        await record_flow(svc.manager, body.name, body.computations, body.inputs)
        svc.manager.adopt(draft, if_exists="error")
    except BaseException:
        draft.dispose()
        raise
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
    flow = await find_flow(svc.manager, body.flow)
    if body.inputs:
        flow.set_inputs(body.inputs)
        await save_inputs(svc.manager, flow, body.inputs)
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
