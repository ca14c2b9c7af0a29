"""FileFlowStore: flow definitions as JSON files in a directory, one file per flow.

The flow store of the memory runtime, so flows created over REST survive a restart
without Redis. Layout under ``root`` (``CAPTIONFLOW_STATE_DIR``/flows)::

    <root>/<kind>/<name>.json      one definition, pretty-printed JSON

Kind and name are percent-encoded (``/``, ``.``, ``%`` and everything but letters,
digits, ``-`` and ``_``), so any name maps to one file inside ``root`` and back.
A write goes to a temporary file in the same directory, is fsynced, then
``os.replace``-d over the old one: a reader (or a crash) sees the old definition or
the new one, never half of one. File I/O runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from flows._errors import FlowConfigError

__all__ = ["FileFlowStore"]

_SUFFIX = ".json"


def _encode(part: str, what: str) -> str:
    if not part:
        msg = f"a flow store {what} cannot be empty"
        raise ValueError(msg)
    return quote(part, safe="-_").replace(".", "%2E").replace("~", "%7E")


class FileFlowStore:
    """Flow definitions (JSON dicts) keyed by kind and name, one file each under ``root``."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path_for(self, kind: str, name: str) -> Path:
        """The file holding ``kind`` ``name``.

        Raises:
            ValueError: an empty kind or name.
        """
        return self.root / _encode(kind, "kind") / (_encode(name, "name") + _SUFFIX)

    async def save(self, kind: str, name: str, definition: Mapping[str, Any]) -> None:
        """Create or replace, atomically.

        Raises:
            FlowConfigError: the definition is not JSON-serializable.
            OSError: the directory cannot be written.
        """
        try:
            text = json.dumps(dict(definition), indent=2, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as error:
            msg = f"{kind} '{name}': stored definitions must be JSON-serializable ({error})"
            raise FlowConfigError(msg) from None
        await asyncio.to_thread(_write_atomic, self.path_for(kind, name), text + "\n")

    async def load(self, kind: str, name: str) -> dict[str, Any] | None:
        """The definition, or None.

        Raises:
            ValueError: the file is not a JSON object (its path is named).
        """
        return await asyncio.to_thread(_read, self.path_for(kind, name))

    async def delete(self, kind: str, name: str) -> bool:
        """Forget; False if absent."""
        path = self.path_for(kind, name)
        try:
            await asyncio.to_thread(path.unlink)
        except FileNotFoundError:
            return False
        return True

    async def list(self, kind: str | None = None) -> list[tuple[str, str]]:
        """(kind, name) pairs, sorted."""
        return await asyncio.to_thread(_list, self.root, kind)


def _list(root: Path, kind: str | None) -> list[tuple[str, str]]:
    if not root.is_dir():
        return []
    folders = [root / _encode(kind, "kind")] if kind is not None else list(root.iterdir())
    out = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            # temporary files start with "." and do not end in .json
            if path.suffix == _SUFFIX and not path.name.startswith("."):
                out.append((unquote(folder.name), unquote(path.name[: -len(_SUFFIX)])))
    return sorted(out)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # makes the rename itself durable; not every platform can open a directory
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _read(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
    except ValueError as error:
        msg = f"{path}: not valid JSON ({error}); fix or delete the file"
        raise ValueError(msg) from None
    if not isinstance(data, dict):
        msg = f"{path}: expected a JSON object, found {type(data).__name__}"
        raise ValueError(msg)
    return data
