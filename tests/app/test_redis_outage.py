"""An instance on a private redis-server that is killed (-9) and restarted."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from ..flows.backends.helpers import RedisProcess, free_port, start_redis, wait_for
from .helpers import read_events
from .test_redis_instances import Instance, post, start_instance

pytestmark = pytest.mark.usefixtures("slot_audit")


@dataclass
class PrivateRedis:
    """A non-persistent redis-server of the test's own (restarting it empties it)."""

    port: int
    process: RedisProcess | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        self.process = start_redis(self.port)
        await self.process.ready()

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()  # -9
            self.process = None


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis(free_port())
    yield server
    server.kill()


async def _ready(http: aiohttp.ClientSession, on: Instance, status: int) -> bool:
    async with http.get(f"{on.url}/ready") as resp:
        return resp.status == status


async def test_redis_down_means_503s_and_not_ready_then_recovery_by_itself(
    private_redis: PrivateRedis, tmp_path: Path
) -> None:
    await private_redis.start()
    instance, _ = start_instance(private_redis.url, "cfoutage:", tmp_path, "solo")
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
            body = {"name": "live", "max_buffer_size": 1000}
            status, _ = await post(http, instance.api("/streams/real-time-captions"), body)
            assert status == 201
            status, _ = await post(
                http, instance.api("/state-machines/caption-workflow"), {"name": "wf"}
            )
            assert status == 201
            produce = {"stream": "live", "items": [1, 2, 3]}
            async with http.get(instance.api("/streams/consume/live?last_event_id=0")) as feed:
                assert (await post(http, instance.api("/streams/produce"), produce))[0] == 202
                assert [e.json for e in await read_events(feed, 3)] == [1, 2, 3]

                private_redis.kill()  # mid-stream
                await wait_for(lambda: _ready(http, instance, 503), timeout=10, pause=0.05)
                for path, request in [
                    ("/streams/produce", produce),
                    ("/state-machines/trigger", {"machine": "wf", "event": "start"}),
                    ("/events/publish", {"type": "x", "data": 1}),
                    ("/events/subscribe", {"pattern": "x"}),
                ]:
                    started = time.monotonic()
                    async with http.post(instance.api(path), json=request) as resp:
                        assert resp.status == 503, (path, await resp.text())
                        assert resp.content_type == "application/problem+json"
                        assert int(resp.headers["Retry-After"]) >= 1
                        assert (await resp.json(content_type=None))["backend"] == "redis"
                    assert time.monotonic() - started < 0.5  # fails fast
                assert (await http.get(f"{instance.url}/health")).status == 200  # still up

                await private_redis.start()  # a fresh, empty server
                started = time.monotonic()
                await wait_for(lambda: _ready(http, instance, 200), timeout=10, pause=0.05)
                recovery = time.monotonic() - started
                assert recovery < 5
                print(f"recovered in {recovery:.3f} s")
                # the same SSE client, never reconnected, gets what comes after the restart
                produce["items"] = [4, 5]
                assert (await post(http, instance.api("/streams/produce"), produce))[0] == 202
                async with asyncio.timeout(10):
                    assert [e.json for e in await read_events(feed, 2)] == [4, 5]
            trigger = {"machine": "wf", "event": "start"}
            status, out = await post(http, instance.api("/state-machines/trigger"), trigger)
            assert status == 200, out
            assert out["state"] == "validating"
    finally:
        instance.stop()
