"""Processor checkpoints and leases: the store a stream processor resumes from.

A processor (``kind: processor``) runs on one instance at a time. Before it reads
its sources it takes a *lease* on its name and gets a fencing *epoch*; it renews the
lease while it runs and stops when a renewal fails. Every checkpoint it saves
carries that epoch, and the store refuses one whose epoch is stale (a newer owner
took over), so a paused, superseded instance cannot overwrite its successor's state::

    epoch = await store.acquire("trending", owner, ttl_s=10)   # None: someone else runs it
    checkpoint = await store.load("trending")                  # resume (or None: fresh)
    ...
    ok = await store.renew("trending", owner, epoch, ttl_s=10)  # False: stop processing
    ok = await store.save("trending", epoch, ProcessorCheckpoint(offsets, state, emitted))
    await store.release("trending", owner, epoch)
    if not await store.seen("trending", output_id):   # an output delivered before?
        ...deliver...; await store.remember("trending", output_id)

A checkpoint is saved atomically: the source offsets, the window state folded up to
them, and the highest window end emitted per output key, so a resumed processor
re-reads from the offsets, rebuilds nothing twice and skips outputs already emitted
(at-least-once input, effectively-once output by window). Outputs a resumed processor
forms again (emitted after the last checkpoint) carry the same id; a sink without an
atomic once-write of its own (a webhook) records each id it delivered with
``remember`` and skips the ones ``seen`` (remembered for ``ONCE_TTL``).

:class:`MemoryProcessorStore` keeps all of it in the process (the memory backend's,
and what tests use); a Redis store implements the same protocol for many instances.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from ._once import ONCE_TTL, OnceKeys

__all__ = ["MemoryProcessorStore", "ProcessorCheckpoint", "ProcessorStore"]


@dataclass(frozen=True)
class ProcessorCheckpoint:
    """What a processor resumes from.

    Attributes:
        offsets: Source name -> id of the last entry folded into ``state``.
        state: Opaque JSON snapshot of the processor's window state.
        emitted: Output key -> highest window end (ms) already emitted, for
            effectively-once output.
    """

    offsets: Mapping[str, str]
    state: bytes
    emitted: Mapping[str, int]


class ProcessorStore(Protocol):
    """Leases (with fencing epochs) and checkpoints of processors, by processor name."""

    async def acquire(self, processor: str, owner: str, ttl_s: float) -> int | None:
        """Take the lease for ``ttl_s`` seconds: the fencing epoch, or None if another
        owner holds it. An owner that already holds it keeps its epoch (renewed)."""
        ...

    async def renew(self, processor: str, owner: str, epoch: int, ttl_s: float) -> bool:
        """Extend the lease; False if ``owner``/``epoch`` no longer hold it."""
        ...

    async def release(self, processor: str, owner: str, epoch: int) -> None:
        """Give the lease up (a no-op unless ``owner``/``epoch`` hold it)."""
        ...

    async def load(self, processor: str) -> ProcessorCheckpoint | None:
        """The last saved checkpoint, or None."""
        ...

    async def save(self, processor: str, epoch: int, checkpoint: ProcessorCheckpoint) -> bool:
        """Store ``checkpoint`` atomically; False (nothing stored) if ``epoch`` is stale."""
        ...

    async def seen(self, processor: str, key: str) -> bool:
        """Whether ``remember(processor, key)`` was called within its ttl."""
        ...

    async def remember(self, processor: str, key: str, ttl_s: float = ONCE_TTL) -> None:
        """Record that the output ``key`` was delivered (for ``ttl_s`` seconds)."""
        ...


@dataclass(slots=True)
class _Lease:
    owner: str
    epoch: int
    expires: float


class MemoryProcessorStore:
    """:class:`ProcessorStore` in one process: leases and checkpoints in dicts.

    Epochs grow by one per processor each time the lease changes hands (or is taken
    again after it expired or was released); a save is accepted only with the
    newest epoch issued. ``clock`` is the lease clock (``time.monotonic``).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._leases: dict[str, _Lease] = {}
        self._epochs: dict[str, int] = {}
        self._checkpoints: dict[str, ProcessorCheckpoint] = {}
        self._delivered = OnceKeys(clock)

    async def acquire(self, processor: str, owner: str, ttl_s: float) -> int | None:
        """See :meth:`ProcessorStore.acquire`."""
        now = self._clock()
        lease = self._leases.get(processor)
        if lease is not None and lease.expires > now:
            if lease.owner != owner:
                return None
            lease.expires = now + ttl_s
            return lease.epoch
        epoch = self._epochs.get(processor, 0) + 1
        self._epochs[processor] = epoch
        self._leases[processor] = _Lease(owner, epoch, now + ttl_s)
        return epoch

    async def renew(self, processor: str, owner: str, epoch: int, ttl_s: float) -> bool:
        """See :meth:`ProcessorStore.renew`."""
        now = self._clock()
        lease = self._leases.get(processor)
        if lease is None or lease.owner != owner or lease.epoch != epoch or lease.expires <= now:
            return False
        lease.expires = now + ttl_s
        return True

    async def release(self, processor: str, owner: str, epoch: int) -> None:
        """See :meth:`ProcessorStore.release`."""
        lease = self._leases.get(processor)
        if lease is not None and lease.owner == owner and lease.epoch == epoch:
            del self._leases[processor]

    async def load(self, processor: str) -> ProcessorCheckpoint | None:
        """See :meth:`ProcessorStore.load`."""
        return self._checkpoints.get(processor)

    async def save(self, processor: str, epoch: int, checkpoint: ProcessorCheckpoint) -> bool:
        """See :meth:`ProcessorStore.save`."""
        if epoch != self._epochs.get(processor):
            return False
        self._checkpoints[processor] = ProcessorCheckpoint(
            MappingProxyType(dict(checkpoint.offsets)),
            bytes(checkpoint.state),
            MappingProxyType(dict(checkpoint.emitted)),
        )
        return True

    async def seen(self, processor: str, key: str) -> bool:
        """See :meth:`ProcessorStore.seen`."""
        return f"{processor}\0{key}" in self._delivered

    async def remember(self, processor: str, key: str, ttl_s: float = ONCE_TTL) -> None:
        """See :meth:`ProcessorStore.remember`."""
        self._delivered.take(f"{processor}\0{key}", ttl_s)
