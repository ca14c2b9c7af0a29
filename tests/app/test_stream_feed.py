"""Stream fan-out as SSE: FrameCache batches, and the one-hop StreamSource over HTTP."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from contextlib import AsyncExitStack

import pytest

from app.sse._client import ClientState, SseClient, SseOptions
from app.sse._stream_feed import MAX_BATCH, FrameCache, StreamSource
from app.sse._wire import Frame
from flows import Entry, Stream
from flows.backends import MemoryReader
from operators import BoundedBuffer

from .helpers import (
    API,
    Server,
    SseEvent,
    make_settings,
    read_events,
    stalled_client,
    start_server,
    stop_server,
    until,
)

PAD = "x" * 65_536
SLACK = 1.5  # scheduling on a loaded machine


async def _read_to_end(sock: socket.socket) -> list[SseEvent]:
    """The data events of everything the server sends until it closes the connection."""
    loop = asyncio.get_running_loop()
    chunks = []
    while chunk := await loop.sock_recv(sock, 1 << 20):
        chunks.append(chunk)
    _head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    events = []
    for block in body.decode().split("\r\n\r\n"):  # single-line data: a dict per event
        fields = dict(line.partition(": ")[::2] for line in block.split("\r\n"))
        if "data" in fields:
            events.append(SseEvent(fields.get("id"), fields.get("event"), [fields["data"]]))
    return events


def _live_stream(server: Server, name: str) -> Stream:
    stream = server.svc.manager.get_stream(name)
    assert isinstance(stream, Stream)
    return stream


def _stream_source(client: SseClient) -> StreamSource:
    source = client.source
    assert isinstance(source, StreamSource)  # the one-hop path, not a pump
    return source


def _consumer_buffer(client: SseClient) -> BoundedBuffer[Entry]:
    """The in-memory consumer's own buffer the client's writer drains."""
    reader = _stream_source(client).reader
    assert isinstance(reader, MemoryReader)
    return reader.buffer


def test_a_run_of_ids_is_encoded_once_and_shared() -> None:
    cache = FrameCache()
    run = [Entry(i, {"n": i}) for i in range(1, 6)]
    payload = cache.payload(run)
    assert cache.payload(list(run)) is payload  # a second client: the same bytes object
    assert payload == b"".join(cache.wire(e) for e in run)
    assert payload.startswith(b'id: 1\r\ndata: {"n": 1}\r\n\r\nid: 2\r\ndata: {"n": 2}\r\n\r\n')
    assert list(cache.batches) == [(1, 5)]


def test_clients_of_a_run_take_one_batch_between_them() -> None:
    cache = FrameCache()
    run = [Entry(i, {"n": i}) for i in range(1, 17)]
    batch = cache.batch(run)
    assert cache.batch(list(run)) is batch  # nothing made per client
    assert (batch.payload, batch.events, batch.full) == (cache.payload(run), 16, False)
    gap = [Entry(1, 1), Entry(3, 3)]
    assert cache.batch(gap).events == 2
    assert cache.batch(gap) is not cache.batch(gap)  # not cached: made for each


def test_a_run_with_a_gap_is_correct_but_not_cached() -> None:
    cache = FrameCache()
    entries = [Entry(1, "a"), Entry(2, "b"), Entry(4, "d")]
    payload = cache.payload(entries)
    assert (
        payload == b'id: 1\r\ndata: "a"\r\n\r\nid: 2\r\ndata: "b"\r\n\r\nid: 4\r\ndata: "d"\r\n\r\n'
    )
    assert cache.batches == {}
    assert cache.payload(entries) == payload
    assert cache.batches == {}


def test_the_batch_cache_is_bounded() -> None:
    cache = FrameCache(batches=4)
    runs = [[Entry(i, i), Entry(i + 1, i + 1)] for i in range(1, 40, 2)]
    payloads = []
    for run in runs:
        payloads.append(cache.payload(run))
        assert len(cache.batches) <= 4
    assert cache.payload(runs[-1]) is payloads[-1]  # the newest is still cached
    oldest = cache.payload(runs[0])
    assert oldest == payloads[0]
    assert oldest is not payloads[0]  # evicted long ago: encoded again


# --- over HTTP -----------------------------------------------------------------------------


async def test_one_produced_batch_is_one_write_per_consumer(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "fan", "max_buffer_size": 64})
    stream = _live_stream(server, "fan")
    hub = server.svc.hub
    items = [{"n": i, "caption": f"caption {i}"} for i in range(16)]
    async with AsyncExitStack() as stack:
        url = server.api("/streams/consume/fan?limit=16")
        responses = [await stack.enter_async_context(server.session.get(url)) for _ in range(3)]
        await until(lambda: hub.count("stream") == 3 and stream.stats()["consumers"] == 3)
        clients = list(hub.clients)
        assert all(_stream_source(c) for c in clients)
        status, body = await server.post("/streams/produce", {"stream": "fan", "items": items})
        assert (status, body) == (202, {"accepted": 16, "dropped": 0, "last_id": 16})
        async with asyncio.timeout(10):
            received = await asyncio.gather(*(read_events(r) for r in responses))
    for events in received:
        assert [e.json for e in events] == items
        assert [e.id for e in events] == [str(i) for i in range(1, 17)]
    await until(lambda: hub.count() == 0)
    assert [c.sent for c in clients] == [16, 16, 16]
    assert [c.writes for c in clients] == [2, 2, 2]  # the `retry:` preamble, then one batch


async def test_a_client_that_stops_reading_is_evicted_others_get_everything(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="captionflow.sse")
    server = await start_server(make_settings(sse_send_timeout=0.3))
    sock: socket.socket | None = None
    try:
        body = {"name": "tiny", "max_buffer_size": 4, "overflow": "drop_oldest"}
        await server.post("/streams/real-time-captions", body)
        stream = _live_stream(server, "tiny")
        hub = server.svc.hub
        received: list[SseEvent] = []
        async with server.session.get(server.api("/streams/consume/tiny")) as good:
            await until(lambda: hub.count("stream") == 1 and stream.stats()["consumers"] == 1)
            (good_client,) = hub.clients
            sock = await stalled_client(server, f"{API}/streams/consume/tiny", http="1.0")
            await until(lambda: hub.count("stream") == 2 and stream.stats()["consumers"] == 2)
            (stalled,) = hub.clients - {good_client}
            n = 0
            async with asyncio.timeout(30):
                while stalled.evicted is None:  # in step with the good client: it never lags
                    await stream.produce({"n": n, "pad": PAD})
                    received += await read_events(good, 1)
                    n += 1
                for _ in range(3):  # and after the eviction
                    await stream.produce({"n": n, "pad": PAD})
                    received += await read_events(good, 1)
                    n += 1
            await until(lambda: hub.count("stream") == 1 and stream.stats()["consumers"] == 1)
        assert hub.evicted == 1
        assert stalled.evicted is not None
        assert "took longer" in stalled.evicted or "stayed full" in stalled.evicted
        logged = [r.getMessage() for r in caplog.records if r.name == "captionflow.sse"]
        assert any("evicting" in m and stalled.evicted in m for m in logged)
        assert good_client.evicted is None
        assert [e.json["n"] for e in received] == list(range(n))
        assert [e.id for e in received] == [str(i) for i in range(1, n + 1)]
    finally:
        if sock is not None:
            sock.close()
        await server.session.close()
        await server.runner.cleanup()


async def test_a_block_stream_evicts_its_stalled_only_consumer_then_accepts_at_once() -> None:
    """Issue 15 item 2: the stream itself evicts a consumer that keeps a producer
    waiting its ``slow_consumer_timeout`` (here 0.5 s, set over REST; the SSE watchdog
    is far off), and a stream with nobody left accepts at once (it was 30 s, then 429).
    """
    server = await start_server(make_settings(sse_send_timeout=30.0, request_timeout=10.0))
    sock: socket.socket | None = None
    try:
        body = {
            "name": "blk",
            "max_buffer_size": 4,
            "overflow": "block",
            "slow_consumer_timeout": 0.5,
        }
        await server.post("/streams/real-time-captions", body)
        stream = _live_stream(server, "blk")
        assert stream.slow_consumer_timeout == 0.5
        hub = server.svc.hub
        sock = await stalled_client(server, f"{API}/streams/consume/blk", http="1.0")
        await until(lambda: hub.count("stream") == 1 and stream.stats()["consumers"] == 1)
        (client,) = hub.clients
        buffer = _consumer_buffer(client)
        n = 0
        async with asyncio.timeout(30):  # fill its buffer behind a write that never ends
            while not (buffer.room() == 0 and client.writing_since is not None):
                if buffer.room():
                    await stream.produce({"n": n, "pad": PAD})
                    n += 1
                else:
                    await until(lambda: buffer.room() > 0 or client.writing_since is not None)
        late = {"stream": "blk", "items": ["late1", "late2", "late3"]}
        started = time.monotonic()
        status, accepted = await server.post("/streams/produce", late)
        waited = time.monotonic() - started
        assert (status, accepted["accepted"], accepted["dropped"]) == (202, 3, 0)
        assert 0.45 <= waited < 0.5 + SLACK  # the consumer's 0.5 s, then it was evicted
        assert stream.evictions == 1
        assert stream.stats()["consumers"] == 0
        assert buffer.closed
        assert len(buffer) == 0  # what it held is freed
        assert hub.evicted == 0  # the stream evicted it, not the SSE watchdog
        started = time.monotonic()
        status, _ = await server.post("/streams/produce", {**late, "items": ["after"]})
        assert status == 202
        assert time.monotonic() - started < SLACK
        async with server.session.get(f"{server.url}/metrics") as resp:
            assert 'captionflow_stream_evicted_total{stream="blk"} 1.0' in await resp.text()
        async with server.session.get(server.api("/streams/consume/blk?limit=4")) as resp:
            async with asyncio.timeout(10):
                events = await read_events(resp)
        # nobody read: the stream kept its newest four for the next consumer
        assert [e.json for e in events] == ["late1", "late2", "late3", "after"]
    finally:
        if sock is not None:
            sock.close()
        await server.session.close()
        await server.runner.cleanup()


async def test_an_evicted_sse_client_gets_an_error_event_and_resumes_from_it() -> None:
    """A client that stalls long enough to be evicted, then reads again, gets what was
    already on its way, one ``event: error`` naming the id to resume after, and the
    close; resuming with ``Last-Event-ID`` gets everything it missed."""
    server = await start_server(make_settings(sse_send_timeout=30.0, request_timeout=10.0))
    sock: socket.socket | None = None
    try:
        body = {
            "name": "ev",
            "max_buffer_size": 4,
            "replay_size": 1000,
            "slow_consumer_timeout": 0.3,
        }
        await server.post("/streams/real-time-captions", body)
        stream = _live_stream(server, "ev")
        hub = server.svc.hub
        sock = await stalled_client(server, f"{API}/streams/consume/ev", http="1.0")
        await until(lambda: hub.count("stream") == 1 and stream.stats()["consumers"] == 1)
        (client,) = hub.clients
        buffer = _consumer_buffer(client)
        n = 0
        async with asyncio.timeout(30):
            while not (buffer.room() == 0 and client.writing_since is not None):
                if buffer.room():
                    await stream.produce({"n": n, "pad": PAD})
                    n += 1
                else:
                    await until(lambda: buffer.room() > 0 or client.writing_since is not None)
        await stream.produce({"n": n, "pad": PAD})  # waits 0.3 s: the client is evicted
        n += 1
        assert stream.evictions == 1
        async with asyncio.timeout(10):  # it reads again: the write in flight, then the end
            events = await _read_to_end(sock)
        *data, error = events
        assert error.event == "error"
        assert error.json["error"] == "slow_consumer"
        assert "slow_consumer_timeout" in error.json["detail"]
        got = [e.json["n"] for e in data]
        assert got == list(range(len(got)))
        assert error.json["last_id"] == int(data[-1].id or 0) == len(got)
        headers = {"Last-Event-ID": str(error.json["last_id"])}
        url = server.api(f"/streams/consume/ev?limit={n - len(got)}")
        async with server.session.get(url, headers=headers) as resp:
            async with asyncio.timeout(10):
                resumed = await read_events(resp)
        assert [e.json["n"] for e in resumed] == list(range(len(got), n))  # nothing lost
    finally:
        if sock is not None:
            sock.close()
        await server.session.close()
        await server.runner.cleanup()


async def test_limit_ends_a_direct_consumer_within_a_batch(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "lim"})
    stream = _live_stream(server, "lim")
    hub = server.svc.hub
    async with server.session.get(server.api("/streams/consume/lim?limit=3")) as resp:
        await until(lambda: stream.stats()["consumers"] == 1 and hub.count() == 1)
        (client,) = hub.clients
        await server.post("/streams/produce", {"stream": "lim", "items": list(range(10))})
        async with asyncio.timeout(10):
            events = await read_events(resp)  # to the end of the response
    assert [e.json for e in events] == [0, 1, 2]
    assert [e.id for e in events] == ["1", "2", "3"]
    await until(lambda: hub.count() == 0 and stream.stats()["consumers"] == 0)
    assert client.sent == 3
    # a new feed starts at the backlog (everything retained); resumed, it gets the rest
    resume = {"Last-Event-ID": "3"}
    async with server.session.get(
        server.api("/streams/consume/lim?limit=7"), headers=resume
    ) as resp:
        async with asyncio.timeout(10):
            rest = await read_events(resp)
    assert [e.id for e in rest] == [str(i) for i in range(4, 11)]  # the rest was kept


async def test_shutdown_follows_the_produced_events_and_ends_the_watchdog() -> None:
    server = await start_server(make_settings(sse_shutdown_seconds=5.0))
    try:
        await server.post("/streams/real-time-captions", {"name": "live"})
        stream = _live_stream(server, "live")
        hub = server.svc.hub
        async with server.session.get(server.api("/streams/consume/live")) as resp:
            await until(lambda: stream.stats()["consumers"] == 1 and hub.count() == 1)
            (client,) = hub.clients
            assert _consumer_buffer(client) is next(iter(stream._readers.broadcast))
            watchdog = hub._watchdog
            assert watchdog is not None
            assert not watchdog.done()
            await server.post("/streams/produce", {"stream": "live", "items": list("abcde")})
            first = await read_events(resp, 2)
            cleanup = asyncio.ensure_future(server.runner.cleanup())
            async with asyncio.timeout(5):
                rest = await read_events(resp)
        events = first + rest
        assert [e.event for e in events] == [None] * 5 + ["shutdown"]
        assert [e.json for e in events[:5]] == list("abcde")
        assert [e.id for e in events[:5]] == ["1", "2", "3", "4", "5"]
        assert events[-1].json == {"reason": "server shutting down"}
        await asyncio.wait_for(cleanup, 5)
        assert hub._watchdog is watchdog
        assert watchdog.done()
        assert hub.count() == 0
        assert client.evicted is None
    finally:
        await server.session.close()


async def test_shutdown_sends_every_event_that_was_ready_first() -> None:
    """More than one take's worth (MAX_BATCH) waits when the shutdown comes."""
    server = await start_server(make_settings(sse_send_timeout=30.0, sse_shutdown_seconds=5.0))
    sock: socket.socket | None = None
    try:
        await server.post("/streams/real-time-captions", {"name": "deep", "max_buffer_size": 2000})
        stream = _live_stream(server, "deep")
        hub = server.svc.hub
        sock = await stalled_client(server, f"{API}/streams/consume/deep", http="1.0")
        await until(lambda: hub.count("stream") == 1 and stream.stats()["consumers"] == 1)
        (client,) = hub.clients
        buffer = _consumer_buffer(client)
        n = 0
        async with asyncio.timeout(30):  # until a write to it is pending
            while client.writing_since is None:
                await stream.produce({"n": n, "pad": PAD})
                n += 1
                await until(lambda: len(buffer) == 0 or client.writing_since is not None)
        small = MAX_BATCH + 44
        await stream.produce_many([{"n": n + i} for i in range(small)])
        assert len(buffer) >= small
        cleanup = asyncio.ensure_future(server.runner.cleanup())
        await until(lambda: client.finishing)
        async with asyncio.timeout(10):
            events = await _read_to_end(sock)
        await asyncio.wait_for(cleanup, 10)
        assert events[-1].event == "shutdown"
        assert [e.json["n"] for e in events[:-1]] == list(range(n + small))
        assert client.evicted is None
    finally:
        if sock is not None:
            sock.close()
        await server.session.close()


