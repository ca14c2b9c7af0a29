"""The SSE benchmark's client worker: a separate process (``python -m bench.sse --worker``).

It opens its share of the SSE connections as raw asyncio protocols (:class:`SseCounter`),
counts the events of each read into a :class:`Tally` (with a 0.1 ms latency histogram),
reports progress on stdout and answers ``mark`` / ``stats`` / ``quit`` on stdin.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from bench._servers import PREFIX

STREAM = "fanout"
BUCKET_S = 1e-4  # latency histogram resolution: 0.1 ms


_STAMP = re.compile(rb'"t": ?([0-9]+\.[0-9]+)')


@dataclass(slots=True)
class Tally:
    """What one worker's connections received."""

    total: int = 0  # events ever (progress for the producer's window)
    count: int = 0  # events since the last mark
    receiving: int = 0  # connections that got at least one event
    lost: int = 0  # connections closed by the server
    last: float = 0.0  # arrival time of the newest event
    hist: dict[int, int] = field(default_factory=dict)  # latency bucket -> events

    def record(self, stamps: list[bytes]) -> None:
        now = time.monotonic()
        n = len(stamps)
        self.total += n
        self.count += n
        self.last = now
        hist = self.hist
        if stamps.count(stamps[0]) == n:  # the usual case: one batch, one send time
            bucket = int((now - float(stamps[0])) / BUCKET_S)
            hist[bucket] = hist.get(bucket, 0) + n
            return
        for stamp, k in Counter(stamps).items():
            bucket = int((now - float(stamp)) / BUCKET_S)
            hist[bucket] = hist.get(bucket, 0) + k


class SseCounter(asyncio.Protocol):
    """One SSE connection: skips the response head, then counts complete events.

    Chunked transfer framing is left in place: its lines hold no ``"t":`` and each
    server write is whole events, so only complete events (up to the last blank line)
    are scanned, and the rest waits for the next read.
    """

    def __init__(self, tally: Tally, request: bytes, ready: asyncio.Future[None]) -> None:
        self.tally = tally
        self.request = request
        self.ready = ready
        self.buf = b""
        self.streaming = False
        self.received = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        if self.buf:
            data = self.buf + data
            self.buf = b""
        if not self.streaming:
            head = data.find(b"\r\n\r\n")
            if head < 0:
                self.buf = data
                return
            status = data[: data.find(b"\r\n")]
            if status.split(b" ")[1:2] != [b"200"]:
                if not self.ready.done():
                    self.ready.set_exception(RuntimeError(status.decode(errors="replace")))
                return
            self.streaming = True
            self.ready.set_result(None)
            data = data[head + 4 :]
        end = data.rfind(b"\r\n\r\n")
        if end < 0:
            self.buf = data
            return
        end += 4
        if end < len(data):
            self.buf = data[end:]
        stamps = _STAMP.findall(data, 0, end)
        if stamps:
            if not self.received:
                self.tally.receiving += 1
            self.received += len(stamps)
            self.tally.record(stamps)

    def connection_lost(self, exc: Exception | None) -> None:
        self.tally.lost += 1
        if not self.ready.done():
            self.ready.set_exception(ConnectionError("closed before the response head"))


def protocol_for(reader: asyncio.StreamReader) -> Callable[[], asyncio.StreamReaderProtocol]:
    return lambda: asyncio.StreamReaderProtocol(reader)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def worker(port: int, clients: int) -> None:
    """Open ``clients`` SSE connections; report progress; answer ``mark``/``stats``."""
    loop = asyncio.get_running_loop()
    tally = Tally()
    path = f"{PREFIX}/streams/consume/{STREAM}"
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
    ).encode()
    gate = asyncio.Semaphore(64)  # stay under the server's listen backlog
    transports: list[asyncio.BaseTransport] = []

    async def connect() -> None:
        async with gate:
            ready: asyncio.Future[None] = loop.create_future()
            transport, _ = await loop.create_connection(
                lambda: SseCounter(tally, request, ready), "127.0.0.1", port
            )
            transports.append(transport)
            await ready

    await asyncio.gather(*(connect() for _ in range(clients)))
    _say("ready")

    async def progress() -> None:
        reported = -1
        while True:
            await asyncio.sleep(0.001)
            if tally.total != reported:
                reported = tally.total
                _say(f"p {reported} {tally.receiving}")

    reporter = asyncio.create_task(progress())
    stdin = asyncio.StreamReader()
    await loop.connect_read_pipe(protocol_for(stdin), sys.stdin)
    try:
        while line := (await stdin.readline()).decode().strip():
            if line == "mark":
                tally.count = 0
                tally.hist.clear()
                _say("marked")
            elif line == "stats":
                info = {
                    "count": tally.count,
                    "last": tally.last,
                    "lost": tally.lost,
                    "hist": sorted(tally.hist.items()),
                }
                _say("s " + json.dumps(info))
            elif line == "quit":
                break
    finally:
        reporter.cancel()
        for transport in transports:
            transport.close()
