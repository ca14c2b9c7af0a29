"""The Redis deployments the Redis tests run on: one server, and a local Redis Cluster.

Tests ask for ``redis_url`` (or ``redis_target``) and run once per target:
``[single]`` on the server at 127.0.0.1:6379, ``[cluster]`` on six ``redis-server
--cluster-enabled yes`` nodes (3 primaries, 3 replicas) this session starts once, on
ports above 7000, and stops at its end. Every Redis test is audited: the commands
the backend sent during it must each keep their keys in one cluster slot (see
``command_audit``), on either target.

Test modules outside this folder import the fixtures they use from here.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster

from flows.backends._connection import parse_target
from flows.backends.testing import LocalCluster

from .command_audit import LOG_ENV, CommandLog, cross_slot, read_logs

__all__ = [
    "REDIS_URL",
    "TARGETS",
    "RawRedis",
    "Target",
    "command_log",
    "delete_prefix",
    "local_cluster",
    "prefix",
    "raw",
    "raw_client",
    "redis_target",
    "redis_url",
    "slot_audit",
    "target_named",
]

REDIS_URL = os.environ.get("CAPTIONFLOW_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TARGETS = ["single", "cluster"]
RawRedis = Redis | RedisCluster


@dataclass(frozen=True)
class Target:
    """A Redis deployment under test."""

    name: str
    url: str

    @property
    def cluster(self) -> bool:
        return self.name == "cluster"


def raw_client(url: str) -> RawRedis:
    """A plain client of ``url`` (``Redis`` or ``RedisCluster``), unnamed: not audited."""
    target = parse_target(url)
    if target.cluster:
        host, port = target.nodes[0]
        return RedisCluster(host=host, port=port)
    return Redis.from_url(url)


async def delete_prefix(url: str, value: str) -> None:
    """Delete every key under ``value`` (on every primary of a cluster)."""
    client = raw_client(url)
    try:
        keys = [key async for key in client.scan_iter(match=f"{value}*", count=1000)]
        if keys:  # a cluster client splits the DEL by slot
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture(scope="session")
def local_cluster() -> Iterator[LocalCluster]:
    """Six nodes (3 primaries, 3 replicas) for the whole session, on ports above 7000."""
    cluster = LocalCluster.start(node_timeout_ms=1000)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def command_log(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CommandLog, Path]]:
    """The session's command recorder, and the folder subprocesses record into."""
    log = CommandLog()
    log.install()
    folder = tmp_path_factory.mktemp("commands")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(LOG_ENV, str(folder))  # inherited by every process a test starts
        yield log, folder


_OFFSETS: dict[Path, int] = {}


@pytest.fixture
async def slot_audit(command_log: tuple[CommandLog, Path]) -> AsyncIterator[None]:
    """After the test: no command the backend sent touched keys of two slots."""
    log, folder = command_log
    start = len(log.groups)
    yield  # subprocess lines not checked yet (e.g. an instance starting) are checked now
    groups = log.since(start) + read_logs(folder, _OFFSETS)
    if not groups:
        return
    server = Redis.from_url(REDIS_URL)
    try:
        violations = await cross_slot(server, groups)
    finally:
        await server.aclose()
    shown = "\n  ".join(str(v) for v in violations[:10])
    assert not violations, f"{len(violations)} command(s) touch keys of several slots:\n  {shown}"


def target_named(request: pytest.FixtureRequest, name: str) -> Target:
    """The target called ``name`` (starting the session's cluster on first use)."""
    if name == "cluster":
        cluster: LocalCluster = request.getfixturevalue("local_cluster")
        return Target("cluster", cluster.url)
    return Target("single", REDIS_URL)


@pytest.fixture(params=TARGETS, scope="session")
def redis_target(request: pytest.FixtureRequest) -> Target:
    """Each Redis test runs on one server and on the local cluster."""
    return target_named(request, request.param)


@pytest.fixture
def redis_url(redis_target: Target, slot_audit: None) -> str:
    """The URL of the target under test (its commands audited)."""
    return redis_target.url


@pytest.fixture
async def prefix(redis_target: Target, slot_audit: None) -> AsyncIterator[str]:
    """A key prefix of its own per test; every key under it is deleted afterwards."""
    value = f"cftest:{secrets.token_hex(4)}:"
    yield value
    await delete_prefix(redis_target.url, value)


@pytest.fixture
async def raw(redis_target: Target) -> AsyncIterator[RawRedis]:
    """A plain client to look at what the backend wrote."""
    client = raw_client(redis_target.url)
    yield client
    await client.aclose()
