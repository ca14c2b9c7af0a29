"""Two app instances as separate processes sharing one real Redis: the server at
127.0.0.1:6379, then the local Redis Cluster (``[single]``, ``[cluster]``).

Each target gets its own key prefix (``CAPTIONFLOW_REDIS_PREFIX``), deleted
afterwards; every test uses its own stream, machine or subscription names. The
instances run ``python -m app`` with the command audit on (``_audited_app``).
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from captions import caption_workflow
from flows.backends import RedisBackend
from flows.patterns import records

from ..flows.backends.helpers import exited, free_port, wait_for, watch_output
from ..flows.backends.targets import TARGETS, delete_prefix, target_named
from .helpers import API, SseEvent, read_events

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Instance:
    """One ``python -m app`` process."""

    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def api(self, path: str) -> str:
        return f"{self.url}{API}{path}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_instance(
    redis_url: str, prefix: str, tmp: Path, name: str, **env: str
) -> tuple[Instance, float]:
    """Start an instance; return it once ``/ready`` answers 200, with the seconds it took."""
    port = free_port()
    values = {
        **os.environ,
        "CAPTIONFLOW_HOST": "127.0.0.1",
        "CAPTIONFLOW_PORT": str(port),
        "CAPTIONFLOW_REDIS_URL": redis_url,
        "CAPTIONFLOW_REDIS_PREFIX": prefix,
        "CAPTIONFLOW_REDIS_CLAIM_IDLE": "1.0",
        "CAPTIONFLOW_FLOWS_DIR": "",
        "CAPTIONFLOW_STATE_DIR": str(tmp / f"state-{name}"),
        "CAPTIONFLOW_RELOAD_INTERVAL": "0",
        "CAPTIONFLOW_SSE_SHUTDOWN_SECONDS": "0.5",
        "CAPTIONFLOW_LOG_LEVEL": "INFO",  # "Running on" says it is up
        **env,
    }
    log = tmp / f"{name}.log"
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.app._audited_app"],  # python -m app, audited
        cwd=ROOT,
        env=values,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    instance = Instance(process, f"http://127.0.0.1:{port}", log)
    # aiohttp logs "Running on" once the site is up, after the app's start-up ran
    running = watch_output(process, b"Running on http", log)
    try:
        if not running.wait(20) or exited(process):
            pytest.fail(f"instance {name} did not start: {log.read_text()[-2000:]}")
        with urllib.request.urlopen(f"{instance.url}/ready", timeout=5) as resp:
            assert resp.status == 200, log.read_text()[-2000:]
    except BaseException:
        instance.stop()
        raise
    return instance, time.monotonic() - started


@dataclass
class Pair:
    """Two instances on one Redis target, and the key prefix they share."""

    a: Instance
    b: Instance
    prefix: str
    url: str


@pytest.fixture(scope="module", params=TARGETS)
def pair(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    command_log: object,  # on before the instances start: they record too
) -> Iterator[Pair]:
    target = target_named(request, request.param)
    prefix = f"cftest:{secrets.token_hex(4)}:"
    tmp = tmp_path_factory.mktemp("instances")
    a, _ = start_instance(target.url, prefix, tmp, "a")
    b, _ = start_instance(target.url, prefix, tmp, "b")
    try:
        yield Pair(a, b, prefix, target.url)
    finally:
        a.stop()
        b.stop()
        asyncio.run(delete_prefix(target.url, prefix))


@pytest.fixture
async def http(slot_audit: None) -> AsyncIterator[aiohttp.ClientSession]:
    """A client session; what the instances send to Redis meanwhile is audited."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        yield session


async def post(http: aiohttp.ClientSession, url: str, body: Any) -> tuple[int, Any]:
    async with http.post(url, json=body) as resp:
        return resp.status, await resp.json(content_type=None)


async def create_stream(http: aiohttp.ClientSession, on: Instance, name: str) -> None:
    body = {"name": name, "max_buffer_size": 10_000}
    status, out = await post(http, on.api("/streams/real-time-captions"), body)
    assert status == 201, out


async def produce(http: aiohttp.ClientSession, on: Instance, name: str, items: range) -> None:
    status, out = await post(http, on.api("/streams/produce"), {"stream": name, "items": [*items]})
    assert status == 202, out
    assert out["accepted"] == len(items)


async def consume(
    http: aiohttp.ClientSession, on: Instance, path: str, count: int, **headers: str
) -> list[SseEvent]:
    async with http.get(on.api(path), headers=headers) as resp:
        assert resp.status == 200, await resp.text()
        async with asyncio.timeout(20):
            return await read_events(resp, count)


def values(events: list[SseEvent]) -> list[int]:
    return [int(e.json) for e in events]


