"""One Redis client — one server or a Redis Cluster — with fail-fast errors and reconnection.

    RedisConnection("redis://127.0.0.1:6379/0")                          # one server
    RedisConnection("redis+cluster://10.0.0.1:7000,10.0.0.2:7000")       # a cluster

The URL picks the client: ``redis://``, ``rediss://`` and ``unix://`` a
``redis.asyncio.Redis`` on a blocking pool; ``redis+cluster://`` (``rediss+cluster://``
with TLS) a ``redis.asyncio.cluster.RedisCluster`` seeded by every ``host:port``
listed (one reachable seed is enough: the rest of the topology is discovered). Both
answer the same commands; callers never ask which one they hold, except where a
command must be sent to the node owning a key (:meth:`RedisConnection.node_for`).

Every Redis call goes through :meth:`RedisConnection.guard`. While Redis is
unreachable, calls fail at once with :class:`BackendUnavailableError` (no connect
attempt, no hang) and one background task pings with :class:`BackoffPolicy`
delays until it answers again; then calls go through as before.

On a cluster, a reconfiguration (a failover, a slot migration) is not an outage: the
cluster client follows ``MOVED``/``ASK`` redirects and retries ``CLUSTERDOWN``,
``TRYAGAIN`` and connection errors against a refreshed topology, waiting between
attempts as the same ``BackoffPolicy`` says, for about ``reconfigure_window``
seconds (:meth:`RedisConnection.write` does the same for a write and its ``WAIT``).
Only an error that outlasts the window becomes an outage. Redirects that do not
settle (a slot mid-migration) fail that call alone, without failing the others fast.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from redis import exceptions as redis_errors
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.connection import SSLConnection, parse_url
from redis.asyncio.retry import Retry
from redis.backoff import AbstractBackoff, NoBackoff

from flows._errors import FlowConfigError
from operators import BackoffPolicy

from ._errors import BackendUnavailableError

__all__ = [
    "CLIENT_NAME",
    "CLUSTER_DOWN_ERRORS",
    "DEFAULT_RECONNECT",
    "DOWN_ERRORS",
    "RedisConnection",
    "RedisTarget",
    "parse_target",
]

log = logging.getLogger("captionflow.redis")

DEFAULT_RECONNECT = BackoffPolicy(base_delay=0.05, multiplier=2.0, max_delay=2.0, jitter=0.2)
# a server that cannot be reached or answered: the call was not done (or not confirmed)
DOWN_ERRORS: tuple[type[BaseException], ...] = (
    redis_errors.ConnectionError,
    redis_errors.TimeoutError,
    OSError,
)
# ... and on a cluster, a reconfiguration that outlasted the client's retries: no
# primary for the slot yet (CLUSTERDOWN, an uncovered slot), a slot mid-migration
# (TRYAGAIN), redirects that never settled (ClusterError), a replica that was a
# primary a moment ago (READONLY), or no node reachable at all
CLUSTER_DOWN_ERRORS: tuple[type[BaseException], ...] = (
    *DOWN_ERRORS,
    redis_errors.ClusterError,  # includes ClusterDownError, MasterDownError
    redis_errors.TryAgainError,
    redis_errors.ReadOnlyError,
    redis_errors.SlotNotCoveredError,
    redis_errors.RedisClusterUnreachableError,
)
CLIENT_NAME = "captionflow"  # CLIENT LIST tells our connections apart
CLUSTER_SCHEMES = ("redis+cluster", "rediss+cluster")


@dataclass(frozen=True, slots=True)
class RedisTarget:
    """Where a Redis URL points: one server, or the seed nodes of a cluster.

    Attributes:
        url: as given.
        cluster: ``redis+cluster://`` / ``rediss+cluster://``.
        nodes: the cluster's seed ``(host, port)`` pairs (empty for one server).
        options: client options from the URL (credentials, TLS, query arguments).
    """

    url: str
    cluster: bool
    nodes: tuple[tuple[str, int], ...] = ()
    options: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def where(self) -> str:
        """The URL without its credentials (for messages and logs)."""
        scheme, sep, rest = self.url.partition("://")
        return f"{scheme}{sep}{rest.rpartition('@')[2]}" if sep else self.url


def parse_target(url: str) -> RedisTarget:
    """A :class:`RedisTarget` from ``redis[s]://``, ``unix://`` or ``redis[s]+cluster://``.

    Raises:
        FlowConfigError: several hosts without ``+cluster``, a cluster URL without a
            ``host:port``, or a database other than 0 on a cluster.
    """
    scheme, sep, rest = url.partition("://")
    scheme = scheme.lower()
    if scheme not in CLUSTER_SCHEMES:
        if "," in rest.partition("/")[0]:
            msg = (
                f"redis url {_masked(url)!r} lists several hosts; a Redis Cluster is "
                f"'{scheme}+cluster://host:port,host:port' (one server: a single host)"
            )
            raise FlowConfigError(msg)
        return RedisTarget(url, cluster=False)
    auth, _, location = rest.rpartition("@")
    location, question, query = location.partition("?")
    hosts, slash, path = location.partition("/")
    tail = f"{path}{question}{query}"
    nodes: list[tuple[str, int]] = []
    for seed in filter(None, (h.strip() for h in hosts.split(","))):
        try:
            parts = urllib.parse.urlsplit(f"//{seed}")
            host, port = parts.hostname, parts.port
        except ValueError:
            host, port = None, None
        if not host or port is None:
            msg = (
                f"redis url {_masked(url)!r}: {seed!r} is not host:port; a cluster is "
                f"'{scheme}://host:port[,host:port...]'"
            )
            raise FlowConfigError(msg)
        nodes.append((host, port))
    if not sep or not nodes:
        msg = (
            f"redis url {_masked(url)!r} names no node; a cluster is "
            f"'{scheme}://host:port[,host:port...]' (any node of it: the rest is discovered)"
        )
        raise FlowConfigError(msg)
    # one seed in redis-py's own URL syntax: credentials, TLS and query arguments
    single = "rediss" if scheme.startswith("rediss") else "redis"
    at = f"{auth}@" if auth else ""
    try:
        options: dict[str, Any] = dict(
            parse_url(f"{single}://{at}{nodes[0][0]}:{nodes[0][1]}{slash}{tail}")
        )
    except ValueError as error:
        msg = f"redis url {_masked(url)!r}: {error}"
        raise FlowConfigError(msg) from None
    if options.pop("db", 0) not in (0, None):
        msg = (
            f"redis url {_masked(url)!r}: a Redis Cluster has database 0 only; "
            "drop the /<db> (instances share by CAPTIONFLOW_REDIS_PREFIX instead)"
        )
        raise FlowConfigError(msg)
    for name in ("host", "port", "path"):
        options.pop(name, None)
    if options.pop("connection_class", None) is SSLConnection:
        options["ssl"] = True
    return RedisTarget(url, cluster=True, nodes=tuple(nodes), options=options)


def _masked(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    _auth, at, location = rest.rpartition("@")
    return f"{scheme}{sep}{'***@' if at else ''}{location}" if sep else url


class _PolicyBackoff(AbstractBackoff):
    """redis-py's backoff interface on a :class:`BackoffPolicy` (jittered)."""

    def __init__(self, policy: BackoffPolicy) -> None:
        self.policy = policy

    def compute(self, failures: int) -> float:
        return self.policy.delay(max(1, min(failures, 64)), random.random())


