"""One Redis client with fail-fast errors, readiness and reconnection with backoff.

Every Redis call goes through :meth:`RedisConnection.guard`. While the server is
unreachable, calls fail at once with :class:`BackendUnavailableError` (no connect
attempt, no hang) and one background task pings with :class:`BackoffPolicy`
delays until the server answers again; then calls go through as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator
from typing import Any

from redis import exceptions as redis_errors
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from operators import BackoffPolicy

from ._errors import BackendUnavailableError

__all__ = ["DEFAULT_RECONNECT", "DOWN_ERRORS", "RedisConnection"]

log = logging.getLogger("captionflow.redis")

DEFAULT_RECONNECT = BackoffPolicy(base_delay=0.05, multiplier=2.0, max_delay=2.0, jitter=0.2)
# a server that cannot be reached or answered: the call was not done (or not confirmed)
DOWN_ERRORS = (redis_errors.ConnectionError, redis_errors.TimeoutError, OSError)


class RedisConnection:
    """A ``redis.asyncio`` client (bytes, hiredis) plus health state; see the module docstring.

    Args:
        url: ``redis://host:port/db``.
        reconnect: delays between reconnect attempts (``max_attempts`` is ignored: it
            keeps trying until :meth:`close`).
        connect_timeout: seconds to open a connection.
        socket_timeout: seconds to wait for a reply; must exceed blocking reads.
        max_connections: pool size; each blocked reader (SSE client, worker) holds one.
        pool_timeout: seconds a call waits for a free pooled connection.
    """

    def __init__(
        self,
        url: str,
        *,
        reconnect: BackoffPolicy = DEFAULT_RECONNECT,
        connect_timeout: float = 1.0,
        socket_timeout: float = 10.0,
        max_connections: int = 512,
        pool_timeout: float = 5.0,
    ) -> None:
        self.url = url
        self.reconnect = reconnect
        pool = BlockingConnectionPool.from_url(
            url,
            decode_responses=False,
            socket_connect_timeout=connect_timeout,
            socket_timeout=socket_timeout,
            retry=Retry(NoBackoff(), 0),  # no silent retries: we fail fast and reconnect
            max_connections=max_connections,
            timeout=pool_timeout,
        )
        self.client: Redis = Redis.from_pool(pool)
        self.closed = False
        self.outages = 0
        self._error: str | None = None
        self._since = 0.0
        self._attempt = 0
        self._up = asyncio.Event()
        self._up.set()
        self._task: asyncio.Task[None] | None = None

    @property
    def ready(self) -> bool:
        """True unless the last call found the server unreachable."""
        return self._error is None and not self.closed

    def unavailable(self) -> BackendUnavailableError:
        """The error for a call made while the server is down."""
        detail = "closed" if self.closed else f"{self._error} (since {self._down_for():.1f}s)"
        delay = self.reconnect.delay(max(1, self._attempt))
        return BackendUnavailableError("redis", f"{self.url}: {detail}", retry_after=delay)

    def _down_for(self) -> float:
        return time.monotonic() - self._since

    @contextlib.asynccontextmanager
    async def guard(self) -> AsyncIterator[Any]:
        """Yield the client; turn connection failures into BackendUnavailableError.

        Typed ``Any``: redis-py annotates replies as sync-or-async unions of raw
        shapes, which would need a cast at every call; callers decode replies.
        """
        if not self.ready:
            raise self.unavailable()
        try:
            yield self.client
        except DOWN_ERRORS as error:
            if _pool_exhausted(error):  # busy, not down: do not start reconnecting
                detail = f"{self.url}: all pooled connections are busy ({error})"
                raise BackendUnavailableError("redis", detail) from error
            self.mark_down(error)
            raise self.unavailable() from error
        _raise_swallowed_cancel()

    def mark_down(self, error: BaseException) -> None:
        """Record an outage and start reconnecting in the background (once)."""
        if self._error is None:
            self.outages += 1
            self._since = time.monotonic()
            log.warning("redis %s unreachable: %s: %s", self.url, type(error).__name__, error)
        self._error = f"{type(error).__name__}: {error}"
        self._up.clear()
        if (self._task is None or self._task.done()) and not self.closed:
            self._task = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        self._attempt = 0
        while not self.closed:
            self._attempt += 1
            await asyncio.sleep(self.reconnect.delay(min(self._attempt, 64), random.random()))
            try:
                await self.client.ping()
            except DOWN_ERRORS as error:
                self._error = f"{type(error).__name__}: {error}"
                continue
            log.info("redis %s reachable again after %.1fs", self.url, self._down_for())
            self._error = None
            self._attempt = 0
            self._up.set()
            return

    async def wait_ready(self) -> bool:
        """Wait until the server is reachable again; False if the connection was closed."""
        while not self.closed and not self._up.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(1.0):  # wake up now and then to notice close()
                    await self._up.wait()
        return not self.closed

    async def health(self) -> dict[str, Any]:
        """Readiness: a PING when believed up, else the outage and the next retry."""
        if self.ready:
            started = time.perf_counter()
            try:
                async with asyncio.timeout(1.0):
                    await self.client.ping()
            except (*DOWN_ERRORS, TimeoutError) as error:
                self.mark_down(error)
            else:
                latency = round((time.perf_counter() - started) * 1000, 3)
                return {"backend": "redis", "ready": True, "latency_ms": latency}
        return {
            "backend": "redis",
            "ready": False,
            "error": "closed" if self.closed else self._error,
            "down_for_s": round(self._down_for(), 3),
            "outages": self.outages,
        }

    async def close(self) -> None:
        """Stop reconnecting and close the pool."""
        self.closed = True
        self._up.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.client.aclose()


def _pool_exhausted(error: BaseException) -> bool:
    return isinstance(error, redis_errors.MaxConnectionsError) or (
        "No connection available" in str(error)
    )


def _raise_swallowed_cancel() -> None:
    """Re-raise a cancellation that redis-py lost.

    On Python 3.11, redis-py's ``asyncio.wait_for(writer.drain(), ...)`` returns the
    result instead of raising when the task is cancelled just as the drain finishes
    (fixed in 3.12's ``wait_for``); the task then reads on with ``cancelling() > 0``
    and a consumer loop would never end.
    """
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
