"""Backends: the transport and state behind streams, events, machines, caches and limits.

    backend = backend_from_url(settings.redis_url)   # None -> MemoryBackend
    stream = await backend.create_stream("live", max_buffer_size=10_000)
    ok = await backend.hit("user:u1", "10/second")

The memory backend (default) runs in one process; the Redis backend lets several
instances share everything through one Redis server. This package is the only
code that imports ``redis``.
"""

from __future__ import annotations

from ._base import (
    Backend,
    BusEvent,
    Cache,
    EntryId,
    EntryLike,
    FlowStore,
    MachineStore,
    ResetLike,
    StoredMachine,
    StreamLike,
)
from ._connection import RedisConnection
from ._errors import BackendUnavailableError
from ._file_store import FileFlowStore
from ._limiter import Limiter
from ._machines import records, trigger_stored
from ._memory import MemoryBackend, MemoryStream
from ._redis import RedisBackend
from ._redis_entries import ConsumerOptions, RedisEntry, RedisReset
from ._redis_stream import RedisStream

__all__ = [
    "Backend",
    "BackendUnavailableError",
    "BusEvent",
    "Cache",
    "ConsumerOptions",
    "EntryId",
    "EntryLike",
    "FileFlowStore",
    "FlowStore",
    "Limiter",
    "MachineStore",
    "MemoryBackend",
    "MemoryStream",
    "RedisBackend",
    "RedisConnection",
    "RedisEntry",
    "RedisReset",
    "RedisStream",
    "ResetLike",
    "StoredMachine",
    "StreamLike",
    "backend_from_url",
    "records",
    "trigger_stored",
]


def backend_from_url(url: str | None, **options: object) -> Backend:
    """The backend for a settings value: None or ``memory://`` -> memory, ``redis://`` -> Redis.

    Raises:
        FlowConfigError: any other scheme.
    """
    from flows import FlowConfigError

    if url is None or url in ("", "memory", "memory://"):
        return MemoryBackend(**options)  # type: ignore[arg-type]
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisBackend(url, **options)  # type: ignore[arg-type]
    msg = (
        f"backend url {url!r} is not supported; expected redis://host:port/db "
        "(or rediss://, unix://), or none for the in-memory backend"
    )
    raise FlowConfigError(msg)