def retries_within(policy: BackoffPolicy, seconds: float) -> int:
    """How many retries the policy's (unjittered) delays take to cover ``seconds``."""
    total, retries = 0.0, 0
    while total < seconds and retries < 64:
        retries += 1
        total += policy.delay(retries)
    return retries


class RedisConnection:
    """A ``redis.asyncio`` client (bytes, hiredis) plus health state; see the module docstring.

    Args:
        url: ``redis://host:port/db`` or ``redis+cluster://host:port[,host:port...]``.
        reconnect: delays between reconnect attempts (``max_attempts`` is ignored: it
            keeps trying until :meth:`close`); on a cluster also between the client's
            retries while it reconfigures.
        reconfigure_window: seconds a cluster call keeps retrying a reconfiguration
            before it fails as an outage (a failover takes ``cluster-node-timeout``
            plus about a second).
        connect_timeout: seconds to open a connection.
        socket_timeout: seconds to wait for a reply; must exceed blocking reads.
        max_connections: pool size (per node on a cluster); each blocked reader (SSE
            client, worker) holds one.
        pool_timeout: seconds a call waits for a free pooled connection (one server;
            a cluster node's pool refuses at once when it is exhausted).
        wait_replicas: on a cluster, a write that must survive a failover (XADD, a
            state-machine transition) is followed by ``WAIT wait_replicas`` on its
            connection, so that "done" means "on a replica too"; 0 turns it off.
        wait_timeout_ms: the longest such a ``WAIT`` blocks; a write no replica
            confirmed in time still counts as done, and in ``unreplicated``.
    """

    def __init__(
        self,
        url: str,
        *,
        reconnect: BackoffPolicy = DEFAULT_RECONNECT,
        reconfigure_window: float = 3.0,
        connect_timeout: float = 1.0,
        socket_timeout: float = 10.0,
        max_connections: int = 512,
        pool_timeout: float = 5.0,
        wait_replicas: int = 1,
        wait_timeout_ms: int = 100,
    ) -> None:
        self.target = parse_target(url)
        self.url = url
        self.socket_timeout = socket_timeout
        self.where = self.target.where
        self.reconnect = reconnect
        self.reconfigure_window = reconfigure_window
        self.cluster = self.target.cluster
        self.down_errors = CLUSTER_DOWN_ERRORS if self.cluster else DOWN_ERRORS
        self.client: Any
        if self.cluster:
            self.client = RedisCluster(
                startup_nodes=[ClusterNode(host, port) for host, port in self.target.nodes],
                decode_responses=False,
                socket_connect_timeout=connect_timeout,
                socket_timeout=socket_timeout,
                max_connections=max_connections,
                retry=Retry(
                    _PolicyBackoff(reconnect), retries_within(reconnect, reconfigure_window)
                ),
                client_name=CLIENT_NAME,
                **self.target.options,
            )
        else:
            pool = BlockingConnectionPool.from_url(
                url,
                decode_responses=False,
                socket_connect_timeout=connect_timeout,
                socket_timeout=socket_timeout,
                retry=Retry(NoBackoff(), 0),  # no silent retries: we fail fast and reconnect
                max_connections=max_connections,
                timeout=pool_timeout,
                client_name=CLIENT_NAME,
            )
            self.client = Redis.from_pool(pool)
        self.closed = False
        self.outages = 0
        self._error: str | None = None
        self._since = 0.0
        self._attempt = 0
        self._up = asyncio.Event()
        self._up.set()
        self._task: asyncio.Task[None] | None = None
        self._version: tuple[int, ...] | None = None
        self.wait_replicas = wait_replicas
        self.wait_timeout_ms = wait_timeout_ms
        self.replicated = 0  # writes a replica confirmed (WAIT)
        self.unreplicated = 0  # writes WAIT timed out on (only the primary had them)

    @property
    def ready(self) -> bool:
        """True unless the last call found Redis unreachable."""
        return self._error is None and not self.closed

    def unavailable(self) -> BackendUnavailableError:
        """The error for a call made while Redis is down."""
        detail = "closed" if self.closed else f"{self._error} (since {self._down_for():.1f}s)"
        delay = self.reconnect.delay(max(1, self._attempt))
        return BackendUnavailableError("redis", f"{self.where}: {detail}", retry_after=delay)

    def _down_for(self) -> float:
        return time.monotonic() - self._since

    def _settling_outage(self) -> bool:
        """On a cluster, calls keep trying (with the client's retries) for the first
        ``reconfigure_window`` seconds of an outage: one call's failure during a failover
        must not fail the others before the window says it lasts."""
        return self.cluster and not self.closed and self._down_for() < self.reconfigure_window

    @contextlib.asynccontextmanager
    async def guard(self) -> AsyncIterator[Any]:
        """Yield the client; turn connection failures into BackendUnavailableError.

        Typed ``Any``: redis-py annotates replies as sync-or-async unions of raw
        shapes, which would need a cast at every call; callers decode replies.
        """
        if not self.ready and not self._settling_outage():
            raise self.unavailable()
        try:
            yield self.client
        except self.down_errors as error:
            if _pool_exhausted(error):  # busy, not down: do not start reconnecting
                detail = f"{self.where}: all pooled connections are busy ({error})"
                raise BackendUnavailableError("redis", detail) from error
            if self.cluster and _settling(error):  # one slot moving: not an outage
                delay = self.reconnect.delay(1)
                detail = f"{self.where}: a slot is moving ({type(error).__name__}: {error})"
                raise BackendUnavailableError("redis", detail, retry_after=delay) from error
            self.mark_down(error)
            raise self.unavailable() from error
        _raise_swallowed_cancel()

    def mark_down(self, error: BaseException) -> None:
        """Record an outage and start reconnecting in the background (once)."""
        if self._error is None:
            self.outages += 1
            self._since = time.monotonic()
            log.warning("redis %s unreachable: %s: %s", self.where, type(error).__name__, error)
        self._error = f"{type(error).__name__}: {error}"
        self._up.clear()
        if (self._task is None or self._task.done()) and not self.closed:
            self._task = asyncio.get_running_loop().create_task(self._reconnect())

    async def _ping(self) -> None:
        """PING one server, or every primary of a cluster (all slots served again)."""
        if self.cluster:
            await self.client.ping(target_nodes=RedisCluster.PRIMARIES)
        else:
            await self.client.ping()

    async def _reconnect(self) -> None:
        self._attempt = 0
        while not self.closed:
            self._attempt += 1
            await asyncio.sleep(self.reconnect.delay(min(self._attempt, 64), random.random()))
            try:
                await self._ping()
            except self.down_errors as error:
                self._error = f"{type(error).__name__}: {error}"
                continue
            log.info("redis %s reachable again after %.1fs", self.where, self._down_for())
            self._error = None
            self._attempt = 0
            self._up.set()
            return

    async def recover(self) -> bool:
        """After a call failed with BackendUnavailableError: wait until Redis is
        reachable again (an outage), or a backoff step (a cluster slot still moving,
        the pool busy); False if the connection was closed."""
        if self.ready:
            await asyncio.sleep(self.reconnect.delay(1, random.random()))
            return not self.closed
        return await self.wait_ready()

    async def wait_ready(self) -> bool:
        """Wait until Redis is reachable again; False if the connection was closed."""
        while not self.closed and not self._up.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(1.0):  # wake up now and then to notice close()
                    await self._up.wait()
        return not self.closed

    def node_for(self, key: str) -> Any:
        """The cluster node owning ``key``'s slot (None on one server), to send a
        command that names no key — ``WAIT`` — to the node that wrote the key."""
        if not self.cluster:
            return None
        return self.client.get_node_from_key(key)

    def has_replica(self, key: str) -> bool:
        """Whether the topology known to the client lists a replica for ``key``'s slot."""
        if not self.cluster:
            return False
        with contextlib.suppress(redis_errors.SlotNotCoveredError):
            return self.client.get_node_from_key(key, replica=True) is not None
        return False

    async def waits_for_replica(self, key: str) -> bool:
        """Whether a write to ``key`` is followed by ``WAIT``: on a cluster, when asked
        for and the slot has a replica (none right after a failover, until one rejoins).

        Call it inside :meth:`guard`: a client that has not loaded the topology yet
        (its first command) loads it now, to know.
        """
        if not self.cluster or self.wait_replicas <= 0:
            return False
        if not self.client.nodes_manager.slots_cache:
            await self.client.initialize()
        return self.has_replica(key)

    def queue_wait(self, pipe: Any, key: str) -> None:
        """Append ``WAIT`` to ``pipe``, sent on the connection that writes ``key``.

        A cluster pipeline sends each node's commands in order on one connection, and
        ``WAIT`` covers every earlier write of its connection.
        """
        node = self.node_for(key)
        pipe.execute_command("WAIT", self.wait_replicas, self.wait_timeout_ms, target_nodes=node)

    async def write(self, key: str, queue: Callable[[Any], None], writes: int = 1) -> list[Any]:
        """Send what ``queue`` adds to a pipeline (writes to ``key``'s slot), followed
        by ``WAIT`` when :meth:`waits_for_replica`; the replies of ``queue``'s commands.

        Call it inside :meth:`guard`. On a cluster a failed attempt (the node died or the
        slot moved between the write and its ``WAIT``, which is sent to a named node and
        so not retried by the client) is sent again, after the reconnect policy's delay,
        for up to ``reconfigure_window`` seconds — as the client retries its own
        commands; a write that was applied and not answered may then be applied twice
        (at least once, as every retried write).
        """
        started = time.monotonic()
        attempt = 0
        while True:
            waits = await self.waits_for_replica(key)
            pipe = self.client.pipeline(transaction=False)
            queue(pipe)
            if waits:
                self.queue_wait(pipe, key)
            try:
                replies: list[Any] = await pipe.execute()
            except self.down_errors:
                attempt += 1
                delay = self.reconnect.delay(min(attempt, 64), random.random())
                if not self.cluster or time.monotonic() - started + delay > self.reconfigure_window:
                    raise
                await asyncio.sleep(delay)
                continue
            if waits:
                self.count_replicas(replies.pop(), writes)
            return replies

    def count_replicas(self, confirmed: Any, writes: int) -> None:
        """Count ``writes`` as replicated or not from ``WAIT``'s reply."""
        if int(confirmed) >= self.wait_replicas:
            self.replicated += writes
        else:
            self.unreplicated += writes

    async def server_version(self) -> tuple[int, ...]:
        """The Redis version (of any one node of a cluster), asked once."""
        if self._version is None:
            async with self.guard() as redis:
                if self.cluster:
                    info = await redis.info("server", target_nodes=RedisCluster.RANDOM)
                else:
                    info = await redis.info("server")
            text = str(info.get("redis_version", "0"))
            self._version = tuple(int(p) for p in text.split(".") if p.isdigit())
        return self._version

    async def health(self) -> dict[str, Any]:
        """Readiness: a PING when believed up, else the outage and the next retry."""
        if self.ready:
            started = time.perf_counter()
            try:
                async with asyncio.timeout(1.0):
                    await self._ping()
            except TimeoutError as error:
                self.mark_down(error)
            except self.down_errors as error:
                self.mark_down(error)
            else:
                latency = round((time.perf_counter() - started) * 1000, 3)
                ready: dict[str, Any] = {
                    "backend": "redis",
                    "ready": True,
                    "latency_ms": latency,
                    "mode": "cluster" if self.cluster else "single",
                }
                if self.cluster:  # writes a replica confirmed (WAIT), and those it did not
                    ready["replicated"] = self.replicated
                    ready["unreplicated"] = self.unreplicated
                return ready
        return {
            "backend": "redis",
            "ready": False,
            "mode": "cluster" if self.cluster else "single",
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


def _settling(error: BaseException) -> bool:
    """Redirects that did not settle within the client's request TTL, or TRYAGAIN: a
    slot migrating; every other slot serves on (CLUSTERDOWN is an outage)."""
    if isinstance(error, redis_errors.ClusterDownError):
        return False
    return isinstance(
        error, (redis_errors.ClusterError, redis_errors.TryAgainError, redis_errors.AskError)
    )


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
