"""Issue 15 item 2: on the default ``overflow: block``, one SSE client that does not
read stalled every producer and reader until the SSE watchdog evicted it (~10 s:
producer and reader p99 8.5 s), and after the only consumer was gone every produce
waited 30 s for a 429. Now the stream evicts a consumer that has kept a producer
waiting ``CAPTIONFLOW_SLOW_CONSUMER_TIMEOUT`` (2 s) since it first did, and a stream
nobody reads keeps its newest entries without making anyone wait.

Against ``python -m app`` with its defaults, on a real port (a stream of 20 entries
per buffer, so 200 items of 64 KiB fill it and the socket buffers); the non-reading
client is a raw socket with a tiny receive buffer that never reads.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import aiohttp

from ._live import API, Process

PAD = "x" * 65_536  # each item fills the stalled client's socket buffers fast
TIMEOUT = 2.0  # CAPTIONFLOW_SLOW_CONSUMER_TIMEOUT's default
SLACK = 1.5  # HTTP round trips and scheduling on a loaded machine
ITEMS = 200


async def stalled_reader(process: Process, path: str) -> socket.socket:
    """A GET of an SSE feed from a socket that never reads (4 KiB receive buffer)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    loop = asyncio.get_running_loop()
    await loop.sock_connect(sock, ("127.0.0.1", process.port))
    request = f"GET {API}{path} HTTP/1.0\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n"
    await loop.sock_sendall(sock, request.encode())
    return sock


async def metric(session: aiohttp.ClientSession, process: Process, line: str) -> float | None:
    """The value of the /metrics sample starting with ``line`` (None if absent)."""
    async with session.get(f"{process.url}/metrics") as resp:
        text = await resp.text()
    for sample in text.splitlines():
        if sample.startswith(line + " "):
            return float(sample.rsplit(" ", 1)[1])
    return None


async def consumers(session: aiohttp.ClientSession, process: Process) -> int:
    """How many consumers stream ``s`` has now (``GET /flows/s``)."""
    async with session.get(process.api("/flows/s")) as resp:
        detail = await resp.json()
    count: int = detail["status"]["stats"]["consumers"]
    return count


async def until_consumers(session: aiohttp.ClientSession, process: Process, count: int) -> None:
    async with asyncio.timeout(10):
        # polling is the point: the condition is server state, read over HTTP
        while await consumers(session, process) != count:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def produce(session: aiohttp.ClientSession, process: Process, item: Any) -> float:
    """POST one item; how long the answer took (asserting a 202)."""
    started = time.monotonic()
    body = {"stream": "s", "items": [item]}
    async with session.post(process.api("/streams/produce"), json=body) as resp:
        assert resp.status == 202, await resp.text()
    return time.monotonic() - started


async def read_data(resp: aiohttp.ClientResponse, count: int) -> list[Any]:
    """The JSON of the next ``count`` data events of an SSE response."""
    out: list[Any] = []
    while len(out) < count:
        line = await resp.content.readline()
        assert line, "the feed ended early"
        if line.startswith(b"data: "):
            out.append(json.loads(line[6:]))
    return out


async def test_a_client_that_does_not_read_stalls_producers_at_most_the_timeout(
    process: Process,
) -> None:
    sock: socket.socket | None = None
    async with aiohttp.ClientSession() as session:
        async with session.post(
            process.api("/streams/real-time-captions"), json={"name": "s", "max_buffer_size": 20}
        ) as resp:
            assert resp.status == 201
        try:
            sock = await stalled_reader(process, "/streams/consume/s")
            async with session.get(process.api("/streams/consume/s")) as good:
                assert good.status == 200
                await until_consumers(session, process, 2)
                reader = asyncio.ensure_future(read_data(good, ITEMS))
                waits = [
                    await produce(session, process, {"n": n, "pad": PAD}) for n in range(ITEMS)
                ]
                async with asyncio.timeout(30):
                    received = await reader
            # the reading client got everything, in order, though the other stalled
            assert [item["n"] for item in received] == list(range(ITEMS))
            evicted = await metric(session, process, 'captionflow_stream_evicted_total{stream="s"}')
            assert evicted == 1.0
            assert max(waits) < TIMEOUT + SLACK
            # the stall was one wait (from when it first blocked), not one per produce
            assert sum(waits) < TIMEOUT + SLACK + ITEMS * 0.05
            print(
                f"\nproducer max wait with a non-reading SSE client: {max(waits):.2f}s "
                f"(total {sum(waits):.2f}s for {ITEMS} produces)"
            )
        finally:
            if sock is not None:
                sock.close()

        # nobody reads now: producing into the full stream answers at once (was 30 s + 429)
        waits = [await produce(session, process, {"n": n, "pad": "y"}) for n in range(300)]
        assert max(waits) < 0.5
        waits.sort()
        print(
            f"produce with no consumer left: median {waits[150] * 1000:.1f} ms, "
            f"max {waits[-1] * 1000:.1f} ms"
        )
        dropped = await metric(session, process, 'captionflow_stream_dropped_total{stream="s"}')
        assert dropped is not None
        assert dropped > 0  # the oldest entries went, counted
