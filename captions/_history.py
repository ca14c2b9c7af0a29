"""A user's recent captions, so an account posting daily does not repeat itself.

For each ``user_id`` the ids of the hook and call-to-action templates of its last
:data:`HISTORY_SIZE` captions are kept, newest last, in the shared cache backend
(``flows.backends.Cache``: Redis when ``CAPTIONFLOW_REDIS_URL`` is set, so every
instance sees the same history) or, without one, in process memory. The offline
engine is asked to avoid them.

Two instances captioning for the same user at the same instant may each miss the
other's newest caption (read, then write); the next request sees both.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from ._cache import SharedCache

__all__ = ["HISTORY_SIZE", "CaptionHistory"]

HISTORY_SIZE = 20  # captions remembered per user
_TTL = 90 * 24 * 3600.0  # a user silent for 90 days starts afresh
_MEMORY_USERS = 10_000  # users kept in process memory (least recent evicted)

log = logging.getLogger("captionflow.captions")


class CaptionHistory:
    """Recent hook and call-to-action ids per user.

    Args:
        shared: the backend's cache; None keeps the history in this process.
        size: captions remembered per user.
    """

    def __init__(self, shared: SharedCache | None = None, size: int = HISTORY_SIZE) -> None:
        self.shared = shared
        self.size = size
        self._memory: OrderedDict[str, list[list[str]]] = OrderedDict()

    @staticmethod
    def _key(user_id: str) -> str:
        return f"caption-history:{user_id}"

    async def recent(self, user_id: str) -> list[tuple[str, str]]:
        """The user's last captions as ``(hook id, cta id)``, oldest first."""
        raw: Any
        if self.shared is None:
            raw = self._memory.get(user_id)
        else:
            try:
                raw = await self.shared.get(self._key(user_id))
            except Exception as error:  # an outage forgets, it never fails a caption
                log.warning("caption history unavailable: %s", error)
                raw = None
        if not isinstance(raw, list):
            return []
        return [(str(e[0]), str(e[1])) for e in raw if isinstance(e, list) and len(e) == 2]

    async def avoid(self, user_id: str) -> frozenset[str]:
        """Every template id of the user's recent captions (hooks and CTAs)."""
        return frozenset(i for pair in await self.recent(user_id) for i in pair if i)

    async def remember(self, user_id: str, captions: Iterable[tuple[str, str]]) -> None:
        """Append ``(hook id, cta id)`` per new caption; keep the last :attr:`size`."""
        entries = [[h, c] for h, c in await self.recent(user_id)]
        entries += [[h, c] for h, c in captions]
        entries = entries[-self.size :]
        if self.shared is None:
            self._memory[user_id] = entries
            self._memory.move_to_end(user_id)
            while len(self._memory) > _MEMORY_USERS:
                self._memory.popitem(last=False)
            return
        try:
            await self.shared.set(self._key(user_id), entries, _TTL)
        except Exception as error:
            log.warning("caption history unavailable: %s", error)
