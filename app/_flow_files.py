"""Flow files in the service: load ``CAPTIONFLOW_FLOWS_DIR`` at startup, and let the
REST create endpoints build from the shipped definitions.

At ``create_app`` every ``*.yaml`` of the directory is loaded and checked (an invalid
file stops the start-up with its located errors); on startup each flow is installed
in the FlowManager. ``POST /pipelines/caption-generation`` (without custom stages or
config) and ``POST /state-machines/caption-workflow`` then build their flows from the
``caption_generation`` and ``caption_workflow`` definitions, under the requested name
(409 if it is taken); without those definitions they build the defaults in code.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from captions import CaptionEngines
from flows import FlowFileError, FlowSpec, Installed, Registry, StateMachine, install, lint_paths

from . import _routes_machines, _routes_pipelines
from ._body import read_model
from ._components import default_registry
from ._models import MachineCreateRequest, PipelineCreateRequest, PipelineCreateResponse
from ._ops import Handler, Operation
from ._params import claim_name
from ._state import Services, services

__all__ = ["FLOW_FILES", "FlowFiles", "setup_flow_files", "with_flow_files"]

log = logging.getLogger("captionflow.app")

PIPELINE_DEFINITION = "caption_generation"
MACHINE_DEFINITION = "caption_workflow"


@dataclass(eq=False)
class FlowFiles:
    """The loaded definitions by flow name, their registry, and what was installed."""

    registry: Registry
    specs: dict[str, FlowSpec] = field(default_factory=dict)
    installed: list[Installed] = field(default_factory=list)


FLOW_FILES = web.AppKey("flow_files", FlowFiles)


def load_flow_files(directory: str | None, registry: Registry) -> dict[str, FlowSpec]:
    """Every flow of ``directory`` (none if unset or missing).

    Raises:
        FlowFileError: any file is invalid (every problem, located).
    """
    if not directory or not Path(directory).is_dir():
        return {}
    specs, problems = lint_paths([directory], registry)
    if problems:
        raise FlowFileError(problems)
    return {spec.name: spec for spec in specs}


def setup_flow_files(
    app: web.Application,
    svc: Services,
    directory: str | None,
    *,
    engines: CaptionEngines | None = None,
) -> None:
    """Load the definitions now; install them into the FlowManager on startup."""
    registry = default_registry(svc.cache, engines=engines)
    files = FlowFiles(registry, load_flow_files(directory, registry))
    app[FLOW_FILES] = files

    async def install_all(_app: web.Application) -> None:
        for spec in files.specs.values():
            files.installed.append(await install(spec, svc.manager, registry))
        if files.specs:
            log.info("installed %d flow(s) from %s", len(files.specs), directory)

    app.on_startup.append(install_all)


def _yaml_pipeline(fallback: Handler) -> Handler:
    async def create_caption_pipeline(request: web.Request) -> web.StreamResponse:
        svc = services(request)
        files = request.app[FLOW_FILES]
        spec = files.specs.get(PIPELINE_DEFINITION)
        body = await read_model(request, PipelineCreateRequest, svc.settings.max_json_depth)
        if spec is None or spec.kind != "pipeline" or body.stages is not None or body.config:
            return await fallback(request)  # custom stages/config: built in code
        name = claim_name(svc, body.name, "caption-generation", svc.manager.pipelines)
        built = await install(spec, svc.manager, files.registry, name=name, if_exists="error")
        svc.changed(f"pipeline:{name}")
        stages = [s.name for s in svc.manager.get_pipeline(built.name).stages]
        out = PipelineCreateResponse(pipeline=name, stages=stages)
        return web.json_response(out.model_dump(), status=201)

    return create_caption_pipeline


def _yaml_machine(fallback: Handler) -> Handler:
    async def create_workflow(request: web.Request) -> web.StreamResponse:
        svc = services(request)
        files = request.app[FLOW_FILES]
        spec = files.specs.get(MACHINE_DEFINITION)
        if spec is None or spec.kind != "state_machine":
            return await fallback(request)
        body = await read_model(request, MachineCreateRequest, svc.settings.max_json_depth)
        name = claim_name(svc, body.name, "caption-workflow", svc.manager.state_machines)
        built = await install(spec, svc.manager, files.registry, name=name, if_exists="error")
        machine = built.flow
        assert isinstance(machine, StateMachine)
        machine.transitions.subscribe(on_next=lambda _rec: svc.changed(f"transition:{name}"))
        svc.changed(f"machine:{name}")
        return web.json_response(_routes_machines._describe(machine).model_dump(), status=201)

    return create_workflow


def with_flow_files(operations: Sequence[Operation]) -> list[Operation]:
    """The operations, with the two create endpoints building from flow files."""
    wrappers: dict[Handler, Callable[[Handler], Handler]] = {
        _routes_pipelines.create_caption_pipeline: _yaml_pipeline,
        _routes_machines.create_workflow: _yaml_machine,
    }
    out = []
    for op in operations:
        wrap = wrappers.get(op.handler)
        out.append(dataclasses.replace(op, handler=wrap(op.handler)) if wrap else op)
    return out
