"""Declared flows in the service: ``config/flows`` files, REST flows, hot reload.

At ``create_app`` every ``*.yaml`` of ``CAPTIONFLOW_FLOWS_DIR`` is loaded and checked
(an invalid file stops the start-up with its located errors). On startup the files'
flows are installed, then the flows persisted over REST (``flow_store_for``: a file
per flow under ``CAPTIONFLOW_STATE_DIR``, or Redis when ``CAPTIONFLOW_REDIS_URL`` is
set), which win over a file flow of the same name; then the watcher polls the
directory (``app._reload``). ``POST /pipelines/caption-generation`` (without custom
stages or config) and ``POST /state-machines/caption-workflow`` build their flows from
the ``caption_generation`` and ``caption_workflow`` definitions, under the requested
name (409 if it is taken); without those definitions they build the defaults in code.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from aiohttp import web

from captions import CaptionEngines
from flows import FlowFileError, FlowSpec, StateMachine, install, lint_paths
from flows.backends import Backend, FileFlowStore, FlowStore, backend_from_url

from . import _routes_machines, _routes_pipelines, _routes_system
from ._body import read_model
from ._catalog import FLOW_FILES, FlowCatalog
from ._components import default_registry
from ._declared import REST_KIND
from ._models import MachineCreateRequest, PipelineCreateRequest, PipelineCreateResponse
from ._ops import Handler, Operation
from ._params import claim_name
from ._reload import FlowFileWatcher, scan, with_reload_details
from ._settings import Settings
from ._state import Services, services

__all__ = ["FLOW_FILES", "flow_store_for", "setup_flow_files", "with_flow_files"]

log = logging.getLogger("captionflow.app")

PIPELINE_DEFINITION = "caption_generation"
MACHINE_DEFINITION = "caption_workflow"

FileSpecs = dict[str, tuple[bytes, list[FlowSpec]]]


def load_flow_files(directory: str | None, catalog: FlowCatalog) -> FileSpecs:
    """Every flow of ``directory`` by file, with the file's content hash (none if unset).

    Raises:
        FlowFileError: any file is invalid (every problem, located).
    """
    if not directory or not Path(directory).is_dir():
        return {}
    hashes = scan(directory)  # before reading: an edit in between is reloaded later
    specs, problems = lint_paths([directory], catalog.registry)
    if problems:
        raise FlowFileError(problems)
    out: FileSpecs = {}
    for spec in specs:
        digest = hashes.get(spec.file, (b"", None))[0]
        out.setdefault(spec.file, (digest, []))[1].append(spec)
    return out


def flow_store_for(settings: Settings, backend: Backend | None = None) -> FlowStore:
    """Where flows created over REST persist.

    With ``CAPTIONFLOW_REDIS_URL``: the flow store of ``backend`` (one is made from the
    URL if none is given; its owner closes it); otherwise a FileFlowStore, one JSON
    file per flow under ``CAPTIONFLOW_STATE_DIR``/flows.
    """
    if settings.redis_url:
        return (backend or backend_from_url(settings.redis_url)).flows
    return FileFlowStore(Path(settings.state_dir) / "flows")


def _shared_backend(svc: Services) -> Backend | None:
    """The app's Redis backend, once the app has one (``svc.backend`` or the manager's)."""
    backend: Any = getattr(svc, "backend", None) or getattr(svc.manager, "backend", None)
    return backend if backend is not None and backend.kind != "memory" else None


def setup_flow_files(
    app: web.Application,
    svc: Services,
    directory: str | None,
    *,
    engines: CaptionEngines | None = None,
) -> None:
    """Load the definitions now; install them, the stored REST flows, and watch, on startup."""
    settings = svc.settings
    registry = default_registry(svc.cache, engines=engines)
    catalog = FlowCatalog(registry, svc.manager, changed=svc.changed)
    files = load_flow_files(directory, catalog)
    app[FLOW_FILES] = catalog
    owned: list[Backend] = []

    async def start(_app: web.Application) -> None:
        for file, (digest, specs) in files.items():
            result = await catalog.load_file(file, None, digest, specs)
            if not result.ok:
                raise FlowFileError(result.errors)
        if files:
            log.info("installed %d flow(s) from %s", len(catalog.declared), directory)
        backend = _shared_backend(svc)
        if settings.redis_url and backend is None:
            backend = backend_from_url(settings.redis_url)
            owned.append(backend)
        catalog.store = store = flow_store_for(settings, backend)
        where = store.path_for if isinstance(store, FileFlowStore) else None
        catalog.stored_errors = await catalog.load_persisted(
            lambda name: str(where(REST_KIND, name)) if where else f"redis:flows/{name}"
        )
        if directory:
            watcher = FlowFileWatcher(directory, catalog, settings.reload_interval)
            catalog.watcher = watcher
            watcher.start()

    async def stop(_app: web.Application) -> None:
        if isinstance(catalog.watcher, FlowFileWatcher):
            await catalog.watcher.stop()

    async def close(_app: web.Application) -> None:
        for backend in owned:
            await backend.close()

    app.on_startup.append(start)
    app.on_shutdown.append(stop)
    app.on_cleanup.append(close)


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
    """The operations, with the two create endpoints building from flow files, and
    ``/ready`` reporting hot reloads."""
    wrappers: dict[Handler, Callable[[Handler], Handler]] = {
        _routes_pipelines.create_caption_pipeline: _yaml_pipeline,
        _routes_machines.create_workflow: _yaml_machine,
        _routes_system.ready: with_reload_details,
    }
    out = []
    for op in operations:
        wrap = wrappers.get(op.handler)
        out.append(dataclasses.replace(op, handler=wrap(op.handler)) if wrap else op)
    return out
