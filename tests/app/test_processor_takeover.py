"""A processor survives the kill -9 of its instance: two ``python -m app`` processes
on the real Redis (127.0.0.1:6379, then the local cluster) run the same event-time
processor; one holds its lease, the other stands by. 10,000 events go through a Redis
stream; the holder is killed mid-window; the survivor takes over from the last
checkpoint, and the sink holds every window's count exactly once, equal to a
reference computed here from the input.

The instances run with the command audit on: what they sent to Redis meanwhile is
checked for cross-slot commands too.
"""

from __future__ import annotations

import asyncio
import json
import random
import secrets
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flows.backends import RedisBackend

from ..flows.backends.helpers import wait_for
from ..flows.backends.targets import TARGETS, Target, delete_prefix, target_named
from .test_redis_instances import Instance, start_instance

EVENTS = 10_000
KEYS = 37
SPACING_MS = 120  # 10,000 events over 20 minutes of event time: 20 one-minute windows
JITTER_MS = 1_500  # disorder, within the 2 s watermark bound: no event is late
BASE_MS = 1_700_000_040_000  # a minute boundary
LEASE_S = 3.0

PROCESSOR = """\
kind: processor
name: counts
sources: [{stream: clicks}]
time: {field: ts, unit: ms, max_out_of_orderness: 2s}
steps:
  - {id: user, type: key_by, expr: user}
  - {id: minute, type: window, shape: tumbling, size: 1m}
  - {id: n, type: aggregate, op: count}
sinks: [{stream: counts_out}]
checkpoint: {interval: 1s, lease: 3s}
"""
SINK = """\
kind: stream
name: counts_out
max_buffer_size: 100000
"""


def events() -> list[dict[str, Any]]:
    """The input: keyed events in event-time order give or take the jitter, and a
    last one far ahead that closes every window before it (its own stays open)."""
    rng = random.Random(14)
    out = [
        {
            "user": f"u{rng.randrange(KEYS)}",
            "ts": BASE_MS + i * SPACING_MS + rng.randrange(JITTER_MS),
        }
        for i in range(EVENTS)
    ]
    out.append({"user": "closer", "ts": BASE_MS + 3_600_000})
    return out


def reference(items: list[dict[str, Any]]) -> dict[tuple[str, float], int]:
    """(key, window end in s) -> count, computed offline: every closed 1-minute window."""
    counts: Counter[tuple[str, float]] = Counter()
    for item in items[:-1]:
        end_ms = (item["ts"] // 60_000 + 1) * 60_000
        counts[item["user"], end_ms / 1000] += 1
    return dict(counts)


def status(instance: Instance) -> dict[str, Any]:
    with urllib.request.urlopen(instance.api("/processors/counts"), timeout=5) as resp:
        found: dict[str, Any] = json.loads(resp.read())
        return found


@pytest.fixture
def flows_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "flows"
    folder.mkdir()
    (folder / "counts.yaml").write_text(PROCESSOR)
    (folder / "counts_out.yaml").write_text(SINK)
    return folder


@pytest.fixture(params=TARGETS)
def target(request: pytest.FixtureRequest) -> Target:
    """One Redis server, then the local cluster."""
    return target_named(request, request.param)


@pytest.fixture
def prefix(target: Target) -> Iterator[str]:
    value = f"cftest:{secrets.token_hex(4)}:"
    yield value
    asyncio.run(delete_prefix(target.url, value))


async def test_the_survivor_takes_over_a_killed_processor_and_every_window_counts_once(
    target: Target, flows_dir: Path, prefix: str, tmp_path: Path, slot_audit: None
) -> None:
    env = {"CAPTIONFLOW_FLOWS_DIR": str(flows_dir)}
    a, _ = start_instance(target.url, prefix, tmp_path, "a", **env)
    b, _ = start_instance(target.url, prefix, tmp_path, "b", **env)
    backend = RedisBackend(target.url, prefix=prefix)
    try:
        pair = {"a": a, "b": b}
        holder_name = await wait_for(lambda: _holder(pair), timeout=15, pause=0.05)
        assert holder_name is not None
        holder = pair[holder_name]
        survivor = b if holder is a else a
        assert status(survivor)["status"] == "standby"
        items = events()
        clicks = await backend.create_stream("clicks", max_buffer_size=100_000)
        half = EVENTS // 2
        await clicks.produce_many(items[:half])
        # mid-window: the holder has read the first half and emitted some windows
        await wait_for(lambda: _read(holder, half), timeout=20, pause=0.05)
        before = status(holder)
        holder.process.kill()  # kill -9
        killed_at = time.monotonic()
        holder.process.wait()
        await clicks.produce_many(items[half:])
        after = await wait_for(lambda: _running(survivor), timeout=15, pause=0.02)
        takeover = time.monotonic() - killed_at
        assert after is not None
        # a checkpoint at the last input: every output before it has been delivered
        await wait_for(lambda: _checkpointed(backend, clicks.last_id), timeout=20, pause=0.05)
        async with backend.conn.guard() as redis:
            entries = await redis.xrange(backend.stream_key("counts_out"))
        windows = [json.loads(fields[b"d"]) for _id, fields in entries]
    finally:
        await backend.close()
        a.stop()
        b.stop()
    print(  # the figure the README quotes (pytest -s shows it)
        f"\n[{target.name}] takeover after kill -9: {takeover:.2f}s (lease {LEASE_S}s); killed at "
        f"{before['inputs']} inputs, {before['outputs']} windows out, epoch "
        f"{before['epoch']} -> {after['epoch']}"
    )
    assert after["epoch"] > before["epoch"]
    assert takeover <= 10.0
    assert before["outputs"] > 0  # some windows were out when it died: mid-stream
    seen = Counter((w["key"], w["end"]) for w in windows)
    repeated = {w: n for w, n in seen.items() if n > 1}
    assert not repeated, f"windows emitted more than once: {repeated}"
    got = {(w["key"], w["end"]): w["value"] for w in windows}
    assert got == reference(items)
    assert all(not w["update"] for w in windows)


async def _holder(pair: dict[str, Instance]) -> str | None:
    for name, instance in pair.items():
        if status(instance)["status"] == "running":
            return name
    return None


async def _read(instance: Instance, count: int) -> bool:
    return int(status(instance)["inputs"]) >= count


async def _running(instance: Instance) -> dict[str, Any] | None:
    found = status(instance)
    return found if found["status"] == "running" else None


async def _checkpointed(backend: RedisBackend, last_id: str) -> bool:
    checkpoint = await backend.processors.load("counts")
    return checkpoint is not None and checkpoint.offsets.get("clicks") == last_id
