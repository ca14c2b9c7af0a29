from __future__ import annotations

import pytest

from flows import Stream

from .helpers import API, Server, make_settings, read_events, start_server, stop_server


async def test_create_stream(server: Server) -> None:
    status, body = await server.post(
        "/streams/real-time-captions",
        {"name": "live", "max_buffer_size": 5, "overflow": "drop_oldest"},
    )
    assert status == 201
    assert body == {
        "stream": "live",
        "max_buffer_size": 5,
        "overflow": "drop_oldest",
        "compression": False,
        "consume_url": f"{API}/streams/consume/live",
        "max_bytes": 64 * 1024 * 1024,  # CAPTIONFLOW_MAX_STREAM_BYTES's default
    }


async def test_create_with_bad_overflow_is_422(server: Server) -> None:
    status, body = await server.post("/streams/real-time-captions", {"overflow": "explode"})
    assert status == 422
    assert body["errors"][0]["loc"] == "overflow"


async def test_produce_accepts_and_counts_drops(server: Server) -> None:
    await server.post(
        "/streams/real-time-captions",
        {"name": "s", "max_buffer_size": 2, "overflow": "drop_newest"},
    )
    status, body = await server.post("/streams/produce", {"stream": "s", "items": [1, 2, 3]})
    assert status == 202
    assert body == {"accepted": 3, "dropped": 1, "last_id": 3}


async def test_full_stream_under_error_is_429_with_retry_after(server: Server) -> None:
    await server.post(
        "/streams/real-time-captions", {"name": "s", "max_buffer_size": 2, "overflow": "error"}
    )
    async with server.session.post(
        server.api("/streams/produce"), json={"stream": "s", "items": [1, 2, 3]}
    ) as resp:
        assert resp.status == 429
        assert int(resp.headers["Retry-After"]) >= 1
        assert resp.content_type == "application/problem+json"
        body = await resp.json(content_type=None)
    assert body["accepted"] == 2


async def test_a_block_stream_nobody_reads_keeps_its_newest_items(server: Server) -> None:
    """Issue 15 item 2: it answered 429 after the request timeout; nobody reading is
    no reason to wait, so it keeps the newest ``max_buffer_size`` (drops counted)."""
    await server.post(
        "/streams/real-time-captions", {"name": "s", "max_buffer_size": 1, "overflow": "block"}
    )
    status, body = await server.post("/streams/produce", {"stream": "s", "items": ["a", "b"]})
    assert (status, body["accepted"], body["dropped"]) == (202, 2, 1)
    async with server.session.get(server.api("/streams/consume/s?limit=1")) as resp:
        assert [e.json for e in await read_events(resp)] == ["b"]


async def test_a_block_stream_with_a_stalled_consumer_is_429_after_request_timeout() -> None:
    """A consumer that does not read, with a request timeout shorter than its
    ``slow_consumer_timeout``: the produce gives up first (429)."""
    srv = await start_server(make_settings(request_timeout=0.2))
    try:
        body = {"name": "s", "max_buffer_size": 1, "overflow": "block"}
        await srv.post("/streams/real-time-captions", body)
        stream = srv.svc.manager.get_stream("s")
        assert isinstance(stream, Stream)
        stream.open_consumer()  # attached, never reads
        status, refused = await srv.post("/streams/produce", {"stream": "s", "items": ["a", "b"]})
        assert status == 429
        assert refused["accepted"] == 1
        assert stream.evictions == 0
    finally:
        await stop_server(srv)


async def test_slow_consumer_timeout_over_rest_is_checked(server: Server) -> None:
    status, body = await server.post(
        "/streams/real-time-captions", {"name": "s", "slow_consumer_timeout": 0}
    )
    assert status == 422
    assert body["errors"][0]["loc"] == "slow_consumer_timeout"


async def test_produce_to_unknown_stream_is_404(server: Server) -> None:
    status, body = await server.post("/streams/produce", {"stream": "ghost", "items": [1]})
    assert status == 404
    assert "ghost" in body["detail"]


