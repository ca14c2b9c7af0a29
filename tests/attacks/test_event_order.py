"""Issue 15 item 10: ids on an event feed must only increase. A feed subscribed to
``caption_*`` showed ``id: 2`` before ``id: 1``, and resuming with ``Last-Event-ID: 1``
re-sent id 2. Now every feed keeps a floor: the highest id it sent, starting at the
client's Last-Event-ID; nothing at or below it is sent. A live-only (ephemeral) event
on Redis, which has no stored id, goes without ``id:`` instead of ``id: 0``.

Real server, real socket, the shipped ``real_time_service`` flow answering each
``caption_request`` with ``caption_completed``; in memory and on Redis.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from flows.backends import entry_order
from tests.app.helpers import (
    Server,
    SseEvent,
    make_settings,
    read_events,
    start_server,
    stop_server,
)
from tests.flows.backends.targets import REDIS_URL, delete_prefix
from tests.test_readme import ROOT

FLOWS = str(ROOT / "config" / "flows")
DEADLINE = 10.0


def settings(**more: Any) -> Any:
    # the first caption of a process loads the engine: more than the failure-path 0.5 s
    return make_settings(flows_dir=FLOWS, request_timeout=10.0, sse_client_queue=256, **more)


async def started(backend: str) -> tuple[Server, str | None]:
    if backend == "memory":
        return await start_server(settings()), None
    prefix = f"cftest:{secrets.token_hex(4)}:"
    ephemeral = ["caption_progress"]
    more = {"redis_url": REDIS_URL, "redis_prefix": prefix, "ephemeral_events": ephemeral}
    return await start_server(settings(**more)), prefix


@pytest.fixture(params=["memory", "redis"])
async def server(request: pytest.FixtureRequest, slot_audit: None) -> AsyncIterator[Server]:
    srv, prefix = await started(request.param)
    try:
        yield srv
    finally:
        await stop_server(srv)
        if prefix is not None:
            await delete_prefix(REDIS_URL, prefix)


@pytest.fixture
async def redis(slot_audit: None) -> AsyncIterator[Server]:
    srv, prefix = await started("redis")
    try:
        yield srv
    finally:
        await stop_server(srv)
        await delete_prefix(REDIS_URL, str(prefix))


async def subscribe(server: Server, pattern: str) -> str:
    status, body = await server.post("/events/subscribe", {"pattern": pattern})
    assert status == 201, body
    return f"{server.url}{body['stream_url']}"


async def publish(server: Server, event_type: str, data: Any) -> None:
    status, body = await server.post("/events/publish", {"type": event_type, "data": data})
    assert status == 202, body


def request(i: int) -> dict[str, Any]:
    return {"content": f"Sunset hike at the lake, day {i}", "user_id": f"u{i}"}


async def read(resp: aiohttp.ClientResponse, count: int) -> list[SseEvent]:
    async with asyncio.timeout(DEADLINE):
        return await read_events(resp, count)


def increasing(ids: list[str]) -> bool:
    keys = [entry_order(int(i) if i.isdigit() else i) for i in ids]
    return all(a < b for a, b in itertools.pairwise(keys))


async def requests_and_answers(server: Server, url: str, first: int, n: int) -> list[SseEvent]:
    """Publish ``n`` caption requests at once; the feed's 2n events (requests, answers)."""
    async with server.session.get(url) as resp:
        assert resp.status == 200
        await asyncio.gather(
            *[publish(server, "caption_request", request(first + i)) for i in range(n)]
        )
        return await read(resp, 2 * n)


async def test_ids_on_a_feed_only_increase_and_a_resume_sends_only_newer_ones(
    server: Server,
) -> None:
    url = await subscribe(server, "caption_*")
    events = await requests_and_answers(server, url, 0, 6)
    ids = [e.id for e in events]
    assert all(ids), ids
    assert increasing([i for i in ids if i]), ids
    assert {e.event for e in events} == {"caption_request", "caption_completed"}

    # resume after the third event: the next ones are all newer
    last = events[2].id
    assert last is not None
    async with server.session.get(url, headers={"Last-Event-ID": last}) as resp:
        assert resp.status == 200
        await publish(server, "caption_request", request(10))
        later = await read(resp, 2)
    later_ids = [e.id for e in later if e.id]
    assert later_ids
    assert increasing([last, *later_ids]), (last, later_ids)
    assert not set(later_ids) & set(ids[:3])


async def test_a_live_only_event_on_redis_has_no_id_and_stored_ones_stay_in_order(
    redis: Server,
) -> None:
    """Ephemeral events carry no stored id: they used to go out as ``id: 0`` between
    stored ids (a feed going back to 0, and a browser resuming from 0)."""
    url = await subscribe(redis, "caption_*")
    async with redis.session.get(url) as resp:
        assert resp.status == 200
        await publish(redis, "caption_started", {"n": 1})
        await publish(redis, "caption_progress", {"n": 2})  # ephemeral: pub/sub, not stored
        await publish(redis, "caption_started", {"n": 3})
        events = await read(resp, 3)
    by_type = [(e.event, e.id) for e in events]
    stored = [e.id for e in events if e.event == "caption_started"]
    assert len(stored) == 2, by_type
    assert all(stored), by_type
    assert increasing([i for i in stored if i]), by_type
    progress = [e for e in events if e.event == "caption_progress"]
    assert len(progress) == 1, by_type
    assert progress[0].id is None, by_type


@pytest.mark.parametrize("value", ["abc", "1-x", "-1", "12-"])
async def test_a_malformed_last_event_id_on_redis_is_a_400_naming_it(
    redis: Server, value: str
) -> None:
    url = await subscribe(redis, "caption_*")
    async with redis.session.get(url, headers={"Last-Event-ID": value}) as resp:
        body = await resp.json(content_type=None)
        assert resp.status == 400, body
        assert resp.content_type == "application/problem+json"
        assert body["errors"][0]["loc"] == "Last-Event-ID"
