"""SSE under load: groups, a stalled client evicted, graceful shutdown."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
from aiohttp import web

from app import create_app

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


async def test_stalled_client_is_evicted_and_others_get_everything() -> None:
    server = await start_server(make_settings(sse_send_timeout=0.3, sse_client_queue=8))
    sock: socket.socket | None = None
    try:
        await server.post(
            "/streams/real-time-captions",
            {"name": "big", "max_buffer_size": 1000, "overflow": "drop_oldest"},
        )
        stream = server.svc.manager.get_stream("big")
        hub = server.svc.hub
        count = 300
        async with server.session.get(server.api(f"/streams/consume/big?limit={count}")) as good:
            await until(lambda: hub.count("stream") == 1)
            sock = await stalled_client(server, f"{API}/streams/consume/big")
            await until(lambda: hub.count("stream") == 2 and stream.stats()["consumers"] == 2)
            payload = "x" * 65_536
            reader = asyncio.ensure_future(read_events(good, count))
            for i in range(count):
                await stream.produce({"n": i, "pad": payload})
            events = await asyncio.wait_for(reader, 30)
            await until(lambda: hub.evicted == 1, timeout=10)
            await until(lambda: hub.count("stream") <= 1 and stream.stats()["consumers"] <= 1)
        assert [e.json["n"] for e in events] == list(range(count))
        assert [int(e.id or 0) for e in events] == list(range(1, count + 1))
        await until(lambda: hub.count("stream") == 0 and stream.stats()["consumers"] == 0)
        async with server.session.get(f"{server.url}/metrics") as resp:
            text = await resp.text()
        assert "captionflow_sse_evicted_total 1.0" in text
        assert 'captionflow_sse_clients{feed="stream"} 0.0' in text
    finally:
        if sock is not None:
            sock.close()
        await stop_server(server)


async def test_group_members_share_items_without_duplicates(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "jobs"})
    stream = server.svc.manager.get_stream("jobs")
    url = server.api("/streams/consume/jobs?group=workers")
    seen: list[int] = []

    async def member(resp: aiohttp.ClientResponse) -> None:
        while True:
            for event in await read_events(resp, 1):
                seen.append(int(event.json))

    async with server.session.get(url) as a, server.session.get(url) as b:
        await until(lambda: stream.stats()["groups"] == {"workers": 2})
        tasks = [asyncio.ensure_future(member(a)), asyncio.ensure_future(member(b))]
        await server.post("/streams/produce", {"stream": "jobs", "items": list(range(20))})
        await until(lambda: len(seen) >= 20)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    assert sorted(seen) == list(range(20))


async def test_shutdown_sends_a_final_event_to_every_stream() -> None:
    server = await start_server(make_settings(sse_shutdown_seconds=5.0))
    try:
        await server.post("/streams/real-time-captions", {"name": "live"})
        await server.post("/streams/produce", {"stream": "live", "items": ["hello"]})
        async with server.session.get(server.api("/streams/consume/live")) as resp:
            assert (await read_events(resp, 1))[0].json == "hello"
            async with server.session.get(f"{server.url}/metrics/live") as live:
                await read_events(live, 1)
                await until(lambda: server.svc.hub.count() == 2)
                cleanup = asyncio.ensure_future(server.runner.cleanup())
                async with asyncio.timeout(5):
                    rest = await read_events(resp)
                    rest_live = await read_events(live)
        assert rest[-1].event == "shutdown"
        assert rest_live[-1].event == "shutdown"
        await asyncio.wait_for(cleanup, 5)
        assert server.svc.hub.count() == 0
    finally:
        await server.session.close()


async def test_a_group_member_that_disconnects_is_detached_at_once(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "jobs"})
    stream = server.svc.manager.get_stream("jobs")
    hub = server.svc.hub
    path = f"{API}/streams/consume/jobs?group=g"
    async with server.session.get(server.url + path + "&limit=4") as live:
        await until(lambda: stream.stats()["groups"] == {"g": 1})
        sock = await stalled_client(server, path)
        await until(lambda: stream.stats()["groups"] == {"g": 2} and hub.count("stream") == 2)
        sock.close()  # gone without a word: no write to it has failed yet
        await until(lambda: stream.stats()["groups"] == {"g": 1} and hub.count("stream") == 1)
        await server.post("/streams/produce", {"stream": "jobs", "items": [1, 2, 3, 4]})
        events = await read_events(live)
    assert [e.json for e in events] == [1, 2, 3, 4]
    await until(lambda: hub.count() == 0)
    async with server.session.get(f"{server.url}/ready") as resp:
        assert (await resp.json())["details"]["sse_clients"] == 0
    assert hub.evicted == 0  # a client that left is not counted as too slow


async def test_disconnect_is_noticed_by_the_ping_without_handler_cancellation() -> None:
    """Under a runner that does not cancel handlers, the failed ping detaches the client."""
    app = create_app(make_settings(sse_ping_seconds=0.05))
    runner = web.AppRunner(app, shutdown_timeout=2.0)  # handler_cancellation=False
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    server = Server(app, runner, url, aiohttp.ClientSession())
    try:
        await server.post("/streams/real-time-captions", {"name": "jobs"})
        stream = server.svc.manager.get_stream("jobs")
        sock = await stalled_client(server, f"{API}/streams/consume/jobs?group=g")
        await until(lambda: stream.stats()["groups"] == {"g": 1})
        sock.close()
        await until(lambda: server.svc.hub.count() == 0 and stream.stats()["groups"] == {})
    finally:
        await stop_server(server)


async def test_a_group_spreads_one_batch_over_its_members(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "work", "max_buffer_size": 100})
    stream = server.svc.manager.get_stream("work")
    url = server.api("/streams/consume/work?group=crew")
    got: dict[str, list[int]] = {"a": [], "b": []}

    async def member(name: str, resp: aiohttp.ClientResponse) -> None:
        while True:
            got[name].extend(int(e.json) for e in await read_events(resp, 1))

    async with server.session.get(url) as a, server.session.get(url) as b:
        await until(lambda: stream.stats()["groups"] == {"crew": 2})
        readers = [asyncio.ensure_future(member("a", a)), asyncio.ensure_future(member("b", b))]
        await server.post("/streams/produce", {"stream": "work", "items": list(range(64))})
        await until(lambda: len(got["a"]) + len(got["b"]) >= 64)
        for reader in readers:
            reader.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
    assert sorted(got["a"] + got["b"]) == list(range(64))  # each item once
    assert len(got["a"]) >= 16  # both members took a share (at most 16 at a time)
    assert len(got["b"]) >= 16
