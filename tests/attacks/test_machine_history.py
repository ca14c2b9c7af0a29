"""Issue 15 item 3: a state machine's history was unbounded and every trigger answer
carried all of it (answer #1000: 100 MB with large contexts; ``GET /flows/{name}``:
144 MB). Now a machine keeps the newest ``history_limit`` (1000) records, a trigger
answers the newest 10 and ``history_total``, and ``GET /flows/{name}`` one page.

3,000 triggers over HTTP against a real port, in memory, on one Redis server and on
a Redis Cluster: answer #3000 and the GET stay a few KiB, as answer #1 was, and the
kept history (in process and in Redis) holds 1,000 records.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from typing import Any

import pytest

from flows.backends._redis_keys import KeyLayout

from ..app.helpers import Server, make_settings, start_server, stop_server
from ..flows.backends.targets import Target, delete_prefix, raw_client

TRIGGERS = 3_000
LIMIT = 1_000  # the default history_limit
TRIGGER_BYTES = 3_000  # 10 records of ~110 bytes and the other fields
GET_BYTES = 16_384  # a page of 50 records and the definition


async def flood(server: Server, machine: str) -> list[int]:
    """``TRIGGERS`` triggers; the byte size of each answer."""
    status, _ = await server.post("/state-machines/caption-workflow", {"name": machine})
    assert status == 201
    sizes = []
    for n in range(TRIGGERS):
        event = "start" if n == 0 else ("invalid" if n % 2 else "retry")
        body = {"machine": machine, "event": event, "context": {"n": n}}
        async with server.session.post(server.api("/state-machines/trigger"), json=body) as resp:
            raw = await resp.read()
            assert resp.status == 200, raw[:300]
        sizes.append(len(raw))
    return sizes


async def check_bounded(server: Server, machine: str) -> dict[str, Any]:
    """Flood ``machine``; assert the answers stay small; the GET's status."""
    sizes = await flood(server, machine)
    assert max(sizes) < TRIGGER_BYTES, (sizes[0], sizes[999], sizes[-1])
    async with server.session.get(server.api(f"/flows/{machine}")) as resp:
        raw = await resp.read()
        assert resp.status == 200
        status: dict[str, Any] = (await resp.json())["status"]
    assert len(raw) < GET_BYTES, len(raw)
    assert status["history_total"] == TRIGGERS
    assert [h["context"]["n"] for h in status["history"]] == list(range(TRIGGERS - 50, TRIGGERS))
    # the whole kept history in one (largest) page: the newest LIMIT records, no more
    async with server.session.get(server.api(f"/flows/{machine}?limit=1000")) as resp:
        kept = (await resp.json())["status"]
    assert kept["history_next"] is None
    assert [h["context"]["n"] for h in kept["history"]] == list(range(TRIGGERS - LIMIT, TRIGGERS))
    assert len(server.svc.manager.get_state_machine(machine).history) == LIMIT
    return status


@pytest.fixture
async def memory_server() -> AsyncIterator[Server]:
    server = await start_server(make_settings(flows_dir="", request_timeout=10.0))
    try:
        yield server
    finally:
        await stop_server(server)


async def test_in_memory_answers_and_history_stay_bounded(memory_server: Server) -> None:
    await check_bounded(memory_server, "flooded")


async def test_on_redis_answers_and_stored_history_stay_bounded(
    redis_target: Target, slot_audit: None
) -> None:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    settings = make_settings(
        redis_url=redis_target.url, redis_prefix=prefix, flows_dir="", request_timeout=10.0
    )
    server = await start_server(settings)
    raw = raw_client(redis_target.url)
    try:
        await check_bounded(server, "flooded")
        key, history = KeyLayout(prefix).machine("flooded")
        assert await raw.llen(history) == LIMIT  # trimmed in Redis too
        assert int(await raw.hget(key, "version") or 0) == TRIGGERS
    finally:
        await raw.aclose()
        await stop_server(server)
        await delete_prefix(redis_target.url, prefix)
