"""A consumer group of 3 worker processes, 10,000 events, kill -9 three times mid-run."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

from flows.backends import RedisBackend

from ._worker import OPTIONS
from .helpers import wait_for
from .targets import RawRedis

ROOT = Path(__file__).resolve().parents[3]
EVENTS = 10_000
KILLS = 3


def spawn(redis_url: str, prefix: str, name: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.flows.backends._worker",
            redis_url,
            prefix,
            "jobs",
            "g",
            name,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


async def test_three_workers_lose_nothing_when_killed(
    redis_url: str, prefix: str, raw: RawRedis
) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    stream = await backend.create_stream("jobs", max_buffer_size=100_000)
    results = f"{prefix}results"
    workers = {f"w{i}": spawn(redis_url, prefix, f"w{i}") for i in range(3)}
    rng = random.Random(6)
    started = time.perf_counter()
    kill_times: list[float] = []
    try:
        producer = asyncio.ensure_future(stream.produce_many({"n": i} for i in range(EVENTS)))
        for k in range(KILLS):
            threshold = EVENTS * (k + 1) // (KILLS + 1)
            # (liveness, not speed: the first quarter includes starting three Python
            # processes, over 10 s on two loaded cores in a clean-clone CI run)
            await wait_for(
                partial(_handled_at_least, raw, results, threshold), timeout=60, pause=0.005
            )
            victim = rng.choice(sorted(workers))
            workers[victim].send_signal(signal.SIGKILL)
            workers[victim].wait()
            kill_times.append(time.perf_counter())
            workers[victim] = spawn(redis_url, prefix, f"{victim}-{k}")  # a new member
        await producer
        await wait_for(lambda: _handled_at_least(raw, results, EVENTS), timeout=60, pause=0.01)
        all_handled = time.perf_counter()
        await wait_for(lambda: _pending_zero(raw, stream.key), timeout=15, pause=0.01)
        drained = time.perf_counter()
        counts = [int(v) for v in await raw.hvals(results)]
    finally:
        for proc in workers.values():
            proc.kill()
            proc.wait()
        await backend.close()
    duplicates = sum(counts) - len(counts)
    print(
        f"\n3 workers, {EVENTS} events, {KILLS} kill -9: "
        f"{EVENTS / (all_handled - started):.0f} events/s, {duplicates} duplicate(s), "
        f"pending 0 {drained - kill_times[-1]:.2f}s after the last kill"
    )
    assert len(counts) == EVENTS  # 0 lost
    # a killed worker can only have handled (not acked) what it had in flight
    assert duplicates <= KILLS * OPTIONS.batch
    assert drained - kill_times[-1] < 15


async def _handled_at_least(raw: RawRedis, key: str, count: int) -> bool:
    return int(await raw.hlen(key)) >= count


async def _pending_zero(raw: RawRedis, key: str) -> bool:
    return int((await raw.xpending(key, "g"))["pending"]) == 0
