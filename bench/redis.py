"""Redis benchmark: a Redis-backed captionflow stream against raw ``redis.asyncio``.

    python -m bench.redis [--quick] [--json PATH]      (CAPTIONFLOW_REDIS_URL, default local)

Each figure produces N JSON items to a fresh Redis stream and consumes them all as
one consumer-group member, acknowledging them; the rate is N / (produce + consume):

(a) raw ``redis.asyncio``: XADD in pipelines of 100, then XREADGROUP COUNT 100 + one
    XACK per batch (hiredis parser, as captionflow)
(b) captionflow ``RedisStream``: ``produce_many`` (pipelined), then
    ``entries(group=...)`` with the acks batched per 100, as the SSE route acks per write
(c) the same, acking every entry on its own (one round trip each): a reference

Interleaved rounds, median of per-round ratios (see ``bench._harness``). Keys live
under a prefix of their own and are deleted afterwards. Without a reachable Redis the
benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from bench._harness import Goal, Results, add_json_option, report, run_rounds
from flows.backends import ConsumerOptions, RedisBackend

URL = os.environ.get("CAPTIONFLOW_REDIS_URL") or "redis://127.0.0.1:6379/0"
WHERE = URL.rpartition("@")[2]  # never print credentials
BATCH = 100


def item(i: int) -> dict[str, Any]:
    return {"i": i, "caption": "golden hour at the pier", "tags": ["sunset", "sea"]}


class Bench:
    """Fresh keys per run under one prefix; everything deleted by :meth:`close`."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.prefix = f"cfbench:{secrets.token_hex(4)}:"
        # Any: redis-py types replies as unions of raw shapes (as RedisConnection.guard)
        self.raw: Any = Redis.from_url(URL)
        options = ConsumerOptions(batch=BATCH, block_ms=100)
        self.backend = RedisBackend(URL, prefix=self.prefix, consumer=options)
        self.runs = 0

    def key(self) -> str:
        self.runs += 1
        return f"{self.prefix}run{self.runs}"

    async def raw_run(self) -> float:
        key = self.key()
        started = time.perf_counter()
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
        elapsed = time.perf_counter() - started
        await self.raw.delete(key)
        return self.size / elapsed

    async def flow_run(self, *, ack_each: bool = False) -> float:
        self.runs += 1
        stream = await self.backend.create_stream(f"run{self.runs}", max_buffer_size=self.size * 2)
        started = time.perf_counter()
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
        elapsed = time.perf_counter() - started
        await self.raw.delete(stream.key)
        return self.size / elapsed

    async def close(self) -> None:
        keys = [k async for k in self.raw.scan_iter(match=f"{self.prefix}*", count=1000)]
        if keys:
            await self.raw.delete(*keys)
        await self.backend.close()
        await self.raw.aclose()


async def main(quick: bool, json_path: Path | None = None) -> list[str]:
    size = 10_000 if quick else 50_000
    rounds = 3 if quick else 7
    bench = Bench(size)
    try:
        await bench.raw.ping()
    except Exception as error:  # no server: nothing to measure, not a failure
        print(f"bench.redis skipped: no Redis at {WHERE} ({type(error).__name__})")
        await bench.close()
        return []
    small = Bench(max(1000, size // 10))  # per-entry acks are slow: fewer items

    def each() -> Awaitable[float]:
        return small.flow_run(ack_each=True)

    runners: dict[str, tuple[str, Callable[[], Awaitable[float]]]] = {
        "a": ("(a) raw redis.asyncio XADD x100 / XREADGROUP 100+XACK", bench.raw_run),
        "b": ("(b) captionflow RedisStream produce_many / group+ack", bench.flow_run),
        "c": ("(c) captionflow, one XACK per entry (reference)", each),
    }
    try:
        figures = await run_rounds(runners, rounds)
    finally:
        await bench.close()
        await small.close()
    goals = [
        Goal("(b) / (a)  captionflow vs raw redis.asyncio", "b", "a", 0.5),
        Goal("(c) / (a)  per-entry acks vs raw batches", "c", "a", 0.0),
    ]
    lines = report(figures, goals)
    extra = {"items": size, "per_entry_items": small.size, "rounds": rounds, "redis": WHERE}
    Results("redis", quick, figures, goals, extra=extra).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer items and repetitions")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