async def test_sse_resumes_on_the_other_instance_with_no_gap_and_no_duplicate(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    a, b = pair.a, pair.b
    await create_stream(http, a, "resume")
    # the client on B reads from the start (id 0), so nothing races its attach
    async with http.get(b.api("/streams/consume/resume?last_event_id=0")) as feed:
        assert feed.status == 200
        await produce(http, a, "resume", range(200))
        async with asyncio.timeout(20):
            first = await read_events(feed, 120)
    # disconnected from B after 120; 200 more are produced meanwhile, on A
    await produce(http, a, "resume", range(200, 400))
    resume_from = {"Last-Event-ID": first[-1].id or ""}
    rest = await consume(http, a, "/streams/consume/resume", 280, **resume_from)
    got = values(first) + values(rest)
    assert got == list(range(400))  # 0 gaps, 0 duplicates, in order
    ids = [e.id for e in first + rest]
    assert len(set(ids)) == 400
    assert all(i is not None and "-" in i for i in ids)  # Redis entry ids


async def test_group_members_on_two_instances_share_the_work_and_claim_the_dead(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    a, b = pair.a, pair.b
    await create_stream(http, a, "work")
    await produce(http, a, "work", range(300))
    path = "/streams/consume/work?group=g"
    # two members on different instances, each ending after its share
    on_a, on_b = await asyncio.gather(
        consume(http, a, f"{path}&limit=150", 150), consume(http, b, f"{path}&limit=150", 150)
    )
    got_a, got_b = set(values(on_a)), set(values(on_b))
    assert not got_a & got_b  # disjoint
    assert got_a | got_b == set(range(300))
    # every entry written was acked: nothing pending, nothing redelivered
    backend = RedisBackend(pair.url, prefix=pair.prefix)
    try:
        stream = await backend.create_stream("work")
        await wait_for(lambda: _settled(stream, "g"), timeout=10, pause=0.02)
        assert (await stream.info())["groups"]["g"]["pending"] == 0
        await produce(http, b, "work", range(300, 301))
        again = await consume(http, b, path + "&limit=1", 1)
        assert values(again) == [300]

    finally:
        await backend.close()


async def test_a_group_member_that_leaves_mid_stream_has_its_entries_claimed(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    a, b = pair.a, pair.b
    await create_stream(http, a, "claims")
    await produce(http, a, "claims", range(100))
    path = "/streams/consume/claims?group=g"
    # B's member reads a batch of 100, writes (and acks) 10, and goes away
    quitter = values(await consume(http, b, f"{path}&limit=10", 10))
    # A's member gets the other 90 once they sat unacknowledged for the claim idle time
    started = time.monotonic()
    rest = values(await consume(http, a, f"{path}&limit=90", 90))
    assert time.monotonic() - started < 10
    assert not set(quitter) & set(rest)
    assert sorted(quitter + rest) == list(range(100))


async def _settled(stream: Any, group: str) -> bool:
    info: dict[str, Any] = await stream.info()
    return bool(info["groups"].get(group, {}).get("pending") == 0)


async def test_concurrent_triggers_from_two_instances_lose_no_transition(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    a, b = pair.a, pair.b
    status, out = await post(http, a.api("/state-machines/caption-workflow"), {"name": "race"})
    assert status == 201, out
    cycle = ["start", "valid", "success", "reset"]

    async def fire(on: Instance, n: int) -> list[int]:
        statuses = []
        for i in range(n):
            body = {"machine": "race", "event": cycle[i % 4], "context": {"from": on.url}}
            status, _ = await post(http, on.api("/state-machines/trigger"), body)
            statuses.append(status)
        return statuses

    results = await asyncio.gather(fire(a, 40), fire(b, 40), fire(a, 40), fire(b, 40))
    statuses = [s for r in results for s in r]
    # accepted, or not allowed in the state reached
    assert set(statuses) <= {200, 409}, Counter(statuses)
    backend = RedisBackend(pair.url, prefix=pair.prefix)
    try:
        stored = await backend.machines.load("race")
    finally:
        await backend.close()
    assert stored is not None
    # none lost: one stored record per accepted trigger, and a valid sequence
    counts = (len(stored.history), statuses.count(200), stored.version)
    assert counts[0] == counts[1] == counts[2], counts
    assert caption_workflow("race").replay(records(stored)) == stored.state
    sources = Counter(r["context"]["from"] for r in stored.history)
    assert set(sources) == {a.url, b.url}, sources


async def test_events_published_on_one_instance_reach_a_feed_on_the_other(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    a, b = pair.a, pair.b
    status, sub = await post(http, b.api("/events/subscribe"), {"pattern": "caption.*"})
    assert status == 201, sub
    async with http.get(b.url + sub["stream_url"]) as feed:
        assert feed.status == 200
        async with asyncio.timeout(10):  # the preamble: the feed is attached
            while not (await feed.content.readline()).startswith(b"retry:"):
                pass
        for i in range(20):
            body = {"type": "caption.done" if i % 2 else "other.thing", "data": {"n": i}}
            status, _ = await post(http, a.api("/events/publish"), body)
            assert status == 202
        async with asyncio.timeout(20):
            got = await read_events(feed, 10)
    assert [e.json["data"]["n"] for e in got] == list(range(1, 20, 2))
    assert {e.event for e in got} == {"caption.done"}
    assert json.loads(got[0].data[0])["type"] == "caption.done"
