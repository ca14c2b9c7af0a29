"""An event feed that reconnects with Last-Event-ID gets exactly what it missed."""

from __future__ import annotations

from typing import Any

import pytest

from flows.patterns._event_bus import REPLAY_SIZE

from .helpers import Server, make_settings, read_events, start_server, stop_server, until


async def _subscribe(server: Server, pattern: str) -> Any:
    status, sub = await server.post("/events/subscribe", {"pattern": pattern})
    assert status == 201
    return sub


async def _publish(server: Server, kind: str, n: int) -> None:
    status, _ = await server.post("/events/publish", {"type": kind, "data": n})
    assert status == 202


async def test_a_reconnecting_feed_gets_the_missed_events_once_in_order(server: Server) -> None:
    sub = await _subscribe(server, "caption.*")
    url = server.url + sub["stream_url"]
    hub = server.svc.hub
    async with server.session.get(url + "?limit=2") as resp:
        await until(lambda: hub.count("events") == 1)
        for n in (1, 2):
            await _publish(server, "caption.done", n)
        first = await read_events(resp)
    await until(lambda: hub.count("events") == 0)
    for n in (3, 4):  # while nobody listens
        await _publish(server, "caption.done", n)
        await _publish(server, "other.thing", n)  # not this subscription's
    headers = {"Last-Event-ID": first[-1].id or ""}
    async with server.session.get(url + "?limit=3", headers=headers) as resp:
        await until(lambda: hub.count("events") == 1)
        await _publish(server, "caption.done", 5)  # live, after the replay
        rest = await read_events(resp)
    assert [e.json["data"] for e in first + rest] == [1, 2, 3, 4, 5]
    assert [e.event for e in rest] == ["caption.done"] * 3
    ids = [int(e.id or 0) for e in first + rest]
    assert ids == sorted(set(ids))  # no duplicate, in order


async def test_a_replay_longer_than_the_client_queue_arrives_whole() -> None:
    server = await start_server(make_settings(sse_client_queue=4))
    try:
        sub = await _subscribe(server, "bulk")
        bus = server.svc.manager.event_bus
        for n in range(50):
            await bus.publish("bulk", n)
        url = server.url + sub["stream_url"] + "?last_event_id=0&limit=50"
        async with server.session.get(url) as resp:
            events = await read_events(resp)
        assert [e.json["data"] for e in events] == list(range(50))
        assert server.svc.hub.evicted == 0
    finally:
        await stop_server(server)


async def test_an_id_older_than_the_window_gets_a_reset_first(server: Server) -> None:
    sub = await _subscribe(server, "tick")
    bus = server.svc.manager.event_bus
    for n in range(REPLAY_SIZE + 5):
        await bus.publish("tick", n)
    url = server.url + sub["stream_url"] + "?limit=2"
    async with server.session.get(url, headers={"Last-Event-ID": "1"}) as resp:
        events = await read_events(resp)
    assert events[0].event == "reset"
    assert events[0].json == {"requested": 1, "oldest": 6, "missed": 4}
    assert events[1].json["data"] == 5  # the oldest kept (id 6)


@pytest.mark.parametrize("last_id", ["abc", "99", "9" * 30])
async def test_a_bad_or_future_last_event_id_is_400(server: Server, last_id: str) -> None:
    sub = await _subscribe(server, "x")
    await _publish(server, "x", 1)
    async with server.session.get(
        server.url + sub["stream_url"], headers={"Last-Event-ID": last_id}
    ) as resp:
        assert resp.status == 400
        body = await resp.json(content_type=None)
    assert "Last-Event-ID" in body["detail"]
