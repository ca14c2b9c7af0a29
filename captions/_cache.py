"""A small in-memory TTL cache for finished captions, keyed by content and user."""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

__all__ = ["CaptionCache", "cache_key"]


def cache_key(content: str, user_id: str) -> str:
    """A stable key: sha256 of user id and content."""
    return hashlib.sha256(f"{user_id}\x00{content}".encode()).hexdigest()


class CaptionCache:
    """Bounded LRU with a time-to-live per entry.

    Args:
        ttl: seconds an entry stays valid.
        max_entries: oldest entries are evicted beyond this.
        clock: monotonic seconds (a parameter so tests control time).
    """

    def __init__(
        self,
        ttl: float = 300.0,
        max_entries: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
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

    def __len__(self) -> int:
        return len(self._items)