async def test_a_full_batch_then_quiet_is_not_a_stalled_client() -> None:
    server = await start_server(make_settings(sse_send_timeout=0.2))
    try:
        body = {"name": "burst", "max_buffer_size": 8, "overflow": "block"}
        await server.post("/streams/real-time-captions", body)
        hub = server.svc.hub
        async with server.session.get(server.api("/streams/consume/burst?limit=9")) as resp:
            await until(lambda: hub.count("stream") == 1)
            await server.post("/streams/produce", {"stream": "burst", "items": list(range(8))})
            assert [e.json for e in await read_events(resp, 8)] == list(range(8))
            # the batch filled the buffer; then nothing for 3 x send_timeout
            sweeps = hub.sweeps
            await until(lambda: hub.sweeps >= sweeps + 30)
            assert hub.evicted == 0
            await server.post("/streams/produce", {"stream": "burst", "items": ["late"]})
            assert [e.json for e in await read_events(resp)] == ["late"]
    finally:
        await stop_server(server)


async def test_resume_beyond_the_buffer_size_gets_every_missed_event(server: Server) -> None:
    body = {"name": "long", "max_buffer_size": 4, "replay_size": 100, "overflow": "error"}
    await server.post("/streams/real-time-captions", body)
    hub = server.svc.hub
    async with server.session.get(server.api("/streams/consume/long")) as live:
        await until(lambda: hub.count("stream") == 1)
        for start in range(0, 40, 4):
            items = list(range(start, start + 4))
            status, _ = await server.post("/streams/produce", {"stream": "long", "items": items})
            assert status == 202
            assert [e.json for e in await read_events(live, 4)] == items
    headers = {"Last-Event-ID": "5"}
    url = server.api("/streams/consume/long?limit=35")
    async with server.session.get(url, headers=headers) as resumed:
        assert resumed.status == 200
        events = await read_events(resumed)
    assert [e.event for e in events] == [None] * 35  # no reset: the window holds them all
    assert [int(e.id or 0) for e in events] == list(range(6, 41))
    assert [e.json for e in events] == list(range(5, 40))