async def test_consume_sends_ids_and_items_exactly(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    items = [{"caption": "hi\nthere", "tags": ["#a"]}, "two", 3, None, [1.5, True]]
    await server.post("/streams/produce", {"stream": "live", "items": items})
    async with server.session.get(server.api("/streams/consume/live?limit=5")) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"].startswith("text/event-stream")
        events = await read_events(resp, with_retry=True)
    assert events[0].retry == 2000
    data = [e for e in events if e.data]
    assert [e.id for e in data] == ["1", "2", "3", "4", "5"]
    assert [e.json for e in data] == items


async def test_consume_unknown_stream_is_404(server: Server) -> None:
    async with server.session.get(server.api("/streams/consume/ghost")) as resp:
        assert resp.status == 404
        assert resp.content_type == "application/problem+json"


async def test_resume_with_last_event_id_has_no_gaps_or_duplicates(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live", "max_buffer_size": 50})
    await server.post("/streams/produce", {"stream": "live", "items": list(range(5))})
    url = server.api("/streams/consume/live")
    async with server.session.get(url + "?limit=2") as resp:
        first = await read_events(resp)
    await server.post("/streams/produce", {"stream": "live", "items": list(range(5, 8))})
    headers = {"Last-Event-ID": first[-1].id or ""}
    async with server.session.get(url + "?limit=6", headers=headers) as resp:
        rest = await read_events(resp)
    ids = [int(e.id or 0) for e in first + rest]
    assert ids == list(range(1, 9))
    assert [e.json for e in first + rest] == list(range(8))


async def test_resume_with_query_parameter(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    await server.post("/streams/produce", {"stream": "live", "items": ["a", "b", "c"]})
    async with server.session.get(
        server.api("/streams/consume/live?last_event_id=1&limit=2")
    ) as resp:
        events = await read_events(resp)
    assert [(e.id, e.json) for e in events] == [("2", "b"), ("3", "c")]


async def test_resume_older_than_window_sends_reset_first(server: Server) -> None:
    await server.post(
        "/streams/real-time-captions",
        {"name": "live", "max_buffer_size": 10, "replay_size": 3, "overflow": "drop_oldest"},
    )
    await server.post("/streams/produce", {"stream": "live", "items": list(range(1, 11))})
    async with server.session.get(
        server.api("/streams/consume/live?limit=4"), headers={"Last-Event-ID": "2"}
    ) as resp:
        events = await read_events(resp)
    assert events[0].event == "reset"
    assert events[0].json == {"requested": 2, "oldest": 8, "missed": 5}
    assert [e.id for e in events[1:]] == ["8", "9", "10"]


@pytest.mark.parametrize("last_id", ["abc", "9" * 5000, "1" * 21])
async def test_bad_last_event_id_is_400(server: Server, last_id: str) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    for query, headers in (("", {"Last-Event-ID": last_id}), (f"?last_event_id={last_id}", {})):
        url = server.api(f"/streams/consume/live{query}")
        async with server.session.get(url, headers=headers) as resp:
            assert resp.status == 400
            body = await resp.json(content_type=None)
        assert "Last-Event-ID" in body["detail"]
        assert len(body["detail"]) < 300  # a huge value is not echoed back whole


async def test_a_limit_too_long_to_be_a_number_is_400(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    async with server.session.get(server.api(f"/streams/consume/live?limit={'9' * 5000}")) as resp:
        assert resp.status == 400
        body = await resp.json(content_type=None)
    assert "at most 18 digits" in body["detail"]


async def test_last_event_id_ahead_of_the_stream_is_400(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    await server.post("/streams/produce", {"stream": "live", "items": ["a", "b"]})
    url = server.api("/streams/consume/live")
    async with server.session.get(url, headers={"Last-Event-ID": "7"}) as resp:
        assert resp.status == 400
        assert resp.content_type == "application/problem+json"
        body = await resp.json(content_type=None)
    assert "ahead" in body["detail"]
    assert body["errors"][0]["loc"] == "Last-Event-ID"
    async with server.session.get(url + "?limit=1", headers={"Last-Event-ID": "1"}) as resp:
        assert resp.status == 200
        assert [e.json for e in await read_events(resp)] == ["b"]


@pytest.mark.parametrize("value", ["1_0", " 1 ", "+1", "\u0661", "1.0", "99999999999999999999"])
async def test_integer_parameters_take_digits_only(server: Server, value: str) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    async with server.session.get(
        server.api("/streams/consume/live"), params={"limit": value}
    ) as resp:
        assert resp.status == 400
        body = await resp.json(content_type=None)
    assert body["errors"][0]["loc"] == "limit"


@pytest.mark.parametrize("field", ["max_buffer_size", "replay_size"])
async def test_buffers_beyond_the_cap_are_422(field: str) -> None:
    server = await start_server(make_settings(max_stream_buffer=100))
    try:
        status, body = await server.post("/streams/real-time-captions", {field: 101})
        assert status == 422
        assert body["errors"][0]["loc"] == field
        assert "100" in body["errors"][0]["msg"]
        assert server.svc.manager.streams == {}
        status, _ = await server.post("/streams/real-time-captions", {field: 100})
        assert status == 201
    finally:
        await stop_server(server)


async def test_a_stream_max_bytes_is_bounded_by_the_process_budget() -> None:
    server = await start_server(make_settings(max_memory_mb=1))
    try:
        for too_much in (1_048_577, 1023):
            status, body = await server.post("/streams/real-time-captions", {"max_bytes": too_much})
            assert status == 422
            assert body["errors"][0]["loc"] == "max_bytes"
        assert server.svc.manager.streams == {}
        status, body = await server.post(
            "/streams/real-time-captions", {"name": "s", "max_bytes": 1_048_576}
        )
        assert status == 201
        assert body["max_bytes"] == 1_048_576
        stream = server.svc.manager.streams["s"]
        assert isinstance(stream, Stream)
        assert stream.max_bytes == 1_048_576
        assert stream.describe()["max_bytes"] == 1_048_576
    finally:
        await stop_server(server)
