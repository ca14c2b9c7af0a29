"""Issue 15 item 5: no body-read deadline, headers bounded only by aiohttp's 75 s
keep-alive, no cap per client address: 500 POSTs sending their body at 1 B/s were all
still open after 130 s. Now headers have ``CAPTIONFLOW_HEADER_TIMEOUT``, bodies
``CAPTIONFLOW_BODY_TIMEOUT`` (then 408), and one address holds at most
``CAPTIONFLOW_MAX_CONNECTIONS_PER_CLIENT`` connections (then 429).

Each slow client paces its own writes (``asyncio.sleep``: that is the attack); the
tests wait for the server's answer or its close, never for time to pass.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any
from unittest import mock

import aiohttp
import pytest
from aiohttp import ClientConnectionResetError
from aiohttp.streams import StreamReader
from aiohttp.test_utils import make_mocked_request

from app._connections import LINGER
from app._gateway import _read_body
from tests.app.helpers import API, Server, make_settings, start_server, stop_server, until

DEADLINE = 1.0
SLACK = 1.5  # the server's timers, plus scheduling on a loaded machine
PRODUCE = f"{API}/streams/produce"


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    settings = make_settings(
        header_timeout=DEADLINE, body_timeout=DEADLINE, max_connections_per_client=64
    )
    srv = await start_server(settings)
    try:
        yield srv
    finally:
        await stop_server(srv)


async def connect(server: Server) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    port = int(server.url.rsplit(":", 1)[1])
    return await asyncio.open_connection("127.0.0.1", port)


async def trickle(writer: asyncio.StreamWriter, data: bytes, pause: float) -> None:
    """Send ``data`` one byte at a time (until the server hangs up)."""
    for i in range(len(data)):
        if writer.is_closing():
            return
        writer.write(data[i : i + 1])
        try:
            await writer.drain()
        except ConnectionError:
            return
        await asyncio.sleep(pause)


async def until_closed(reader: asyncio.StreamReader) -> bytes:
    """Everything the server sends before it closes the connection."""
    try:
        return await reader.read()
    except ConnectionError:
        return b""


async def answer_then_close(
    reader: asyncio.StreamReader, started: float
) -> tuple[bytes, float, float]:
    """What the server sends, when its first byte came and when it closed (seconds)."""
    first = await reader.read(1)
    answered = time.monotonic() - started
    rest = await reader.read()  # a reset here would mean the answer could be lost
    return first + rest, answered, time.monotonic() - started


async def slow_body(server: Server) -> tuple[bytes, float, float]:
    """A POST whose headers arrive at once and whose body comes at 10 B/s: what it got,
    when the answer came and when the connection closed."""
    reader, writer = await connect(server)
    body = json.dumps({"stream": "s", "items": [{"caption": "x" * 200}]}).encode()
    head = (
        f"POST {PRODUCE} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    started = time.monotonic()
    writer.write(head)
    sender = asyncio.create_task(trickle(writer, body, 0.1))
    result = await answer_then_close(reader, started)
    sender.cancel()
    writer.close()
    return result


async def test_a_slow_body_gets_408_at_the_deadline_and_is_closed(server: Server) -> None:
    answer, answered, closed = await asyncio.wait_for(slow_body(server), DEADLINE + LINGER + 5)
    assert answer.startswith(b"HTTP/1.1 408 Request Timeout\r\n"), answer[:200]
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"Content-Type: application/problem+json" in head
    assert b"Connection: close" in head
    problem: dict[str, Any] = json.loads(body)
    assert "CAPTIONFLOW_BODY_TIMEOUT" in problem["detail"]
    assert DEADLINE <= answered < DEADLINE + SLACK
    # the 408 is followed at once by the end of the server's stream, so a client still
    # sending reads the answer and its end; what it sends meanwhile is read and dropped
    # for LINGER seconds, then the connection is closed. (The end came only with the
    # close: a byte arriving just before it made the close a reset, and the client lost
    # the 408 it had already received — a CI failure under load.)
    assert closed - answered < LINGER / 2


async def test_slow_headers_are_cut_at_the_deadline(server: Server) -> None:
    reader, writer = await connect(server)
    head = f"POST {PRODUCE} HTTP/1.1\r\nHost: x\r\nX-Slow: {'a' * 200}\r\n\r\n".encode()
    started = time.monotonic()
    sender = asyncio.create_task(trickle(writer, head, 0.1))
    answer = await asyncio.wait_for(until_closed(reader), DEADLINE + SLACK + 5)
    took = time.monotonic() - started
    sender.cancel()
    writer.close()
    assert answer == b""  # there is no request to answer: the connection is closed
    assert DEADLINE <= took < DEADLINE + SLACK


async def test_fifty_slow_senders_leave_no_connection_open(server: Server) -> None:
    """The issue's attack, scaled down: every slow sender is answered and closed by the
    deadline, and the server answers others meanwhile."""
    senders = [asyncio.create_task(slow_body(server)) for _ in range(50)]
    await asyncio.sleep(0)
    async with server.session.get(f"{server.url}/health") as resp:
        assert resp.status == 200
    results = await asyncio.wait_for(asyncio.gather(*senders), DEADLINE + LINGER + 10)
    assert all(answer.startswith(b"HTTP/1.1 408") for answer, _, _ in results)
    slowest = max(answered for _, answered, _ in results)
    last_close = max(closed for _, _, closed in results)
    # the fifty senders share this test's event loop with the server: on a loaded
    # machine their wake-ups (500 a second) delay its timers by seconds (3.0 s was seen
    # in CI); the bound still proves the cut: without it a body takes 23 s to arrive
    crowded = 3 * SLACK
    assert slowest < DEADLINE + crowded
    assert last_close < DEADLINE + LINGER + crowded
    # nothing of theirs is left: only this test's own session may hold connections
    await server.session.close()
    open_now = sum(server.svc.connections.open.values())
    assert open_now == 0, server.svc.connections.open
    print(
        f"\n50 slow senders: all 408 within {slowest:.2f}s, all closed within "
        f"{last_close:.2f}s; connections left open: {open_now}"
    )


async def test_an_idle_connection_is_closed_after_the_header_deadline(server: Server) -> None:
    reader, writer = await connect(server)
    started = time.monotonic()
    assert await asyncio.wait_for(until_closed(reader), DEADLINE + SLACK + 5) == b""
    assert DEADLINE <= time.monotonic() - started < DEADLINE + SLACK
    writer.close()


async def test_one_address_holds_at_most_the_cap() -> None:
    srv = await start_server(make_settings(max_connections_per_client=4))
    held: list[asyncio.StreamWriter] = []
    try:
        for _ in range(4):
            _, writer = await connect(srv)
            held.append(writer)
        reader, writer = await connect(srv)
        writer.write(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = await asyncio.wait_for(until_closed(reader), 5)
        writer.close()
        assert answer.startswith(b"HTTP/1.1 429 Too Many Requests\r\n"), answer[:200]
        problem = json.loads(answer.partition(b"\r\n\r\n")[2])
        assert problem["limit"] == 4
        assert "CAPTIONFLOW_MAX_CONNECTIONS_PER_CLIENT" in problem["detail"]
        # one closed makes room for one more
        held.pop().close()
        await until(lambda: sum(srv.svc.connections.open.values()) < 4)
        reader, writer = await connect(srv)
        writer.write(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert (await asyncio.wait_for(until_closed(reader), 5)).startswith(b"HTTP/1.1 200")
        writer.close()
        assert srv.svc.connections.refused == 1
        await srv.session.close()
        async with aiohttp.ClientSession() as session, session.get(f"{srv.url}/metrics") as resp:
            text = await resp.text()
        assert "captionflow_connections_refused_total 1.0" in text
    finally:
        for writer in held:
            writer.close()
        await stop_server(srv)


async def test_a_client_gone_before_its_408_is_written_is_counted_as_a_408() -> None:
    """The body's deadline passes and the client has already reset the connection:
    writing the 408 fails, and that is the end of it (the answer was decided; a reset
    peer is no server error), not an exception the gateway would count as a 500."""
    writer = mock.Mock()
    writer.write_headers = mock.AsyncMock(
        side_effect=ClientConnectionResetError("Cannot write to closing transport")
    )
    body = StreamReader(mock.Mock(_reading_paused=False), 2**16, loop=asyncio.get_running_loop())
    request = make_mocked_request(
        "POST", "/produce", headers={"Content-Length": "10"}, writer=writer, payload=body
    )
    answer = await _read_body(request, 0)  # the body never comes: the deadline is now
    assert answer is not None
    assert answer.status == 408
    assert not answer.keep_alive
