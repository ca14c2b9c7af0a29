"""Issue 15 item 3: no overall memory bound. One stream with no consumer held
100,000 x 4 KiB (+424 MB), and 1,100 x 900 KB events published to nobody added
859 MB. Now items, streams and the process have byte budgets
(``CAPTIONFLOW_MAX_ITEM_BYTES``, ``CAPTIONFLOW_MAX_STREAM_BYTES``,
``CAPTIONFLOW_MAX_MEMORY_MB``): 413 naming the field, the stream's overflow policy,
507 naming the budget.

Against ``python -m app`` on a real port, in memory, with budgets small enough that
the tests stay quick; the server's resident memory is read from ``/proc`` (a bound
with a generous margin: the allocator keeps some freed memory).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from ._live import Process
from .test_slow_consumers import stalled_reader

MIB = 1024 * 1024
PAD = "x" * 4096  # one 4 KiB item
BATCH = 200  # items per request: ~820 KB, under the 1 MiB body limit
MARGIN = 48 * MIB  # RSS growth allowed beyond a budget: parsing, allocator slack


def rss(process: Process) -> int:
    """The server's resident set size in bytes."""
    assert process.process is not None
    with open(f"/proc/{process.process.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Process]:
    """``python -m app`` with the environment the test's parameter gives."""
    env: dict[str, str] = request.param
    process = Process(tmp_path / "state", env).start()
    try:
        yield process
    finally:
        process.stop()


async def metric(session: aiohttp.ClientSession, process: Process, line: str) -> float:
    async with session.get(f"{process.url}/metrics") as resp:
        text = await resp.text()
    for sample in text.splitlines():
        if sample.startswith(line + " "):
            return float(sample.rsplit(" ", 1)[1])
    raise AssertionError(f"{line} not in /metrics")


async def create(session: aiohttp.ClientSession, process: Process, **body: Any) -> None:
    async with session.post(process.api("/streams/real-time-captions"), json=body) as resp:
        assert resp.status == 201, await resp.text()


async def stats(session: aiohttp.ClientSession, process: Process, name: str) -> dict[str, Any]:
    async with session.get(process.api(f"/flows/{name}")) as resp:
        assert resp.status == 200, await resp.text()
        detail = await resp.json()
    found: dict[str, Any] = detail["status"]["stats"]
    return found


async def post(
    session: aiohttp.ClientSession, process: Process, path: str, body: Any
) -> tuple[int, dict[str, Any], dict[str, str]]:
    async with session.post(process.api(path), json=body) as resp:
        return resp.status, await resp.json(content_type=None), dict(resp.headers)


STREAM_BYTES = 8 * MIB


@pytest.mark.parametrize(
    "server", [{"CAPTIONFLOW_MAX_STREAM_BYTES": str(STREAM_BYTES)}], indirect=True
)
async def test_a_stream_nobody_reads_holds_at_most_its_byte_budget(server: Process) -> None:
    count = 20_000  # 80 MiB produced, 10x the stream's budget
    async with aiohttp.ClientSession() as session:
        await create(session, server, name="s", max_buffer_size=100_000, replay_size=100_000)
        before = rss(server)
        for _ in range(count // BATCH):
            status, body, _ = await post(
                session, server, "/streams/produce", {"stream": "s", "items": [PAD] * BATCH}
            )
            assert status == 202, body
        grown = rss(server) - before
        held = await stats(session, server, "s")
        assert held["produced"] == count
        assert held["bytes"] <= STREAM_BYTES + len(PAD) + 2
        assert held["dropped"] > 0  # the oldest went, counted
        in_use = await metric(session, server, "captionflow_memory_bytes")
        assert in_use == held["bytes"]
    print(f"\n{count} x 4 KiB to a stream nobody reads: RSS +{grown / MIB:.1f} MiB")
    assert grown < STREAM_BYTES + MARGIN


@pytest.mark.parametrize("server", [{"CAPTIONFLOW_MAX_ITEM_BYTES": "10000"}], indirect=True)
async def test_an_item_over_the_item_limit_is_a_413_naming_it(server: Process) -> None:
    big = "y" * 20_000
    async with aiohttp.ClientSession() as session:
        await create(session, server, name="s")
        batch = {"stream": "s", "items": ["a", "b", "c", big]}
        status, body, headers = await post(session, server, "/streams/produce", batch)
        assert status == 413
        assert headers["Content-Type"].startswith("application/problem+json")
        assert body["errors"][0]["loc"] == "items[3]"
        assert body["limit"] == 10_000
        assert "items[3] is 20002 bytes" in body["detail"]
        assert (await stats(session, server, "s"))["produced"] == 0  # nothing of the batch
        status, body, _ = await post(session, server, "/events/publish", {"type": "t", "data": big})
        assert status == 413
        assert body["errors"][0]["loc"] == "data"
        refused = await metric(session, server, 'captionflow_budget_refused_total{budget="item"}')
        assert refused == 2


@pytest.mark.parametrize("server", [{"CAPTIONFLOW_MAX_MEMORY_MB": "4"}], indirect=True)
async def test_the_process_budget_is_a_507_naming_it(server: Process) -> None:
    async with aiohttp.ClientSession() as session:
        await create(session, server, name="s")
        await create(session, server, name="t")
        accepted = 0
        for attempt in range(20):  # 16 MiB offered to a 4 MiB budget
            name = "st"[attempt % 2]
            batch = {"stream": name, "items": [PAD] * BATCH}
            status, body, headers = await post(session, server, "/streams/produce", batch)
            if status != 202:
                break
            accepted += BATCH
        assert status == 507, body
        assert headers["Content-Type"].startswith("application/problem+json")
        assert body["title"] == "Insufficient storage"
        assert body["budget"] == "process"
        assert body["limit"] == 4 * MIB
        assert "Retry-After" in headers
        assert (
            accepted
            == (await stats(session, server, "s"))["produced"]
            + (await stats(session, server, "t"))["produced"]
        )  # the refused batch stored nothing
        status, body, _ = await post(
            session, server, "/events/publish", {"type": "t", "data": PAD * 100}
        )
        assert status == 507
        assert body["budget"] == "process"
        refused = await metric(
            session, server, 'captionflow_budget_refused_total{budget="process"}'
        )
        assert refused == 2
        assert await metric(session, server, "captionflow_memory_bytes") <= 4 * MIB
        assert await metric(session, server, "captionflow_memory_limit_bytes") == 4 * MIB


@pytest.mark.parametrize(
    "server", [{"CAPTIONFLOW_MAX_STREAM_BYTES": str(STREAM_BYTES)}], indirect=True
)
async def test_events_published_to_nobody_are_kept_within_a_budget(server: Process) -> None:
    count = 120  # ~108 MB published, 13x the replay window's budget
    data = "z" * 900_000
    async with aiohttp.ClientSession() as session:
        before = rss(server)
        for n in range(count):
            status, body, _ = await post(
                session, server, "/events/publish", {"type": f"nobody.{n}", "data": data}
            )
            assert status == 202, body
        grown = rss(server) - before
        in_use = await metric(session, server, "captionflow_memory_bytes")
        assert in_use <= STREAM_BYTES + len(data) + 2
    print(f"\n{count} x 900 KB events to nobody: RSS +{grown / MIB:.1f} MiB")
    assert grown < STREAM_BYTES + MARGIN


QUEUE_BYTES = 4 * MIB


@pytest.mark.parametrize(
    "server", [{"CAPTIONFLOW_SSE_CLIENT_QUEUE_BYTES": str(QUEUE_BYTES)}], indirect=True
)
async def test_an_events_subscriber_that_stops_reading_holds_at_most_its_queue_bytes(
    server: Process,
) -> None:
    data = "z" * 900_000
    async with aiohttp.ClientSession() as session:
        status, body, _ = await post(session, server, "/events/subscribe", {"pattern": "big.*"})
        assert status == 201, body
        sock = await stalled_reader(server, f"/events/stream/{body['subscription_id']}")
        try:
            async with asyncio.timeout(10):
                # polling is the point: the condition is server state, read over HTTP
                while await metric(session, server, 'captionflow_sse_clients{feed="events"}') < 1:  # noqa: ASYNC110
                    await asyncio.sleep(0.01)
            before = rss(server)
            for n in range(40):  # 36 MB for a client that reads nothing
                status, body, _ = await post(
                    session, server, "/events/publish", {"type": f"big.{n}", "data": data}
                )
                assert status == 202, body
            # evicted for its queue's bytes at once, not by the 10 s send watchdog
            await asyncio.to_thread(
                server.wait_for_log,
                lambda log: any(f"events or {QUEUE_BYTES} bytes" in line for line in log),
                5.0,
            )
            grown = rss(server) - before
        finally:
            sock.close()
    print(f"\n40 x 900 KB events to a subscriber that does not read: RSS +{grown / MIB:.1f} MiB")
