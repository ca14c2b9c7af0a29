"""State machines: create a caption workflow, trigger events.

On Redis a machine's state and history live in Redis: any instance can trigger it
(it finds machines created elsewhere by name) and concurrent triggers append with
a compare-and-set, so none is lost.
"""

from __future__ import annotations

import dataclasses

from aiohttp import web

from captions import caption_workflow
from flows import StateMachine, install

from .._body import read_model
from .._models import MachineCreateRequest, MachineResponse, TriggerRequest, TriggerResponse
from .._ops import API_PREFIX, Operation
from .._params import claim_name
from .._state import services
from ..flowfiles import FLOW_FILES, MACHINE_DEFINITION

__all__ = ["OPERATIONS"]

PREFIX = f"{API_PREFIX}/state-machines"
TRIGGER_HISTORY = 10
"""Records a trigger response carries (the newest): its size does not grow with use."""


def _describe(machine: StateMachine) -> MachineResponse:
    info = machine.describe()
    return MachineResponse(
        machine=machine.name,
        state=machine.state,
        states=info["states"],
        transitions=info["transitions"],
        allowed_events=machine.allowed_events(),
        history_limit=machine.history_limit,
    )


async def create_workflow(request: web.Request) -> web.Response:
    """POST /state-machines/caption-workflow: the ``caption_workflow`` flow file's machine
    under the requested name when that file is loaded, else the built-in workflow; its
    history keeps ``history_limit`` records (default: the file's, else the setting)."""
    svc = services(request)
    body = await read_model(request, MachineCreateRequest, svc.settings.max_json_depth)
    name = claim_name(svc, body.name, "caption-workflow", svc.manager.state_machines)
    files = request.app.get(FLOW_FILES)
    spec = files.specs.get(MACHINE_DEFINITION) if files is not None else None
    if spec is not None and spec.kind == "state_machine":
        if body.history_limit is not None:
            flow = spec.flow.model_copy(update={"history_limit": body.history_limit})
            spec = dataclasses.replace(spec, flow=flow)
        built = await install(spec, svc.manager, svc.manager.registry, name=name, if_exists="error")
        machine = svc.manager.get_state_machine(built.name)
    else:
        limit = body.history_limit or svc.manager.config.history_limit
        machine = caption_workflow(name, scheduler=svc.manager.scheduler, history_limit=limit)
        await svc.manager.add_state_machine(machine, if_exists="error")
    machine.transitions.subscribe(on_next=lambda rec: svc.changed(f"transition:{name}"))
    svc.changed(f"machine:{name}")
    return web.json_response(_describe(machine).model_dump(), status=201)


async def trigger(request: web.Request) -> web.Response:
    """POST /state-machines/trigger: 409 names the state and the allowed events.

    The answer carries the newest :data:`TRIGGER_HISTORY` records and ``history_total``,
    not the whole history, so trigger number 1,000 answers as small as the first.
    """
    svc = services(request)
    body = await read_model(request, TriggerRequest, svc.settings.max_json_depth)
    machine = await svc.manager.find_state_machine(body.machine)
    async with svc.manager.tracker.run("state_machine", body.machine):
        await machine.trigger(body.event, body.context)
    out = TriggerResponse(
        machine=machine.name,
        state=machine.state,
        previous=machine.previous,
        allowed_events=machine.allowed_events(),
        history=[r.to_dict() for r in machine.latest(TRIGGER_HISTORY)],
        history_total=machine.history_total,
    )
    return web.json_response(out.model_dump())


OPERATIONS = [
    Operation(
        "POST",
        f"{PREFIX}/caption-workflow",
        create_workflow,
        "Create the caption workflow state machine",
        "state-machines",
        MachineCreateRequest,
        MachineResponse,
        201,
    ),
    Operation(
        "POST",
        f"{PREFIX}/trigger",
        trigger,
        "Fire an event; 409 if not allowed in the current state",
        "state-machines",
        TriggerRequest,
        TriggerResponse,
    ),
]
