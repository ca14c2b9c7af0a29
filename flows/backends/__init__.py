"""Backends: the transport and state behind streams, events, machines, caches and limits.

    backend = backend_from_url(settings.redis_url)   # None -> MemoryBackend; a cluster:
                                                     # redis+cluster://host:port,host:port
    stream = await backend.create_stream("live", max_buffer_size=10_000)
    ok = await backend.hit("user:u1", "10/second")
    epoch = await backend.processors.acquire("trending", owner, ttl_s=10)  # processors'
                                                     # lease and checkpoints (ProcessorStore)

The memory backend (default) runs in one process; the Redis backend lets several
instances share everything through Redis. This package is the only code that
imports ``redis``, and it never imports a pattern (``flows.patterns``): patterns
talk to a backend through the protocols of ``_base.py``.

It may import: ``flows._errors``, ``operators``, reactivex, redis, limits.
The Redis classes are imported on first use, so the in-memory runtime never loads
``redis``. ``flows.backends.testing`` starts a throwaway local Redis Cluster for
tests and benchmarks.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING

from ._base import (
    ONCE_TTL,
    START_POINTS,
    Backend,
    BusEvent,
    Cache,
    EntryId,
    EntryLike,
    FlowStore,
    MachineStore,
    ProduceResult,
    ResetLike,
    StartPoint,
    StoredMachine,
    StreamLike,
    StreamReader,
    entry_order,
    start_point,
)
from ._budget import MIB, STREAM_MAX_BYTES, Ledger, MemoryBudget, Reservation, item_size
from ._errors import BackendUnavailableError
from ._events import compile_pattern
from ._file_store import FileFlowStore
from ._limiter import Limiter
from ._memory import MemoryBackend
from ._memory_entry import Entry, Reset
from ._memory_stream import MemoryStream, Stream
from ._once import OnceKeys
from ._processor_store import MemoryProcessorStore, ProcessorCheckpoint, ProcessorStore
from ._stream_readers import MemoryReader, RedisReader

if _TYPE_CHECKING:
    from ._connection import RedisConnection, parse_target
    from ._redis import RedisBackend
    from ._redis_entries import ConsumerOptions, RedisEntry, RedisReset
    from ._redis_processors import RedisProcessorStore
    from ._redis_stream import RedisStream

__all__ = [
    "ONCE_TTL",
    "START_POINTS",
    "Backend",
    "BackendUnavailableError",
    "BusEvent",
    "Cache",
    "ConsumerOptions",
    "Entry",
    "EntryId",
    "EntryLike",
    "FileFlowStore",
    "FlowStore",
    "Limiter",
    "MachineStore",
    "MIB",
    "STREAM_MAX_BYTES",
    "Ledger",
    "MemoryBackend",
    "MemoryBudget",
    "Reservation",
    "MemoryProcessorStore",
    "MemoryReader",
    "MemoryStream",
    "OnceKeys",
    "ProcessorCheckpoint",
    "ProcessorStore",
    "ProduceResult",
    "RedisBackend",
    "RedisConnection",
    "RedisEntry",
    "RedisProcessorStore",
    "RedisReader",
    "RedisReset",
    "RedisStream",
    "Reset",
    "ResetLike",
    "StartPoint",
    "StoredMachine",
    "Stream",
    "StreamLike",
    "StreamReader",
    "backend_from_url",
    "compile_pattern",
    "entry_order",
    "item_size",
    "parse_target",
    "start_point",
    "testing",
]

_LAZY = {
    "RedisConnection": "._connection",
    "parse_target": "._connection",
    "RedisBackend": "._redis",
    "ConsumerOptions": "._redis_entries",
    "RedisEntry": "._redis_entries",
    "RedisReset": "._redis_entries",
    "RedisProcessorStore": "._redis_processors",
    "RedisStream": "._redis_stream",
}


def __getattr__(name: str) -> object:
    if name == "testing":  # a local Redis Cluster for tests and benchmarks
        return _importlib.import_module(".testing", __name__)
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'flows.backends' has no attribute {name!r}"
        raise AttributeError(msg)
    return getattr(_importlib.import_module(module, __name__), name)


_REDIS_SCHEMES = ("redis://", "rediss://", "unix://", "redis+cluster://", "rediss+cluster://")


def backend_from_url(url: str | None, **options: object) -> Backend:
    """The backend for a settings value: None or ``memory://`` -> memory; ``redis://``
    (one server) or ``redis+cluster://host:port,...`` (a Redis Cluster) -> Redis.

    Raises:
        FlowConfigError: any other scheme.
    """
    from flows._errors import FlowConfigError

    if url is None or url in ("", "memory", "memory://"):
        return MemoryBackend(**options)  # type: ignore[arg-type]
    if url.lower().startswith(_REDIS_SCHEMES):
        from ._redis import RedisBackend

        return RedisBackend(url, **options)  # type: ignore[arg-type]
    scheme, sep, rest = url.partition("://")
    shown = f"{scheme}{sep}***@{rest.rpartition('@')[2]}" if "@" in rest else url
    msg = (
        f"backend url {shown!r} is not supported; expected redis://host:port/db (or "
        "rediss://, unix://), redis+cluster://host:port[,host:port...] for a Redis "
        "Cluster, or none for the in-memory backend"
    )
    raise FlowConfigError(msg)
