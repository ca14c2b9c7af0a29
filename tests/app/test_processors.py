"""Processors through the real HTTP server: PUT a flow, produce, read the sink's SSE feed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

from flows import Processor

from .helpers import Server, make_settings, read_events, start_server, stop_server, until

FLOW = """\
kind: processor
name: clicks_per_user
sources: [{stream: clicks}]
time: {field: ts}
steps:
  - {id: user, type: key_by, expr: user}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
sinks: [{stream: clicks_per_user}]
tests:
  - name: one window per user
    input: "-a-b-|"
    values: {a: {user: u1, ts: 1}, b: {user: u1, ts: 2}}
    expect: "-----(x|)"
    expect_values: {x: {key: u1, start: 0.0, end: 10.0, value: 2, count: 2, update: false}}
"""


async def _put(server: Server, text: str) -> tuple[int, object]:
    async with server.session.put(
        server.api("/flows/clicks_per_user"),
        data=text.encode(),
        headers={"Content-Type": "application/yaml"},
    ) as resp:
        return resp.status, await resp.json(content_type=None)


async def test_a_processor_put_over_rest_feeds_its_sink_stream_as_sse(server: Server) -> None:
    status, body = await _put(server, FLOW)
    assert status == 201, body
    processor = server.svc.manager.get_processor("clicks_per_user")
    await until(lambda: processor.status == "running")
    url = server.api("/streams/consume/clicks_per_user")
    async with server.session.get(url, headers={"Accept": "text/event-stream"}) as feed:
        assert feed.status == 200
        reading = asyncio.ensure_future(read_events(feed, 2))
        items = [
            {"user": "u1", "ts": 1},
            {"user": "u2", "ts": 3},
            {"user": "u1", "ts": 4},
            {"user": "u1", "ts": 12},
        ]
        status, _ = await server.post("/streams/produce", {"stream": "clicks", "items": items})
        assert status == 202
        async with asyncio.timeout(10):
            events = await reading
    assert [e.json for e in events] == [
        {"key": "u1", "start": 0.0, "end": 10.0, "value": 2, "count": 2, "update": False},
        {"key": "u2", "start": 0.0, "end": 10.0, "value": 1, "count": 1, "update": False},
    ]

    async with server.session.get(server.api("/processors/clicks_per_user")) as resp:
        assert resp.status == 200
        info = await resp.json()
    assert info["status"] == "running"
    assert info["watermark"] == 12.0
    assert info["open_windows"] == 1
    assert info["inputs"] == 4
    assert info["outputs"] == 2
    assert info["late"] == 0
    assert info["lag"] == {"clicks": 0}
    async with server.session.get(server.api("/processors")) as resp:
        listed = await resp.json()
    assert [p["name"] for p in listed["processors"]] == ["clicks_per_user"]
    async with server.session.get(f"{server.url}/metrics") as resp:
        text = await resp.text()
    assert 'captionflow_processor_inputs_total{processor="clicks_per_user"} 4.0' in text
    assert 'captionflow_processor_watermark{processor="clicks_per_user"} 12.0' in text
    assert 'captionflow_processor_open_windows{processor="clicks_per_user"} 1.0' in text

    async with server.session.delete(server.api("/flows/clicks_per_user")) as resp:
        assert resp.status == 204
    await until(lambda: processor.status == "stopped")
    async with server.session.get(server.api("/processors/clicks_per_user")) as resp:
        assert resp.status == 404
        problem = await resp.json(content_type=None)
    assert "clicks_per_user" in problem["detail"]


async def test_late_and_dropped_counts_in_rest_and_metrics_and_a_replace_at_runtime(
    server: Server,
) -> None:
    status, body = await _put(server, FLOW)
    assert status == 201, body
    old = server.svc.manager.get_processor("clicks_per_user")
    await until(lambda: old.status == "running")
    items = [{"user": "u1", "ts": 1}, {"user": "u1", "ts": 12}, {"user": "u1", "ts": 2}]
    items.append({"user": "u1"})  # no event time: dropped too
    status, _ = await server.post("/streams/produce", {"stream": "clicks", "items": items})
    assert status == 202
    await until(lambda: old.describe()["inputs"] == 4)
    async with server.session.get(server.api("/processors/clicks_per_user")) as resp:
        info = await resp.json()
    assert (info["late"], info["dropped"]) == (1, 2)  # no side output: the late one dropped
    assert info["dropped_by"] == {"expression": 0, "late": 1, "no_event_time": 1, "sink": 0}
    async with server.session.get(f"{server.url}/metrics") as resp:
        text = await resp.text()
    assert 'captionflow_processor_late_total{processor="clicks_per_user"} 1.0' in text
    assert 'captionflow_processor_dropped_total{processor="clicks_per_user"} 2.0' in text
    assert 'captionflow_processor_lag{processor="clicks_per_user"} 0.0' in text

    # replaced through the flow-file route: the old one stops, the new one runs
    status, body = await _put(
        server, FLOW.replace("size: 10s", "size: 20s").replace("end: 10.0", "end: 20.0")
    )
    assert status == 200, body
    new = server.svc.manager.get_processor("clicks_per_user")
    assert new is not old
    await until(lambda: old.status == "stopped" and new.status == "running")
    async with server.session.get(server.api("/processors")) as resp:
        listed = await resp.json()
    assert [(p["name"], p["status"]) for p in listed["processors"]] == [
        ("clicks_per_user", "running")
    ]


async def test_a_processor_whose_marble_test_fails_is_refused_naming_the_test(
    server: Server,
) -> None:
    status, body = await _put(server, FLOW.replace("value: 2, count: 2", "value: 3, count: 2"))
    assert status == 422
    assert isinstance(body, dict)
    [error] = body["errors"]
    assert error["flow"] == "clicks_per_user"
    assert "marble test 'one window per user' failed" in error["message"]
    assert "clicks_per_user" not in server.svc.manager.processors


async def test_a_bad_step_is_a_located_422(server: Server) -> None:
    status, body = await _put(server, FLOW.replace("op: count", "op: median"))
    assert status == 422
    assert isinstance(body, dict)
    [error] = body["errors"]
    assert (error["line"], error["step"]) == (8, "n")
    assert "parameter 'op'" in error["message"]


HOOKED = """\
kind: processor
name: hooked
sources: [{events: order_placed}]
steps:
  - {id: big, type: filter, expr: "qty > `2`"}
