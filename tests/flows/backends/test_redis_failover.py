"""A Redis Cluster primary killed (-9) mid-stream: its replica takes over, producers and
consumers carry on, and no acknowledged entry is lost.

A cluster of its own (the session's stays intact), with ``cluster-node-timeout``
1000 ms so the failover takes seconds. Two producers write to one stream while a
broadcast reader and a consumer group of two members (on two backends) read it:

- ``patient`` retries a reconfiguration for up to 10 s inside each call: its calls
  wait the failover out and never fail;
- ``hasty`` gives up after 0.2 s: its calls fail with BackendUnavailableError (the
  503 + Retry-After of the HTTP API) until the replica is promoted, and it retries
  the same item after ``wait_ready()``, as an HTTP client honouring Retry-After does.

"Acknowledged" is a produce that returned: on a cluster it waited (``WAIT 1``) for
the replica that is about to be promoted.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import secrets
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import aclosing
from dataclasses import dataclass, field

import pytest

from flows.backends import BackendUnavailableError, ConsumerOptions, RedisBackend, RedisStream
from flows.backends.testing import LocalCluster
from operators import BackoffPolicy

from .helpers import wait_for

OPTIONS = ConsumerOptions(block_ms=100, batch=20, claim_min_idle=0.5, claim_interval=0.25)
FAST = BackoffPolicy(base_delay=0.02, multiplier=2.0, max_delay=0.25, jitter=0.2)
BEFORE, AFTER = 300, 300  # acknowledged entries per producer before the kill, and after


@pytest.fixture
def cluster() -> Iterator[LocalCluster]:
    made = LocalCluster.start(node_timeout_ms=1000)
    try:
        yield made
    finally:
        made.stop()


@dataclass
class Producer:
    """Produces ``{"by": name, "n": i}`` for i = 0, 1, ...; an item is retried until its
    produce returns (acknowledged); ``acked`` holds (n, when) of each."""

    name: str
    stream: RedisStream
    backend: RedisBackend
    acked: list[tuple[int, float]] = field(default_factory=list)
    failures: int = 0
    retry_after: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # what the failures were, for a report

    async def run(self) -> None:
        n = 0
        while True:
            try:
                await self.stream.produce({"by": self.name, "n": n})
            except BackendUnavailableError as error:
                self.failures += 1
                self.retry_after.append(error.retry_after)
                self.errors.append(f"{time.monotonic():.2f}: {error!r} <- {error.__cause__!r}")
                await self.backend.conn.wait_ready()
                continue
            self.acked.append((n, time.monotonic()))
            n += 1

    def gap(self, at: float) -> float:
        """The longest pause between two acknowledgements from ``at`` on (the first one
        before ``at`` included)."""
        return _longest_pause([t for _, t in self.acked], at)

    def count_after(self, at: float) -> int:
        return sum(1 for _, t in self.acked if t >= at)


@pytest.fixture
async def backends(cluster: LocalCluster) -> AsyncIterator[dict[str, RedisBackend]]:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    made = {
        "patient": RedisBackend(
            cluster.url, prefix=prefix, consumer=OPTIONS, reconnect=FAST, reconfigure_window=10.0
        ),
        "hasty": RedisBackend(
            cluster.url, prefix=prefix, consumer=OPTIONS, reconnect=FAST, reconfigure_window=0.2
        ),
    }
    yield made
    for backend in made.values():
        await backend.close()


@pytest.mark.usefixtures("slot_audit")
async def test_a_killed_primary_loses_no_acknowledged_entry(
    cluster: LocalCluster, backends: dict[str, RedisBackend]
) -> None:
    streams = {
        n: await b.create_stream("live", max_buffer_size=100_000) for n, b in backends.items()
    }
    producers = [Producer(n, streams[n], backends[n]) for n in backends]
    broadcast: dict[tuple[str, int], float] = {}  # entry -> when the reader got it
    grouped: Counter[tuple[str, int]] = Counter()

    async def read_all() -> None:
        async with aclosing(streams["patient"].entries(last_id="0")) as feed:
            async for entry in feed:
                broadcast[(entry.value["by"], entry.value["n"])] = time.monotonic()

    async def member(stream: RedisStream, name: str) -> None:
        async with aclosing(stream.entries(group="g", consumer=name)) as feed:
            async for entry in feed:
                grouped[(entry.value["by"], entry.value["n"])] += 1
                with contextlib.suppress(BackendUnavailableError):  # redelivered later
                    await stream.ack("g", entry.id)

    tasks = [asyncio.ensure_future(p.run()) for p in producers]
    readers = [asyncio.ensure_future(read_all())]
    readers += [asyncio.ensure_future(member(s, f"m-{n}")) for n, s in streams.items()]
    try:
        await wait_for(lambda: _all_acked(producers, BEFORE), timeout=30, pause=0.01)
        victim = cluster.primary_for(streams["patient"].key)
        assert backends["patient"].conn.replicated > 0  # WAIT 1 answered by the replica
        killed = time.monotonic()
        cluster.kill(victim)  # kill -9, mid-stream
        healed = await asyncio.to_thread(cluster.wait_healthy, 30.0)  # replica promoted
        assert cluster.primary_for(streams["patient"].key) != victim
        await wait_for(lambda: _acked_after(producers, killed, AFTER), timeout=30, pause=0.01)
        for task in tasks:  # producers stop; every acknowledged entry must arrive
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        acked = {(p.name, n) for p in producers for n, _ in p.acked}
        await wait_for(lambda: _has_all(set(broadcast), acked), timeout=30, pause=0.01)
        await wait_for(lambda: _has_all(set(grouped), acked), timeout=30, pause=0.01)
    finally:
        for task in tasks + readers:
            task.cancel()
        await asyncio.gather(*tasks, *readers, return_exceptions=True)
    patient, hasty = producers
    reader_gap = _longest_pause(sorted(broadcast.values()), killed)
    gap = max(p.gap(killed) for p in producers)
    print(
        f"\nfailover of {victim}: cluster healthy {healed:.2f}s after the kill; "
        f"produce gap {patient.gap(killed):.2f}s (patient), {hasty.gap(killed):.2f}s "
        f"(hasty, {hasty.failures} BackendUnavailableError); reader gap {reader_gap:.2f}s; "
        f"{len(acked)} acknowledged, lost: "
        f"broadcast {len(acked - set(broadcast))}, group {len(acked - set(grouped))}; "
        f"group duplicates {sum(grouped.values()) - len(grouped)}; "
        f"unreplicated writes {sum(b.conn.unreplicated for b in backends.values())}"
    )
    assert acked <= set(broadcast)  # 0 acknowledged entries lost
    assert acked <= set(grouped)
    # the failover fit in its 10 s window: retried, not failed
    assert patient.failures == 0, (f"killed at {killed:.2f}", patient.errors)
    assert hasty.failures >= 1  # ... but not in 0.2 s: a 503 with Retry-After
    assert all(0 < delay <= FAST.max_delay for delay in hasty.retry_after)
    assert gap < 10


def _longest_pause(times: list[float], at: float) -> float:
    first = max((i for i, t in enumerate(times) if t < at), default=0)
    window = times[first:]
    return max((b - a for a, b in itertools.pairwise(window)), default=0.0)


async def _all_acked(producers: list[Producer], count: int) -> bool:
    return all(len(p.acked) >= count for p in producers)


async def _acked_after(producers: list[Producer], at: float, count: int) -> bool:
    return all(p.count_after(at) >= count for p in producers)


async def _has_all(seen: set[tuple[str, int]], acked: set[tuple[str, int]]) -> bool:
    return acked <= seen
