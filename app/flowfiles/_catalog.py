"""FlowCatalog: the declared flows (from ``config/flows`` files and from REST) and swaps.

Every declared flow has one owner: a file of the flows directory or the REST API
(persisted in a flow store). Changes are made build-first: the new flows are built
in a scratch FlowManager that shares the real one's scheduler and event bus, and
only when every one of them built are they swapped into the real manager, and the
old versions retired (streams closed, subscriptions cancelled, processors stopped).
A change that fails anywhere before the swap leaves every running flow untouched.

Owners: a REST flow wins over a file flow of the same name (at startup and on
reload, with a log line); two files may not declare the same name (the later edit
is rejected).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from flows import (
    FlowError,
    FlowFileError,
    FlowManager,
    FlowSpec,
    Installed,
    Pipeline,
    Problem,
    Processor,
    ReactiveFlow,
    Registry,
    StateMachine,
    YamlDocument,
    install,
    load_flow_file,
)
from flows.backends import BackendUnavailableError, FlowStore
from flows.files import Mark, check_document

from ._declared import (
    REST_KIND,
    Declared,
    ReloadResult,
    Source,
    WatcherLike,
    definition_of,
)

__all__ = ["FLOW_FILES", "FlowCatalog"]

log = logging.getLogger("captionflow.flows")


@dataclass(slots=True)
class _FileState:
    hash: bytes
    last: ReloadResult | None = None


def _registry_of(manager: FlowManager, flow: object) -> dict[str, Any]:
    if isinstance(flow, Pipeline):
        return manager.pipelines
    if isinstance(flow, ReactiveFlow):
        return manager.reactive_flows
    if isinstance(flow, StateMachine):
        return manager.state_machines
    if isinstance(flow, Processor):
        return manager.processors
    return manager.streams  # a Stream, or the backend's stream


def _adopt(manager: FlowManager, flow: object, name: str) -> None:
    """Register ``flow`` under ``name`` (replacing; a replaced stream is closed, a replaced
    processor stopped -- its last checkpoint saved -- before the new one starts)."""
    if isinstance(flow, Processor):
        flow.name = name
        manager.add_processor(flow)
        return
    if isinstance(flow, Pipeline):
        flow.attach_tracker(manager.tracker)
    registry = _registry_of(manager, flow)
    old, registry[name] = registry.get(name), flow
    if registry is manager.streams and old is not None and old is not flow:
        old.close()


def _scratch(manager: FlowManager) -> FlowManager:
    """A FlowManager to build into, sharing ``manager``'s scheduler, backend and bus."""
    options: dict[str, Any] = {"scheduler": manager.scheduler}
    backend = getattr(manager, "backend", None)
    if backend is not None:
        options["backend"] = backend  # streams live where the real manager's do
    scratch = FlowManager(manager.config, **options)
    scratch.event_bus = manager.event_bus  # components publish on the real bus
    return scratch