sinks: [{webhook: "URL"}]
"""


@asynccontextmanager
async def _receiver(
    received: list[Any], keys: list[str | None] | None = None
) -> AsyncIterator[str]:
    async def hook(request: web.Request) -> web.Response:
        received.append(await request.json())
        if keys is not None:
            keys.append(request.headers.get("Idempotency-Key"))
        return web.Response(status=204)

    receiver = web.Application()
    receiver.router.add_post("/hook", hook)
    runner = web.AppRunner(receiver, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    finally:
        await runner.cleanup()


async def _hooked(server: Server, url: str) -> Processor:
    async with server.session.put(
        server.api("/flows/hooked"),
        data=HOOKED.replace("URL", url).encode(),
        headers={"Content-Type": "application/yaml"},
    ) as resp:
        assert resp.status == 201, await resp.text()
    processor = server.svc.manager.get_processor("hooked")
    await until(lambda: processor.status == "running")
    for qty in (1, 5):
        await server.post("/events/publish", {"type": "order_placed", "data": {"qty": qty}})
    return processor


async def test_a_webhook_sink_delivers_through_the_apps_webhook_delivery() -> None:
    received: list[Any] = []
    async with _receiver(received) as url:
        server = await start_server(make_settings(webhook_allowed_networks=["127.0.0.1/32"]))
        try:
            processor = await _hooked(server, url)
            await until(lambda: len(received) == 1)
            assert processor.describe()["dropped_by"]["sink"] == 0
        finally:
            await stop_server(server)
    assert received[0]["type"] == "processor.hooked"
    assert received[0]["data"] == {"qty": 5}


WINDOWED_HOOK = """\
kind: processor
name: hooked_windows
sources: [{events: order_placed}]
time: {field: ts}
steps:
  - {id: all, type: key_by, expr: "'all'"}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
sinks: [{webhook: "URL"}]
"""


async def test_a_window_output_reaches_a_webhook_with_its_id_as_idempotency_key() -> None:
    received: list[Any] = []
    keys: list[str | None] = []
    async with _receiver(received, keys) as url:
        server = await start_server(make_settings(webhook_allowed_networks=["127.0.0.1/32"]))
        try:
            async with server.session.put(
                server.api("/flows/hooked_windows"),
                data=WINDOWED_HOOK.replace("URL", url).encode(),
                headers={"Content-Type": "application/yaml"},
            ) as resp:
                assert resp.status == 201, await resp.text()
            processor = server.svc.manager.get_processor("hooked_windows")
            await until(lambda: processor.status == "running")
            for ts in (1, 4, 12):  # 12 closes [0, 10)
                await server.post("/events/publish", {"type": "order_placed", "data": {"ts": ts}})
            await until(lambda: len(received) == 1)
        finally:
            await stop_server(server)
    assert keys == ['hooked_windows:n:"all"@10000']
    assert received[0]["id"] == keys[0]
    assert received[0]["data"]["count"] == 2


async def test_a_webhook_sink_to_an_internal_address_is_refused_and_counted() -> None:
    received: list[Any] = []
    async with _receiver(received) as url:
        server = await start_server(make_settings())  # loopback is not for webhooks
        try:
            processor = await _hooked(server, url)
            await until(lambda: processor.describe()["dropped_by"]["sink"] == 1)
        finally:
            await stop_server(server)
    assert received == []