class _TimedOutResponse:
    """A response whose write fails as aiohttp reports a TCP_USER_TIMEOUT expiry."""

    async def write(self, data: bytes) -> None:
        error = ConnectionResetError("Connection lost")
        error.__cause__ = TimeoutError(110, "Connection timed out")
        raise error


class _RequestStub:
    transport = None


async def test_a_write_the_kernel_timed_out_counts_as_an_eviction() -> None:
    options = SseOptions(queue_size=4, send_timeout=2.0, ping_seconds=15.0)
    client = SseClient(_RequestStub(), _TimedOutResponse(), "stream", options)  # type: ignore[arg-type]
    await client.run([Frame("hello", id="1")])
    assert client.evicted == "nothing was acknowledged for 2s"
    assert not client.gone


class _SilentResponse:
    """A response that accepts writes (a client that keeps up)."""

    def __init__(self) -> None:
        self.written: list[bytes] = []

    async def write(self, data: bytes) -> None:
        self.written.append(data)


def _state(client: SseClient) -> ClientState:
    return client.state  # read afresh: each call may see another state


async def test_a_client_leaves_live_once_and_its_state_says_how() -> None:
    """One state per client (issue 13 item 6): an eviction is not undone by a later
    finish or hang-up, and a finishing client writes what is ready, then its final
    frame."""
    options = SseOptions(queue_size=4, send_timeout=2.0, ping_seconds=15.0)
    response = _SilentResponse()
    client = SseClient(_RequestStub(), response, "stream", options)  # type: ignore[arg-type]
    assert _state(client) is ClientState.LIVE
    assert client.push(Frame("a", id="1"))
    client.finish(Frame("bye", event="shutdown"))
    assert _state(client) is ClientState.FINISHING
    client.finish(Frame("other", event="unsubscribed"))  # the first final frame stays
    await client.run([])
    assert b"".join(response.written) == (
        b"id: 1\r\ndata: a\r\n\r\nevent: shutdown\r\ndata: bye\r\n\r\n"
    )

    evicted = SseClient(_RequestStub(), _SilentResponse(), "stream", options)  # type: ignore[arg-type]
    evicted.evict("too slow")
    evicted.finish(Frame("bye", event="shutdown"))
    evicted.hang_up()
    assert _state(evicted) is ClientState.EVICTED
    assert (evicted.evicted, evicted.gone, evicted.stopping) == ("too slow", False, True)

    gone = SseClient(_RequestStub(), _SilentResponse(), "stream", options)  # type: ignore[arg-type]
    gone.hang_up()
    gone.finish()
    assert _state(gone) is ClientState.GONE
    assert (gone.evicted, gone.gone) == (None, True)


