"""Declared flows in the service: ``config/flows`` files, REST flows, hot reload.

At ``create_app`` every ``*.yaml`` of ``CAPTIONFLOW_FLOWS_DIR`` is loaded and checked
(an invalid file stops the start-up with its located errors). On startup the files'
flows are installed, then the flows persisted over REST (``flow_store_for``: a file
per flow under ``CAPTIONFLOW_STATE_DIR``, or Redis when ``CAPTIONFLOW_REDIS_URL`` is
set), which win over a file flow of the same name; then the watcher polls the
directory (``_reload.py``). ``POST /pipelines/caption-generation`` (without custom
stages or config) and ``POST /state-machines/caption-workflow`` build their flows from
the ``caption_generation`` and ``caption_workflow`` definitions (:data:`PIPELINE_DEFINITION`,
:data:`MACHINE_DEFINITION`) when they are loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from aiohttp import web

from flows import FlowFileError, FlowSpec, lint_paths
from flows.backends import Backend, FileFlowStore, FlowStore, backend_from_url

from .._components import default_registry
from .._settings import Settings
from .._state import Services
from ._catalog import FLOW_FILES, FlowCatalog
from ._declared import REST_KIND
from ._reload import FlowFileWatcher, scan
from ._test_runs import TEST_RUNS, TestRuns

__all__ = [
    "FLOW_FILES",
    "MACHINE_DEFINITION",
    "PIPELINE_DEFINITION",
    "flow_store_for",
    "setup_flow_files",
]

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
) -> None:
    """Load the definitions now; install them, the stored REST flows, and watch, on startup."""
    settings = svc.settings
    catalog = FlowCatalog(svc.manager.registry, svc.manager, changed=svc.changed)
    files = load_flow_files(directory, catalog)
    app[FLOW_FILES] = catalog
    seconds = min(settings.marble_test_timeout, settings.request_timeout)
    app[TEST_RUNS] = runs = TestRuns(settings.marble_test_workers, seconds, default_registry)
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
        runs.close()
        for backend in owned:
            await backend.close()

    app.on_startup.append(start)
    app.on_shutdown.append(stop)
    app.on_cleanup.append(close)
