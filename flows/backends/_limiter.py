"""A shared rate limiter on the ``limits`` library (moving or fixed window)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter
from limits.errors import StorageError

from flows._errors import FlowConfigError

from ._connection import DOWN_ERRORS, RedisConnection

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
        cls, conn: RedisConnection, prefix: str, strategy: Strategy = "moving-window"
    ) -> Limiter:
        """Counters in Redis, shared by instances (``limits``' storage on our pool)."""
        uri = "async+" + conn.url if conn.url.startswith("redis") else conn.url
        storage = RedisStorage(
            uri,
            wrap_exceptions=True,
            implementation="redispy",
            key_prefix=f"{prefix}limits",
            connection_pool=conn.client.connection_pool,  # type: ignore[arg-type]
        )
        return cls(storage, strategy, conn)

    async def hit(self, key: str, rate: str, cost: int = 1) -> bool:
        """Count one hit of ``key`` against ``rate``; False when over the limit."""
        item = _rate(rate)
        if self.conn is None:
            return await self._limiter.hit(item, key, cost=cost)
        if not self.conn.ready:
            raise self.conn.unavailable()
        try:
            return await self._limiter.hit(item, key, cost=cost)
        except StorageError as error:
            if not isinstance(error.storage_error, DOWN_ERRORS):
                raise error.storage_error from None
            self.conn.mark_down(error.storage_error)
            raise self.conn.unavailable() from error

    async def clear(self, key: str, rate: str) -> None:
        """Forget the hits of ``key`` for ``rate``."""
        await self._limiter.clear(_rate(rate), key)