class _HeldResponse:
    """A response whose first write stays pending until the test releases it."""

    def __init__(self) -> None:
        self.written: list[bytes] = []
        self.writing = asyncio.Event()
        self.release = asyncio.Event()

    async def write(self, data: bytes) -> None:
        self.writing.set()
        await self.release.wait()
        self.written.append(data)


async def test_a_finish_while_a_write_is_pending_still_sends_the_final_frame() -> None:
    # the writer asks its source for a waiter right after a write: a finish that came
    # during the write must end the feed, not leave it waiting for the next entry
    stream = Stream("held", max_buffer_size=8)
    options = SseOptions(queue_size=4, send_timeout=2.0, ping_seconds=15.0)
    source = StreamSource(stream, None, None, 8)
    response = _HeldResponse()
    client = SseClient(_RequestStub(), response, "stream", options, source=source)  # type: ignore[arg-type]
    await stream.produce_many(["a", "b"])
    task = asyncio.create_task(client.run([]))
    async with asyncio.timeout(5):
        await response.writing.wait()
        client.finish(Frame("bye", event="shutdown"))
        response.release.set()
        await task
    await source.close()
    assert b"".join(response.written) == (
        b'id: 1\r\ndata: "a"\r\n\r\nid: 2\r\ndata: "b"\r\n\r\nevent: shutdown\r\ndata: bye\r\n\r\n'
    )
    assert client.writes == 2  # the two entries in one write, then the final frame


