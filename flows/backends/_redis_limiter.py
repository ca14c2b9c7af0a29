"""``limits``' Redis storage on the backend's own client (see ``_limiter``)."""

from __future__ import annotations

from typing import Any, cast

from limits.aio.storage import RedisStorage
from limits.aio.storage.redis.redispy import RedispyBridge

__all__ = ["OnOurClient"]


class OnOurClient(RedisStorage):
    """``limits``' Redis storage on a client we made (``Redis`` or ``RedisCluster``).

    ``RedisStorage`` builds a client of its own in ``configure_bridge``; this one hands
    the bridge ours instead. It declares no ``STORAGE_SCHEME``, so ``limits`` does not
    register it for any URL.
    """

    def __init__(self, client: Any, key_prefix: str) -> None:
        self._client = client
        # errors stay redis-py's own, for RedisConnection.guard to judge
        super().__init__(
            "async+redis://", wrap_exceptions=False, implementation="redispy", key_prefix=key_prefix
        )

    def configure_bridge(self) -> None:
        bridge = cast(RedispyBridge, self.bridge)  # implementation="redispy"
        client = self._client
        bridge.storage = client
        bridge.connection_getter = lambda _readonly: client
