"""Soak: three instances on the real Redis behind HAProxy (``deploy.Cluster``, as ``make
cluster`` runs them); one is ``kill -9``ed mid-stream while SSE readers, producers and a
consumer group all go through the proxy.

Readers resume with ``Last-Event-ID`` through the proxy and must end up with exactly the
stream's entries (0 gaps, 0 duplicates); every batch a producer had acknowledged must be
in the stream once (0 lost; retries carry an ``Idempotency-Key``); the group must have
handed every acknowledged item to some member, with nothing left pending. The figures
(reconnect time, time until HAProxy marks the dead instance DOWN) are printed.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from deploy import Cluster

from ..flows.backends.helpers import free_port, wait_for
from ..flows.backends.targets import REDIS_URL, delete_prefix, raw_client

API = "/api/v14/async-flows"
STREAM = "soak"
GROUP = "workers"
READERS = 3
MEMBERS = 3
PRODUCERS = 2
BATCH = 10
BEFORE_KILL = 400  # acknowledged items before the kill
AFTER_KILL = 400  # and after every feed is back
RECOVERY = 15.0  # seconds any one phase may take

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    cluster = Cluster(
        redis_url=REDIS_URL,
        port=free_port(),
        instance_ports=tuple(free_port() for _ in range(3)),
        run_dir=tmp_path / "cluster",
        redis_prefix=prefix,
        env={
            "CAPTIONFLOW_FLOWS_DIR": "",
            "CAPTIONFLOW_STATE_DIR": str(tmp_path / "state"),
            "CAPTIONFLOW_RELOAD_INTERVAL": "0",
            # a dead member's entries are claimed by a live one after 1 s
            "CAPTIONFLOW_REDIS_CLAIM_IDLE": "1.0",
            "CAPTIONFLOW_LOG_LEVEL": "WARNING",
        },
    )
    try:
        yield cluster.start()
    finally:
        cluster.stop()
        asyncio.run(delete_prefix(REDIS_URL, prefix))


@dataclass
class Feed:
    """One SSE client of the stream through the proxy: what it got, and its reconnects."""

    name: str
    group: str | None = None
    ids: list[str] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    instances: list[str] = field(default_factory=list)  # the instance of each connection
    breaks: list[float] = field(default_factory=list)  # when a connection ended
    reopened: list[float] = field(default_factory=list)  # when the next one answered 200

    @property
    def instance(self) -> str:
        return self.instances[-1] if self.instances else ""


async def follow(session: aiohttp.ClientSession, base: str, feed: Feed, start: str) -> None:
    """Read the stream until cancelled, reconnecting at once whenever the feed ends or
    fails (a reader resumes after the last id it got; a group member just rejoins)."""
    url = f"{base}{API}/streams/consume/{STREAM}"
    params = {"group": feed.group} if feed.group else {}
    last = start
    while True:
        headers = {"Last-Event-ID": last} if (feed.group is None or not feed.ids) else {}
        try:
            async with session.get(url, params=params, headers=headers) as resp:
                if resp.status != 200:
                    await asyncio.sleep(0.02)  # no instance answered: try again
                    continue
                if feed.breaks and len(feed.reopened) < len(feed.breaks):
                    feed.reopened.append(time.monotonic())
                feed.instances.append(resp.headers.get("X-Captionflow-Instance", "?"))
                event_id: str | None = None
                async for raw in resp.content:
                    line = raw.decode().rstrip("\r\n")
                    if line.startswith("id: "):
                        event_id = line[4:]
                    elif line.startswith("data: ") and event_id is not None:
                        feed.ids.append(event_id)
                        feed.items.append(json.loads(line[6:]))
                        last, event_id = event_id, None
        except (aiohttp.ClientError, ConnectionError):
            pass
        feed.breaks.append(time.monotonic())


@dataclass
class Producer:
    acked: list[dict[str, Any]] = field(default_factory=list)
    unknown: list[dict[str, Any]] = field(default_factory=list)  # cut off mid-request
    failed_attempts: int = 0
    stop: asyncio.Event = field(default_factory=asyncio.Event)


async def produce(session: aiohttp.ClientSession, base: str, n: int, out: Producer) -> None:
    """Produce batches back to back until ``out.stop``; a batch whose answer was lost is
    retried with its Idempotency-Key (stored once); 409 = its first attempt was cut off
    mid-way (outcome unknown: not acknowledged, never counted as lost)."""
    url = f"{base}{API}/streams/produce"
    seq = 0
    while not out.stop.is_set():
        items = [{"p": n, "seq": seq + i} for i in range(BATCH)]
        seq += BATCH
        key = f"soak-{n}-{seq}"
        while True:
            try:
                async with session.post(
                    url,
                    json={"stream": STREAM, "items": items},
                    headers={"Idempotency-Key": key},
                ) as resp:
                    status = resp.status
                    await resp.read()
            except (aiohttp.ClientError, ConnectionError):
                status = 0
            if status == 202:
                out.acked.extend(items)
                break
            if status == 409:
                out.unknown.extend(items)
                break
            out.failed_attempts += 1
            await asyncio.sleep(0.02)  # 502/503 or a cut connection: retry the same key


def key(item: dict[str, Any]) -> tuple[int, int]:
    return item["p"], item["seq"]


async def test_kill_one_instance_mid_stream(cluster: Cluster) -> None:
    base = cluster.url
    redis = raw_client(REDIS_URL)
    stream_key = f"{cluster.redis_prefix}{{stream:{STREAM}}}"
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=5)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        async with session.post(
            f"{base}{API}/streams/real-time-captions",
            json={"name": STREAM, "max_buffer_size": 100_000, "overflow": "drop_oldest"},
        ) as resp:
            assert resp.status == 201, await resp.text()
        async with session.post(
            f"{base}{API}/streams/produce", json={"stream": STREAM, "items": [{"start": 1}]}
        ) as resp:
            assert resp.status == 202, await resp.text()
            start = str((await resp.json())["last_id"])

        readers = [Feed(f"r{n}") for n in range(READERS)]
        members = [Feed(f"g{n}", GROUP) for n in range(MEMBERS)]
        producers = [Producer() for _ in range(PRODUCERS)]
        tasks = [asyncio.create_task(follow(session, base, f, start)) for f in readers + members]
        try:
            await wait_for(
                lambda: _true(all(f.instances for f in readers + members)), timeout=RECOVERY
            )
            workers = [
                asyncio.create_task(produce(session, base, n, p)) for n, p in enumerate(producers)
            ]
            tasks += workers

            def acked() -> int:
                return sum(len(p.acked) for p in producers)

            await wait_for(
                lambda: _true(acked() >= BEFORE_KILL and all(f.items for f in readers)),
                timeout=RECOVERY,
                pause=0.01,
            )

            # the victim serves a reader and a group member (leastconn spreads the six
            # feeds two per instance)
            victim = next(
                r.instance for r in readers if any(m.instance == r.instance for m in members)
            )
            on_victim = [f for f in readers + members if f.instance == victim]
            breaks_before = {f.name: len(f.breaks) for f in on_victim}
            killed = time.monotonic()
            cluster.kill(victim)

            async def down() -> bool:
                states = await asyncio.to_thread(cluster.server_states)
                return states.get(victim, "").startswith("DOWN")

            await wait_for(down, timeout=RECOVERY, pause=0.01)
            to_down = time.monotonic() - killed
            await wait_for(
                lambda: _true(all(len(f.reopened) > breaks_before[f.name] for f in on_victim)),
                timeout=RECOVERY,
                pause=0.01,
            )
            reconnects = [f.reopened[breaks_before[f.name]] - killed for f in on_victim]
            assert all(f.instance != victim for f in on_victim)

            after = acked()
            await wait_for(
                lambda: _true(acked() >= after + AFTER_KILL), timeout=RECOVERY, pause=0.01
            )
            for producer in producers:
                producer.stop.set()  # each finishes its batch: nothing lands after this
            async with asyncio.timeout(RECOVERY):
                await asyncio.gather(*workers)

            # the stream as Redis holds it, after the start marker
            entries: Any = await redis.xrange(stream_key, min=f"({start}", max="+")
            stored_ids = [raw.decode() for raw, _ in entries]
            stored = [json.loads(fields[b"d"]) for _, fields in entries]
            last_id = stored_ids[-1]
            await wait_for(
                lambda: _true(all(f.ids and f.ids[-1] == last_id for f in readers)),
                timeout=RECOVERY,
                pause=0.01,
            )

            async def group_done() -> bool:
                info = await redis.xpending(stream_key, GROUP)
                got = {key(i) for f in members for i in f.items}
                return info["pending"] == 0 and got >= {key(i) for p in producers for i in p.acked}

            await wait_for(group_done, timeout=RECOVERY, pause=0.05)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await redis.aclose()

    acked_items = [key(i) for p in producers for i in p.acked]
    stored_keys = [key(i) for i in stored]
    # 0 lost: every acknowledged item is in the stream, once (retries were idempotent)
    assert set(acked_items) <= set(stored_keys)
    assert len(stored_keys) == len(set(stored_keys))
    # readers: exactly the stream's entries, in order: 0 gaps, 0 duplicates
    for reader in readers:
        assert reader.ids == stored_ids, reader.name
    # the group: every acknowledged item reached a member (at least once)
    delivered = [key(i) for f in members for i in f.items]
    assert set(acked_items) <= set(delivered)
    assert any(len(f.instances) > 1 for f in readers)

    print(  # the figures the README quotes (pytest -s shows them)
        f"\nsoak: {len(stored)} entries, {len(acked_items)} acknowledged "
        f"({sum(len(p.unknown) for p in producers)} cut off, "
        f"{sum(p.failed_attempts for p in producers)} retried attempts); "
        f"killed {victim} serving {', '.join(f.name for f in on_victim)}; "
        f"DOWN after {to_down:.2f}s; "
        f"reconnected after {min(reconnects):.2f}-{max(reconnects):.2f}s; "
        f"group duplicates {len(delivered) - len(set(delivered))}"
    )


async def _true(value: bool) -> bool:
    return value
