"""A small TTL cache for finished captions, keyed by content and user.

In memory by default; with a ``shared`` store (the Redis backend's cache) every
instance sees the same entries through :meth:`CaptionCache.aget` / :meth:`aput`.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

__all__ = ["CaptionCache", "SharedCache", "cache_key"]

log = logging.getLogger("captionflow.captions")


class SharedCache(Protocol):
    """A TTL store of JSON values (``flows.backends.Cache``)."""

    async def get(self, key: str) -> Any | None: ...

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None: ...


def cache_key(content: str, user_id: str) -> str:
    """A stable key: sha256 of user id and content."""
    return hashlib.sha256(f"{user_id}\x00{content}".encode()).hexdigest()


class CaptionCache:
    """Bounded LRU with a time-to-live per entry.

    Args:
        ttl: seconds an entry stays valid.
        max_entries: oldest entries are evicted beyond this.
        clock: monotonic seconds (a parameter so tests control time).
        shared: a store shared by instances; :meth:`aget`/:meth:`aput` use it (JSON
            values), and an outage of it is a miss, never a failed caption.
    """

    def __init__(
        self,
        ttl: float = 300.0,
        max_entries: int = 1024,
        clock: Callable[[], float] = time.monotonic,
        shared: SharedCache | None = None,
    ) -> None:
        self.shared = shared
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any | None:
        """The cached value, or None if absent or expired."""
        found = self._items.get(key)
        if found is None or found[0] <= self._clock():
            self._items.pop(key, None)
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return found[1]

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` for ``ttl`` seconds."""
        self._items[key] = (self._clock() + self.ttl, value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)

    async def aget(self, key: str) -> Any | None:
        """:meth:`get`, from the shared store when there is one."""
        if self.shared is None:
            return self.get(key)
        try:
            found = await self.shared.get(f"caption:{key}")
        except Exception as error:  # the cache is an optimisation: an outage is a miss
            log.warning("shared caption cache unavailable: %s", error)
            found = None
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    async def aput(self, key: str, value: Any) -> None:
        """:meth:`put`, into the shared store when there is one (``value`` must be JSON)."""
        if self.shared is None:
            self.put(key, value)
            return
        try:
            await self.shared.set(f"caption:{key}", value, self.ttl)
        except Exception as error:
            log.warning("shared caption cache unavailable: %s", error)

    def __len__(self) -> int:
        return len(self._items)
