"""Keys remembered for a while, in memory: what an effectively-once writer already did.

A processor that resumes from its last checkpoint forms again the outputs it emitted
after it; each carries an id (``<processor>:<step>:<key>@<end ms>``) and a sink that
was handed one before does nothing the second time. The memory backend and the
in-process event bus and state machines keep those ids here; on Redis they are keys
with a ``PX`` ttl written in the same script as the write they guard::

    once = OnceKeys()
    if once.take("counts:n:\\"a\\"@60000", ttl=3600):   # False: taken in the last hour
        ...                                            # write; on failure once.give_back(key)
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["ONCE_TTL", "OnceKeys"]

ONCE_TTL = 3600.0  # seconds a once-key is remembered (a stream item, an event, a transition)


class OnceKeys:
    """Keys with an expiry on ``clock`` (``time.monotonic``); expired ones are dropped
    every :attr:`SWEEP` takes, so the set stays bounded by what a ttl holds."""

    SWEEP = 1024

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._keys: dict[str, float] = {}  # key -> when it expires
        self._takes = 0

    def __contains__(self, key: object) -> bool:
        expires = self._keys.get(key) if isinstance(key, str) else None
        return expires is not None and expires > self._clock()

    def __len__(self) -> int:
        now = self._clock()
        return sum(1 for at in self._keys.values() if at > now)

    def take(self, key: str, ttl: float) -> bool:
        """Remember ``key`` for ``ttl`` seconds unless it is remembered: whether it was
        taken now."""
        now = self._clock()
        expires = self._keys.get(key)
        if expires is not None and expires > now:
            return False
        self._takes += 1
        if self._takes % self.SWEEP == 0:
            self._keys = {k: at for k, at in self._keys.items() if at > now}
        self._keys[key] = now + ttl
        return True

    def give_back(self, key: str) -> None:
        """Forget ``key`` (the write it guarded failed)."""
        self._keys.pop(key, None)
