"""A shared rate limiter on the ``limits`` library (moving or fixed window).

On Redis, ``limits``' own storage and Lua scripts run on the backend's client — one
server or a Redis Cluster alike — so a limit shares its pool, timeouts and outage
handling. Each call touches one key (``<prefix>limits:<limit>/<key>/...``): one slot.
That storage lives in ``_redis_limiter``, imported by :meth:`Limiter.redis` only: a
memory limiter never loads redis-py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter

from flows._errors import FlowConfigError

if TYPE_CHECKING:
    from ._connection import RedisConnection

__all__ = ["Limiter", "Strategy"]

Strategy = Literal["moving-window", "fixed-window"]


@lru_cache(maxsize=256)
def _rate(rate: str) -> RateLimitItem:
    try:
        return parse(rate)
    except ValueError:
        msg = f"rate limit {rate!r} is not a rate; expected e.g. '10/second' or '100 per minute'"
        raise FlowConfigError(msg) from None


class Limiter:
    """``hit(key, "10/second")`` -> allowed?; in memory, or shared through Redis."""

    def __init__(
        self,
        storage: Storage,
        strategy: Strategy = "moving-window",
        conn: RedisConnection | None = None,
    ) -> None:
        self.storage = storage
        self.conn = conn
        self._limiter = (
            MovingWindowRateLimiter(storage)
            if strategy == "moving-window"
            else FixedWindowRateLimiter(storage)
        )

    @classmethod
    def memory(cls, strategy: Strategy = "moving-window") -> Limiter:
        """Counters in this process."""
        return cls(MemoryStorage(), strategy)

    @classmethod
    def redis(
        cls, conn: RedisConnection, key_prefix: str, strategy: Strategy = "moving-window"
    ) -> Limiter:
        """Counters in Redis under ``key_prefix``, shared by instances (on our client)."""
        from ._redis_limiter import OnOurClient  # redis-py, loaded with a Redis backend

        return cls(OnOurClient(conn.client, key_prefix), strategy, conn)

    async def hit(self, key: str, rate: str, cost: int = 1) -> bool:
        """Count one hit of ``key`` against ``rate``; False when over the limit."""
        item = _rate(rate)
        if self.conn is None:
            return await self._limiter.hit(item, key, cost=cost)
        async with self.conn.guard():
            return await self._limiter.hit(item, key, cost=cost)

    async def clear(self, key: str, rate: str) -> None:
        """Forget the hits of ``key`` for ``rate``."""
        if self.conn is None:
            await self._limiter.clear(_rate(rate), key)
            return
        async with self.conn.guard():
            await self._limiter.clear(_rate(rate), key)
