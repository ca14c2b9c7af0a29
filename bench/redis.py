"""Redis benchmark: a Redis-backed captionflow stream against raw ``redis.asyncio``, and
the same stream on a Redis Cluster against one Redis server, side by side.

    python -m bench.redis [--quick] [--json PATH]      (CAPTIONFLOW_REDIS_URL, default local)

Each figure produces N JSON items to a fresh Redis stream and consumes them all as
one consumer-group member, acknowledging them; the rate is N / (produce + consume):

(a) raw ``redis.asyncio``: XADD in pipelines of 100, then XREADGROUP COUNT 100 + one
    XACK per batch (hiredis parser, as captionflow), on the single server
(b) captionflow ``RedisStream``: ``produce_many`` (pipelined), then
    ``entries(group=...)`` with the acks batched per 100, as the SSE route acks per write
(c) the same, acking every entry on its own (one round trip each): a reference
(d) (b) on a local Redis Cluster (3 primaries + 3 replicas, started here): each round
    trip of ``produce_many`` (10 script calls of 100 XADDs) ends with ``WAIT 1`` (an
    acknowledged entry is replicated)
(e) (d) without ``WAIT`` (``wait_replicas=0``): what the replication guarantee costs
(f) on the cluster, ``produce()`` one item per call with ``WAIT``, then consume; (g)
    the same without ``WAIT``: the guarantee's cost per single write (references)

One client process drives all of them, so the cluster's figures are the cost of the
cluster path per stream (one stream lives in one slot, on one primary), not the
aggregate of its nodes. Beside each rate the servers' own CPU time per entry
(``INFO cpu`` of every node, before and after) is recorded: Redis runs commands on
one thread, so its inverse is what one node can sustain, whatever the client.

Interleaved rounds, median of per-round ratios (see ``bench._harness``). Keys live
under a prefix of their own and are deleted afterwards. Without a reachable Redis the
benchmark says so and exits 0; without ``redis-server`` it skips the cluster figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import statistics
import time
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from bench._harness import Goal, Results, add_json_option, report, run_rounds
from flows.backends import ConsumerOptions, RedisBackend
from flows.backends.testing import LocalCluster

URL = os.environ.get("CAPTIONFLOW_REDIS_URL") or "redis://127.0.0.1:6379/0"
WHERE = URL.rpartition("@")[2]  # never print credentials
BATCH = 100


def item(i: int) -> dict[str, Any]:
    return {"i": i, "caption": "golden hour at the pier", "tags": ["sunset", "sea"]}


async def server_cpu(nodes: dict[int, Any]) -> dict[int, float]:
    """CPU seconds (user + sys) each server (by port) has used so far."""
    used = {}
    for port, client in nodes.items():
        info = await client.info("cpu")
        used[port] = float(info["used_cpu_user"]) + float(info["used_cpu_sys"])
    return used


class Bench:
    """Fresh keys per run under one prefix; everything deleted by :meth:`close`.

    Args:
        url: the Redis (``redis://``) or cluster (``redis+cluster://``) to run on.
        nodes: plain clients of every server behind ``url``, by port (their CPU time).
        wait_replicas: passed to the backend (``WAIT`` after writes on a cluster).
    """

    def __init__(
        self, size: int, url: str, nodes: dict[int, Any], *, wait_replicas: int = 1
    ) -> None:
        self.size = size
        self.url = url
        self.nodes = nodes
        self.prefix = f"cfbench:{secrets.token_hex(4)}:"
        # Any: redis-py types replies as unions of raw shapes (as RedisConnection.guard)
        self.raw: Any = Redis.from_url(url) if not url.startswith("redis+cluster") else None
        options = ConsumerOptions(batch=BATCH, block_ms=100)
        self.backend = RedisBackend(
            url, prefix=self.prefix, consumer=options, wait_replicas=wait_replicas
        )
        self.runs = 0
        # server CPU microseconds per entry, per run: all nodes, the stream's primary,
        # its replica (a cluster's), and the other nodes (idle work: cron, cluster bus)
        self.cpu: dict[str, list[float]] = {"all": [], "primary": [], "replica": [], "other": []}

    def key(self) -> str:
        self.runs += 1
        return f"{self.prefix}run{self.runs}"

    async def _measured(self, key: str, run: Callable[[], Awaitable[None]]) -> float:
        before = await server_cpu(self.nodes)
        started = time.perf_counter()
        await run()
        elapsed = time.perf_counter() - started
        after = await server_cpu(self.nodes)
        used = {port: (after[port] - before[port]) / self.size * 1e6 for port in self.nodes}
        primary, replica = self._ports(key)
        self.cpu["all"].append(sum(used.values()))
        self.cpu["primary"].append(used[primary])
        self.cpu["replica"].append(used.get(replica, 0.0) if replica else 0.0)
        rest = [v for p, v in used.items() if p not in (primary, replica)]
        self.cpu["other"].append(sum(rest))
        return self.size / elapsed

    def _ports(self, key: str) -> tuple[int, int | None]:
        """The port of ``key``'s primary and of its replica (None on one server)."""
        conn = self.backend.conn
        if not conn.cluster:
            return next(iter(self.nodes)), None
        replica = conn.client.get_node_from_key(key, replica=True)
        return conn.node_for(key).port, replica.port if replica is not None else None

    async def raw_run(self) -> float:
        key = self.key()

        async def run() -> None:
            for start in range(0, self.size, BATCH):
                pipe = self.raw.pipeline(transaction=False)
                for i in range(start, min(start + BATCH, self.size)):
                    pipe.xadd(key, {b"d": json.dumps(item(i), separators=(",", ":")).encode()})
                await pipe.execute()
            await self.raw.xgroup_create(key, "g", id="0")
            got = 0
            while got < self.size:
                reply = await self.raw.xreadgroup("g", "c1", {key: ">"}, count=BATCH, block=100)
                entries = reply[0][1] if reply else []
                values = [json.loads(fields[b"d"]) for _, fields in entries]
                got += len(values)
                if entries:
                    await self.raw.xack(key, "g", *[entry_id for entry_id, _ in entries])

        rate = await self._measured(key, run)
        await self.raw.delete(key)
        return rate

    async def flow_run(self, *, ack_each: bool = False, one_by_one: bool = False) -> float:
        self.runs += 1
        stream = await self.backend.create_stream(f"run{self.runs}", max_buffer_size=self.size * 2)

        async def run() -> None:
            if one_by_one:
                for i in range(self.size):
                    await stream.produce(item(i))
            else:
                await stream.produce_many(item(i) for i in range(self.size))
            got = 0
            pending: list[str] = []
            async with aclosing(stream.entries(group="g")) as feed:
                async for entry in feed:
                    _ = entry.value
                    got += 1
                    if ack_each:
                        await stream.ack("g", entry.id)
                    else:
                        pending.append(entry.id)
                        if len(pending) == BATCH or got == self.size:
                            await stream.ack("g", *pending)
                            pending.clear()
                    if got == self.size:
                        break

        rate = await self._measured(stream.key, run)
        async with self.backend.conn.guard() as redis:
            await redis.delete(stream.key)
        return rate

    async def close(self) -> None:
        client = self.backend.conn.client
        keys = [k async for k in client.scan_iter(match=f"{self.prefix}*", count=1000)]
        for key in keys:  # one by one: on a cluster they live in different slots
            await client.delete(key)
        await self.backend.close()
        if self.raw is not None:
            await self.raw.aclose()


def start_cluster() -> LocalCluster | None:
    """A local 3 + 3 cluster, or None (said why) when ``redis-server`` is missing."""
    if shutil.which("redis-server") is None or shutil.which("redis-cli") is None:
        print("bench.redis: no redis-server/redis-cli here: cluster figures skipped")
        return None
    return LocalCluster.start()


async def main(quick: bool, json_path: Path | None = None) -> list[str]:
    size = 10_000 if quick else 50_000
    rounds = 3 if quick else 7
    single_node: Any = Redis.from_url(URL)
    single = {int(single_node.connection_pool.connection_kwargs.get("port", 6379)): single_node}
    try:
        await single_node.ping()
    except Exception as error:  # no server: nothing to measure, not a failure
        print(f"bench.redis skipped: no Redis at {WHERE} ({type(error).__name__})")
        await single_node.aclose()
        return []
    cluster = start_cluster()
    cluster_nodes: dict[int, Any] = {}
    benches: dict[str, Bench] = {}
    try:
        benches["a"] = Bench(size, URL, single)
        benches["b"] = Bench(size, URL, single)
        small = max(1000, size // 10)  # per-entry round trips are slow: fewer items
        benches["c"] = Bench(small, URL, single)
        runners: dict[str, tuple[str, Callable[[], Awaitable[float]]]] = {
            "a": ("(a) raw redis.asyncio XADD x100 / XREADGROUP 100+XACK", benches["a"].raw_run),
            "b": ("(b) captionflow RedisStream produce_many / group+ack", benches["b"].flow_run),
            "c": (
                "(c) captionflow, one XACK per entry (reference)",
                lambda: benches["c"].flow_run(ack_each=True),
            ),
        }
        goals = [
            Goal("(b) / (a)  captionflow vs raw redis.asyncio", "b", "a", 0.8),
            Goal("(c) / (a)  per-entry acks vs raw batches", "c", "a", 0.0),
        ]
        if cluster is not None:
            cluster_nodes = {p: Redis(port=p) for p in cluster.ports}
            benches["d"] = Bench(size, cluster.url, cluster_nodes)
            benches["e"] = Bench(size, cluster.url, cluster_nodes, wait_replicas=0)
            one = max(1000, size // 25)
            benches["f"] = Bench(one, cluster.url, cluster_nodes)
            benches["g"] = Bench(one, cluster.url, cluster_nodes, wait_replicas=0)
            runners |= {
                "d": ("(d) (b) on a 3+3 cluster, WAIT 1 per 1,000 entries", benches["d"].flow_run),
                "e": ("(e) (b) on the cluster without WAIT", benches["e"].flow_run),
                "f": (
                    "(f) cluster, produce() one per call, WAIT 1 each",
                    lambda: benches["f"].flow_run(one_by_one=True),
                ),
                "g": (
                    "(g) cluster, produce() one per call, no WAIT",
                    lambda: benches["g"].flow_run(one_by_one=True),
                ),
            }
            goals += [
                Goal("(d) / (b)  cluster path vs one Redis server", "d", "b", 0.8),
                Goal("(e) / (b)  cluster without WAIT vs one server", "e", "b", 0.0),
                Goal("(d) / (e)  WAIT 1 per 1,000 produced entries", "d", "e", 0.0),
                Goal("(f) / (g)  WAIT 1 per single produce()", "f", "g", 0.0),
            ]
        figures = await run_rounds(runners, rounds)
    finally:
        for bench in benches.values():
            await bench.close()
        for client in [single_node, *cluster_nodes.values()]:
            await client.aclose()
        if cluster is not None:
            cluster.stop()
    lines = report(figures, goals)
    cpu = {
        key: {part: statistics.median(values) for part, values in bench.cpu.items()}
        for key, bench in benches.items()
    }
    print("\nserver CPU µs per entry (median): all nodes / the stream's primary / its replica")
    for key, parts in cpu.items():
        print(f"  ({key}) {parts['all']:6.1f} / {parts['primary']:6.1f} / {parts['replica']:6.1f}")
    extra = {
        "items": size,
        "per_entry_items": benches["c"].size,
        "one_by_one_items": benches["f"].size if "f" in benches else 0,
        "rounds": rounds,
        "redis": WHERE,
        "cluster": "3 primaries + 3 replicas on 127.0.0.1" if cluster is not None else None,
        "server_cpu_us_per_entry": cpu,
    }
    Results("redis", quick, figures, goals, extra=extra).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer items and repetitions")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
