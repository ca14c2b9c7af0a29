"""A Redis stream as SSE takes the one stream path (issue 13 item 6): the writer drains
the stream's reader (``RedisReader``) as it drains an in-memory consumer's buffer;
a stalled client is evicted by the hub's watchdog, a group member's entries are
acknowledged once written. Real server, real socket, real Redis."""

from __future__ import annotations

import asyncio
import secrets
import socket
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from app.sse import StreamSource
from flows.backends import RedisReader, RedisStream

from ..flows.backends.helpers import wait_for
from ..flows.backends.targets import REDIS_URL, delete_prefix
from .helpers import (
    API,
    Server,
    make_settings,
    read_events,
    stalled_client,
    start_server,
    stop_server,
    until,
)


@pytest.fixture
async def redis() -> AsyncIterator[Server]:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    settings = make_settings(
        redis_url=REDIS_URL,
        redis_prefix=prefix,
        sse_send_timeout=0.3,
        sse_client_queue=8,
        request_timeout=5.0,
    )
    server = await start_server(settings)
    try:
        yield server
    finally:
        await stop_server(server)
        await delete_prefix(REDIS_URL, prefix)


async def redis_stream(server: Server, name: str) -> RedisStream:
    status, body = await server.post(
        "/streams/real-time-captions", {"name": name, "max_buffer_size": 1000}
    )
    assert status == 201, body
    stream = await server.svc.manager.find_stream(name)
    assert isinstance(stream, RedisStream)
    return stream


async def test_a_stalled_redis_client_is_evicted_and_the_other_gets_everything(
    redis: Server,
) -> None:
    stream = await redis_stream(redis, "big")
    hub = redis.svc.hub
    count = 200
    sock: socket.socket | None = None
    try:
        url = redis.api(f"/streams/consume/big?limit={count}&from=tail")
        async with redis.session.get(url) as good:
            assert good.status == 200
            (client,) = hub.clients
            source = client.source
            assert isinstance(source, StreamSource)  # the one stream path, no pump
            assert isinstance(source.reader, RedisReader)
            sock = await stalled_client(redis, f"{API}/streams/consume/big?from=tail")
            await until(lambda: hub.count("stream") == 2)
            reader = asyncio.ensure_future(read_events(good, count))
            pad = "x" * 65_536
            for i in range(0, count, 20):
                await stream.produce_many([{"n": n, "pad": pad} for n in range(i, i + 20)])
            events = await asyncio.wait_for(reader, 30)
            await until(lambda: hub.evicted == 1, timeout=10)
        assert [e.json["n"] for e in events] == list(range(count))
        await until(lambda: hub.count("stream") == 0 and stream.stats()["consumers"] == 0)
    finally:
        if sock is not None:
            sock.close()


async def test_a_group_members_entries_are_acknowledged_once_written(redis: Server) -> None:
    stream = await redis_stream(redis, "jobs")
    await stream.produce_many([{"n": n} for n in range(5)])
    url = redis.api("/streams/consume/jobs?group=g&limit=5")
    async with redis.session.get(url) as resp:
        assert resp.status == 200
        async with asyncio.timeout(10):
            events = await read_events(resp)
    assert [e.json["n"] for e in events] == list(range(5))

    async def acknowledged() -> bool:  # after each write, shielded
        info = await stream.info()
        return int(info["groups"]["g"]["pending"]) == 0

    assert await wait_for(acknowledged, timeout=10)
    await until(lambda: redis.svc.hub.count("stream") == 0 and not stream.stats()["groups"])


@pytest.mark.parametrize("group", [None, "g"])
async def test_a_read_that_fails_mid_feed_ends_it_with_an_event_error(
    redis: Server, group: str | None
) -> None:
    """The stream's key replaced by a string while a client reads it: Redis answers
    ``WRONGTYPE`` to the next read. The feed ends with one ``event: error`` (the
    shape of a slow consumer's: error, detail, last_id), not as if the stream ended."""
    stream = await redis_stream(redis, "swapped")
    await stream.produce_many([{"n": n} for n in range(3)])
    query = "&".join(["limit=10", *([] if group is None else [f"group={group}"])])
    raw = Redis.from_url(REDIS_URL)
    try:
        async with redis.session.get(redis.api(f"/streams/consume/swapped?{query}")) as resp:
            assert resp.status == 200
            async with asyncio.timeout(10):
                events = await read_events(resp, 3)
                key = redis.svc.backend.stream_key("swapped")  # type: ignore[attr-defined]
                await raw.set(key, "not a stream")  # the reader is blocked in XREAD now
                rest = await read_events(resp)  # to the end of the response
    finally:
        await raw.aclose()
    assert [e.json["n"] for e in events] == [0, 1, 2]
    assert [e.event for e in rest] == ["error"]
    problem = rest[0].json
    assert problem["error"] == "read_failed"
    assert "reading stream 'swapped' failed" in problem["detail"]
    assert "WRONGTYPE" in problem["detail"]
    assert problem["last_id"] == events[-1].id
