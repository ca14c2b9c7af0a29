"""Issue 15 item 12: where ``consume`` starts, the same on both backends.

On Redis a consume without ``Last-Event-ID`` started at the live tail (``XREAD $``)
while in memory it started at the backlog, so the README's curl session printed
nothing on Redis. Now every broadcast feed starts at ``?from=``: ``backlog`` (the
default: every entry the stream retains), ``tail`` (only what is produced after the
client connected) or an entry id; ``Last-Event-ID`` wins over it; a bad value is a
400 naming ``from``. A new consumer group starts at the backlog too (in memory, one
created while another client read got only what came next), or where ``from`` says.

Real server, real socket, in memory and on Redis.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.app.helpers import (
    Server,
    SseEvent,
    make_settings,
    read_events,
    start_server,
    stop_server,
)
from tests.flows.backends.targets import REDIS_URL, delete_prefix

DEADLINE = 5.0
ITEMS = [{"caption": "one"}, {"caption": "two"}, {"caption": "three"}]


@pytest.fixture(params=["memory", "redis"])
async def server(request: pytest.FixtureRequest, slot_audit: None) -> AsyncIterator[Server]:
    prefix: str | None = None
    more: dict[str, Any] = {}
    if request.param == "redis":
        prefix = f"cftest:{secrets.token_hex(4)}:"
        more = {"redis_url": REDIS_URL, "redis_prefix": prefix}
    srv = await start_server(make_settings(request_timeout=5.0, **more))
    try:
        yield srv
    finally:
        await stop_server(srv)
        if prefix is not None:
            await delete_prefix(REDIS_URL, prefix)


async def stream_with(server: Server, items: list[Any]) -> str:
    """A new stream holding ``items``: its consume URL."""
    name = f"s{secrets.token_hex(3)}"
    status, body = await server.post("/streams/real-time-captions", {"name": name})
    assert status == 201, body
    await produce(server, name, items)
    return server.api(f"/streams/consume/{name}")


async def produce(server: Server, url_or_name: str, items: list[Any]) -> None:
    name = url_or_name.rsplit("/", 1)[-1]
    status, body = await server.post("/streams/produce", {"stream": name, "items": items})
    assert status == 202, body


async def read(resp: aiohttp.ClientResponse, count: int) -> list[SseEvent]:
    assert resp.status == 200, await resp.text()
    async with asyncio.timeout(DEADLINE):
        return await read_events(resp, count)


async def consume(
    server: Server,
    url: str,
    count: int,
    headers: dict[str, str] | None = None,
    start: str | None = None,
    group: str | None = None,
) -> list[SseEvent]:
    params = {"limit": str(count)} | ({} if start is None else {"from": start})
    params |= {} if group is None else {"group": group}
    async with server.session.get(url, params=params, headers=headers) as resp:
        return await read(resp, count)


async def refused(
    server: Server, url: str, query: dict[str, str], headers: dict[str, str] | None = None
) -> tuple[int, str, Any]:
    """Status, content type and body of a consume expected to be refused (bounded:
    a feed that is not refused would never end)."""
    async with (
        asyncio.timeout(DEADLINE),
        server.session.get(url, params=query, headers=headers) as resp,
    ):
        return resp.status, resp.content_type, await resp.json(content_type=None)


def values(events: list[SseEvent]) -> list[Any]:
    return [e.json for e in events]


async def test_by_default_a_feed_starts_at_the_backlog_as_the_readme_shows(
    server: Server,
) -> None:
    url = await stream_with(server, ITEMS)
    events = await consume(server, url, 3)
    assert values(events) == ITEMS
    assert all(e.id for e in events)


async def test_from_backlog_gives_every_reader_what_the_stream_retains(server: Server) -> None:
    """Not only the first reader: a second one, connected while the first reads,
    gets the same backlog, then both get what comes next."""
    url = await stream_with(server, ITEMS)
    query = {"from": "backlog", "limit": "4"}
    async with (
        server.session.get(url, params=query) as first,
        server.session.get(url, params=query) as second,
    ):
        early = await read(first, 3), await read(second, 3)
        await produce(server, url, [{"caption": "four"}])
        late = await read(first, 1), await read(second, 1)
    assert [values(e) for e in early] == [ITEMS, ITEMS]
    assert [values(e) for e in late] == [[{"caption": "four"}]] * 2


async def test_from_tail_gives_only_what_is_produced_after_the_client_connected(
    server: Server,
) -> None:
    url = await stream_with(server, ITEMS)
    async with server.session.get(url, params={"from": "tail", "limit": "2"}) as resp:
        assert resp.status == 200  # connected: the start is fixed before the headers
        await produce(server, url, [{"caption": "four"}, {"caption": "five"}])
        events = await read(resp, 2)
    assert values(events) == [{"caption": "four"}, {"caption": "five"}]


async def test_from_an_id_resumes_after_it_and_last_event_id_wins_over_from(
    server: Server,
) -> None:
    url = await stream_with(server, ITEMS)
    ids = [e.id for e in await consume(server, url, 3)]
    assert all(ids), ids
    first, second = str(ids[0]), str(ids[1])

    assert values(await consume(server, url, 2, start=first)) == ITEMS[1:]
    # a reconnect repeats the URL and adds Last-Event-ID: the header decides
    resumed = await consume(server, url, 1, headers={"Last-Event-ID": second}, start=first)
    assert values(resumed) == ITEMS[2:]
    tail_then_header = await consume(server, url, 1, headers={"Last-Event-ID": first}, start="tail")
    assert values(tail_then_header) == ITEMS[1:2]


@pytest.mark.parametrize("value", ["", "sideways", "Backlog", "abc", "1-x", "-1", "12-"])
async def test_a_bad_from_is_a_400_naming_from(server: Server, value: str) -> None:
    url = await stream_with(server, ITEMS)
    status, kind, body = await refused(server, url, {"from": value})
    assert status == 400, body
    assert kind == "application/problem+json"
    assert body["errors"][0]["loc"] == "from", body
    # malformed even when a Last-Event-ID would win: the client's URL is wrong
    status, _, body = await refused(server, url, {"from": value}, {"Last-Event-ID": "1"})
    assert status == 400, body
    assert body["errors"][0]["loc"] == "from", body


async def test_from_an_id_ahead_of_the_stream_is_a_400_naming_from(server: Server) -> None:
    url = await stream_with(server, ITEMS)
    ahead = "99999" if server.svc.backend.kind == "memory" else "99999999999999-0"
    status, _, body = await refused(server, url, {"from": ahead})
    assert status == 400, body
    assert body["errors"][0]["loc"] == "from", body
    assert "ahead" in body["detail"]


async def test_a_new_group_starts_at_the_backlog_while_another_client_reads(
    server: Server,
) -> None:
    """In memory a group created while a broadcast client read got only what came
    next; on Redis it got the backlog. Both give the backlog now."""
    url = await stream_with(server, ITEMS)
    async with server.session.get(url, params={"limit": "4"}) as reader:
        assert values(await read(reader, 3)) == ITEMS  # in memory: took over the backlog
        assert values(await consume(server, url, 3, group="g")) == ITEMS


async def test_from_chooses_where_a_new_group_starts(server: Server) -> None:
    url = await stream_with(server, ITEMS)
    first = (await consume(server, url, 1))[0].id
    assert first is not None
    assert values(await consume(server, url, 2, start=first, group="after")) == ITEMS[1:]
    query = {"from": "tail", "group": "late", "limit": "1"}
    async with server.session.get(url, params=query) as resp:
        assert resp.status == 200  # connected: the start is fixed before the headers
        await produce(server, url, [{"caption": "four"}])
        assert values(await read(resp, 1)) == [{"caption": "four"}]


@pytest.mark.parametrize("value", ["sideways", "1-x"])
async def test_a_bad_from_with_a_group_is_a_400_naming_from(server: Server, value: str) -> None:
    url = await stream_with(server, ITEMS)
    status, _, body = await refused(server, url, {"from": value, "group": "g"})
    assert status == 400, body
    assert body["errors"][0]["loc"] == "from", body