async def test_an_eviction_while_a_write_is_pending_ends_the_writer() -> None:
    stream = Stream("held", max_buffer_size=8)
    options = SseOptions(queue_size=4, send_timeout=2.0, ping_seconds=15.0)
    source = StreamSource(stream, None, None, 8)
    response = _HeldResponse()
    client = SseClient(_RequestStub(), response, "stream", options, source=source)  # type: ignore[arg-type]
    await stream.produce("a")
    task = asyncio.create_task(client.run([]))
    async with asyncio.timeout(5):
        await response.writing.wait()
        client.evict("too slow")
        response.release.set()
        await task
    await source.close()
    assert client.evicted == "too slow"
    assert client.writes == 1


async def test_a_batch_is_full_when_the_broadcast_buffer_was_full_when_taken() -> None:
    # what the watchdog's "its queue stayed full" rests on: a batch taken from a full
    # consumer buffer says so; one taken from a replay, or from a buffer with room, not
    stream = Stream("lag", max_buffer_size=3, replay_size=10)
    first = StreamSource(stream, None, None, 3)
    await stream.produce_many(["a", "b", "c"])  # the buffer is full
    batch = first.take(None)
    assert batch is not None
    assert (batch.events, batch.full) == (3, True)
    await stream.produce_many(["d", "e"])  # room for one more
    batch = first.take(1)
    assert batch is not None
    assert (batch.events, batch.full) == (1, False)
    resumed = StreamSource(stream, "1", None, 3)  # 2..5 replayed, none in its buffer
    batch = resumed.take(None)
    assert batch is not None
    assert (batch.events, batch.full) == (4, False)
    await first.close()
    await resumed.close()
