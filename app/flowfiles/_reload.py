"""Hot reload of ``config/flows``: a polling watcher, and the reload state in ``/ready``.

Every ``CAPTIONFLOW_RELOAD_INTERVAL`` seconds (0 = off) the watcher lists the flow
files of the directory and hashes each one (flow files are small; a hash, unlike an
mtime, cannot miss two edits within one timestamp tick). A new or changed file is
handed to :meth:`FlowCatalog.load_file`, which lints and builds it and swaps in
only that file's flows; a deleted file's flows are stopped. A broken edit is
rejected with its located errors and the running version is kept. Polling needs no
dependency and behaves the same on every filesystem (network mounts, containers'
bind mounts), where inotify-based watchers miss events.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from flows import find_flow_files
from flows.files import MAX_BYTES

from ._catalog import FlowCatalog
from ._declared import ReloadResult, content_hash

__all__ = ["FlowFileWatcher", "reload_details", "scan"]

log = logging.getLogger("captionflow.flows")

Scanned = dict[str, tuple[bytes, str | None]]
"""path -> (content hash, text or None if it must be read by the loader itself)."""


def scan(directory: str | Path) -> Scanned:
    """Every flow file under ``directory`` with its content hash (and text)."""
    if not Path(directory).is_dir():
        return {}
    out: Scanned = {}
    for path in find_flow_files([directory]):
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
        except OSError:
            continue  # deleted between listing and reading: the next check sees that
        try:
            # too big or not UTF-8: the loader reads it again and says so, located
            text = raw.decode("utf-8") if len(raw) <= MAX_BYTES else None
        except UnicodeDecodeError:
            text = None
        out[str(path)] = (content_hash(raw), text)
    return out


class FlowFileWatcher:
    """Polls ``directory`` and reloads what changed into ``catalog``."""

    def __init__(self, directory: str, catalog: FlowCatalog, interval: float) -> None:
        self.directory = directory
        self.catalog = catalog
        self.interval = interval
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def check_once(self) -> list[ReloadResult]:
        """Reload every removed, added or changed file; the results, in that order."""
        async with self._lock:
            found = await asyncio.to_thread(scan, self.directory)
            # removals first, so a flow moved to another file is not a name clash
            results = [
                await self.catalog.remove_file(file)
                for file in sorted(set(self.catalog.files) - set(found))
            ]
            for file, (digest, text) in sorted(found.items()):
                state = self.catalog.files.get(file)
                if state is None or state.hash != digest:
                    results.append(await self.catalog.load_file(file, text, digest))
            if any(r.ok for r in results):
                # a file refused for a name another file held may fit now (a flow moved)
                for i, result in enumerate(results):
                    if not result.ok:
                        digest, text = found[result.file]
                        results[i] = await self.catalog.load_file(result.file, text, digest)
            return results

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.check_once()
            except Exception:
                log.exception("checking %s for changed flow files failed", self.directory)

    def start(self) -> None:
        """Poll in a background task (not if the interval is 0 or there is no directory)."""
        if self.interval > 0 and self.directory and self._task is None:
            self._task = asyncio.create_task(self._run(), name="flow-file-watcher")

    async def stop(self) -> None:
        """Stop polling; a reload in progress is cancelled before it swaps anything in."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @property
    def running(self) -> bool:
        """Whether the background task polls."""
        return self._task is not None and not self._task.done()


def reload_details(catalog: FlowCatalog, *, detailed: bool = True) -> dict[str, Any]:
    """The hot-reload part of ``/ready``: the last reload and the files that are failing.

    ``detailed=False`` (a caller without the API key): counts only — no directory,
    file paths or errors.
    """
    watcher, last = catalog.watcher, catalog.last_reload
    if not detailed:
        return {
            "watching": watcher is not None and watcher.running,
            "last_ok": last.ok if last is not None else None,
            "failing": len(catalog.failing()),
            "stored_errors": len(catalog.stored_errors),
        }
    return {
        "directory": watcher.directory if watcher is not None else None,
        "watching": watcher is not None and watcher.running,
        "interval": watcher.interval if watcher is not None else 0.0,
        "last": last.to_dict() if last is not None else None,
        "failing": [r.to_dict() for r in catalog.failing()],
        "stored_errors": [str(p) for p in catalog.stored_errors],
    }