@dataclass(eq=False)
class FlowCatalog:
    """The declared flows of one app; see the module docstring."""

    registry: Registry
    manager: FlowManager
    store: FlowStore | None = None
    changed: Callable[[str], None] = lambda _what: None
    declared: dict[str, Declared] = field(default_factory=dict)
    files: dict[str, _FileState] = field(default_factory=dict)
    last_reload: ReloadResult | None = None
    stored_errors: list[Problem] = field(default_factory=list)
    """Flows persisted over REST that could not be installed at startup."""
    watcher: WatcherLike | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def specs(self) -> dict[str, FlowSpec]:
        """The current definition of every declared flow, by name."""
        return {name: d.spec for name, d in self.declared.items()}

    def file_result(self, file: str | None) -> ReloadResult | None:
        """The last (re)load result of ``file``."""
        state = self.files.get(file) if file is not None else None
        return state.last if state is not None else None

    def failing(self) -> list[ReloadResult]:
        """Files whose last change was rejected (their old versions keep running)."""
        return [s.last for s in self.files.values() if s.last is not None and not s.last.ok]

    # -- build, swap, retire ------------------------------------------------------
    async def _build(self, specs: Sequence[FlowSpec]) -> list[Installed]:
        scratch = _scratch(self.manager)
        built: list[Installed] = []
        try:
            for spec in specs:
                built.append(await install(spec, scratch, self.registry))
        except BaseException:
            for done in built:
                self._cancel(done)
            raise
        return built

    def _cancel(self, installed: Installed) -> None:
        for sub in installed.subscriptions:
            self.manager.event_bus.unsubscribe(sub)

    def _retire(self, old: Installed, new: Installed | None) -> None:
        self._cancel(old)
        flow = old.flow
        if flow is None or (new is not None and new.flow is flow):
            return
        if isinstance(flow, Processor):
            self.manager.remove_processor(old.name, flow)  # stops it (a no-op if replaced)
            return
        registry = _registry_of(self.manager, flow)
        if registry.get(old.name) is flow:
            del registry[old.name]
        stream: Any = flow
        if registry is self.manager.streams and not stream.closed:
            stream.close()  # its consumers finish; other flows' clients are untouched

    def _swap(self, installed: Installed, source: Source, file: str | None) -> None:
        if installed.flow is not None:
            _adopt(self.manager, installed.flow, installed.name)
        old = self.declared.get(installed.name)
        self.declared[installed.name] = Declared(installed.spec, installed, source, file)
        if old is not None:
            self._retire(old.installed, installed)
        self.changed(f"{installed.spec.kind}:{installed.name}")

    def _drop(self, name: str) -> None:
        old = self.declared.pop(name)
        self._retire(old.installed, None)
        self.changed(f"{old.spec.kind}:{name}")

    # -- files --------------------------------------------------------------------
    def _owned_specs(self, file: str, specs: Iterable[FlowSpec]) -> list[FlowSpec]:
        """The specs ``file`` may install; FlowFileError for a name another file has."""
        out: list[FlowSpec] = []
        problems: list[Problem] = []
        for spec in specs:
            other = self.declared.get(spec.name)
            if other is not None and other.source == "rest":
                log.warning("%s: flow '%s' was created over REST, which wins", file, spec.name)
            elif other is not None and other.file != file:
                msg = f"flow name '{spec.name}' is already used by {other.file}"
                hint = "flow names are unique across the directory"
                problems.append(
                    spec.doc.problem((*spec.loc, "name"), msg, flow=spec.name, hint=hint)
                )
            elif any(s.name == spec.name for s in out):
                msg = f"flow name '{spec.name}' is used twice in this file"
                problems.append(spec.doc.problem((*spec.loc, "name"), msg, flow=spec.name))
            else:
                out.append(spec)
        if problems:
            raise FlowFileError(problems)
        return out

    def _owned_by(self, file: str) -> list[str]:
        return [n for n, d in self.declared.items() if d.source == "file" and d.file == file]

    async def load_file(
        self,
        file: str,
        text: str | None,
        digest: bytes,
        specs: Sequence[FlowSpec] | None = None,
    ) -> ReloadResult:
        """Install ``file``'s flows, replacing only the ones it owned; remember ``digest``.

        ``text``: the content (None: read the file); ``specs``: already checked.
        A file that does not lint or build is rejected with its located errors (and
        logged); the flows it declared before keep running.
        """
        async with self.lock:
            state = self.files.setdefault(file, _FileState(digest))
            state.hash = digest
            try:
                if specs is None:
                    specs = load_flow_file(file, self.registry, text=text)
                built = await self._build(self._owned_specs(file, specs))
            except FlowError as error:
                result = ReloadResult(file, False, time.time(), errors=_problems(file, error))
                lines = "\n  ".join(str(p) for p in result.errors)
                log.error("%s: rejected, the running version is kept:\n  %s", file, lines)
            else:
                names = {b.name for b in built}
                removed = tuple(n for n in self._owned_by(file) if n not in names)
                for installed in built:
                    self._swap(installed, "file", file)
                for name in removed:
                    self._drop(name)
                result = ReloadResult(file, True, time.time(), tuple(sorted(names)), removed)
                log.info("%s: loaded %s", file, ", ".join(result.flows))
            state.last = self.last_reload = result
            return result

    async def remove_file(self, file: str) -> ReloadResult:
        """``file`` is gone: stop the flows it owned."""
        async with self.lock:
            removed = tuple(self._owned_by(file))
            for name in removed:
                self._drop(name)
            self.files.pop(file, None)
            result = ReloadResult(file, True, time.time(), removed=removed)
            self.last_reload = result
            log.info("%s: removed, stopped %s", file, ", ".join(removed) or "nothing")
            return result

    # -- REST ---------------------------------------------------------------------
    async def put(self, spec: FlowSpec) -> Declared:
        """Create or replace ``spec`` as a REST flow: build, persist, then swap.

        Raises:
            FlowFileError: a component failed to build (nothing changed).
            Exception: what the store raised (nothing changed).
        """
        async with self.lock:
            (installed,) = await self._build([spec])
            try:
                if self.store is not None:
                    await self.store.save(REST_KIND, spec.name, definition_of(spec))
            except BaseException:
                self._cancel(installed)
                raise
            self._swap(installed, "rest", None)
            return self.declared[spec.name]

    async def delete(self, name: str) -> bool:
        """Stop a declared flow (and forget it if it came over REST); False if unknown."""
        async with self.lock:
            declared = self.declared.get(name)
            if declared is None:
                return False
            if declared.source == "rest" and self.store is not None:
                await self.store.delete(REST_KIND, name)
            self._drop(name)
            return True

    async def load_persisted(self, label: Callable[[str], str] = str) -> list[Problem]:
        """Install every flow persisted over REST (they win over file flows of the name).

        A stored flow that cannot be read or no longer checks (a component was
        removed) is logged and skipped; its problems are returned.
        """
        if self.store is None:
            return []
        problems: list[Problem] = []
        try:
            names = [name for _kind, name in await self.store.list(REST_KIND)]
        except BackendUnavailableError as error:  # expected while Redis is down: one line
            log.error("the flow store cannot be listed; no REST flows are installed: %s", error)
            return [Problem(label("*"), 1, 1, f"cannot list stored flows: {error}")]
        except Exception as error:
            log.exception("the flow store cannot be listed; no REST flows are installed")
            return [Problem(label("*"), 1, 1, f"cannot list stored flows: {error}")]
        for name in names:
            try:
                await self._load_stored(name, label(name))
            except Exception as error:
                found = _problems(label(name), error)
                problems += found
                lines = "\n  ".join(str(p) for p in found)
                log.error("stored flow '%s' is not installed:\n  %s", name, lines)
        return problems

    async def _load_stored(self, name: str, file: str) -> None:
        data = await self.store.load(REST_KIND, name) if self.store is not None else None
        doc = YamlDocument(file, data, {(): Mark(1, 1)})
        specs, found = check_document(doc, self.registry)
        if not found and (len(specs) != 1 or specs[0].name != name):
            found = [Problem(file, 1, 1, f"expected one flow named '{name}'", name)]
        if found:
            raise FlowFileError(found)
        async with self.lock:
            (installed,) = await self._build(specs)
            old = self.declared.get(name)
            if old is not None:
                log.warning("flow '%s' of %s is replaced by its REST version", name, old.file)
            self._swap(installed, "rest", None)


FLOW_FILES = web.AppKey("flow_files", FlowCatalog)


def _problems(file: str, error: Exception) -> tuple[Problem, ...]:
    if isinstance(error, FlowFileError):
        return tuple(error.problems)
    return (Problem(file, 1, 1, str(error)),)
