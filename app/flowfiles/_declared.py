"""The parts of a declared flow: who owns it, what it is, and reload results."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal, Protocol

from flows import FlowSpec, Installed, Problem

__all__ = [
    "REST_KIND",
    "Declared",
    "ReloadResult",
    "Source",
    "WatcherLike",
    "content_hash",
    "definition_of",
]

REST_KIND = "rest"
"""The flow store ``kind`` under which flows created over REST are kept."""

Source = Literal["file", "rest"]


def content_hash(raw: bytes) -> bytes:
    """The hash file contents are compared by."""
    return hashlib.sha256(raw).digest()


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What one (re)load of a flow file did: ok, or rejected with located errors."""

    file: str
    ok: bool
    at: float
    flows: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    errors: tuple[Problem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "file": self.file,
            "ok": self.ok,
            "at": self.at,
            "flows": list(self.flows),
            "removed": list(self.removed),
            "errors": [asdict(p) for p in self.errors],
        }


@dataclass(slots=True)
class Declared:
    """A running declared flow: its spec, what it became and who owns it."""

    spec: FlowSpec
    installed: Installed
    source: Source
    file: str | None = None

    @property
    def definition(self) -> dict[str, Any]:
        """The flow's mapping as loaded (variables interpolated)."""
        return definition_of(self.spec)

    def describe(self) -> dict[str, Any]:
        """The live object's ``describe()`` (subscriptions: each subscription's)."""
        flow = self.installed.flow
        if flow is None:
            return {"subscriptions": [s.describe() for s in self.installed.subscriptions]}
        return flow.describe()


class WatcherLike(Protocol):
    """What the catalog knows of its watcher (``app._reload.FlowFileWatcher``)."""

    directory: str
    interval: float

    @property
    def running(self) -> bool: ...

    async def check_once(self) -> list[ReloadResult]: ...


def definition_of(spec: FlowSpec) -> dict[str, Any]:
    """A flow's mapping as loaded; what is persisted for a REST flow."""
    data = spec.doc.data
    for part in spec.loc:
        data = data[part]
    return dict(data)
