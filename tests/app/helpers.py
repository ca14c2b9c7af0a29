"""A real server on a free port, an SSE reader, and condition waits (no sleeps)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from app import SERVICES, Services, Settings, create_app
from app._serve import runner_for

API = "/api/v14/async-flows"


@dataclass
class Server:
    """A running app, its base URL and a client session."""

    app: web.Application
    runner: web.AppRunner
    url: str
    session: aiohttp.ClientSession

    @property
    def svc(self) -> Services:
        return self.app[SERVICES]

    def api(self, path: str) -> str:
        return f"{self.url}{API}{path}"

    async def post(self, path: str, body: Any) -> tuple[int, Any]:
        async with self.session.post(self.api(path), json=body) as resp:
            return resp.status, await resp.json(content_type=None)


def make_settings(**overrides: Any) -> Settings:
    """Settings with tiny timeouts so failure paths finish fast."""
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": 0,
        "sse_send_timeout": 0.5,
        "sse_ping_seconds": 15.0,
        "sse_client_queue": 16,
        "metrics_live_interval": 0.0,
        "request_timeout": 0.5,
        "webhook_base_delay": 0.0,
        "cache_ttl": 60.0,
    }
    values.update(overrides)
    return Settings(**values)


async def start_server(settings: Settings | None = None) -> Server:
    app = create_app(settings or make_settings())
    # as ``python -m app`` runs it: its limits, and a client that goes away cancels its
    # handler
    runner = runner_for(app, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    session = aiohttp.ClientSession()
    return Server(app, runner, f"http://127.0.0.1:{port}", session)


async def stop_server(server: Server) -> None:
    await server.session.close()
    await server.runner.cleanup()


async def until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Yield to the loop until ``predicate()`` holds (TimeoutError after ``timeout``)."""
    async with asyncio.timeout(timeout):
        # polling is the point: the condition is app state, not an awaitable
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0)


@dataclass
class SseEvent:
    id: str | None = None
    event: str | None = None
    data: list[str] = field(default_factory=list)
    retry: int | None = None

    @property
    def json(self) -> Any:
        return json.loads("\n".join(self.data))


async def read_events(
    resp: aiohttp.ClientResponse, count: int | None = None, *, with_retry: bool = False
) -> list[SseEvent]:
    """Parse SSE frames until ``count`` data events (or the end of the stream)."""
    out: list[SseEvent] = []
    current = SseEvent()
    seen = False
    while count is None or sum(1 for e in out if e.data) < count:
        raw = await resp.content.readline()
        if not raw:
            break
        line = raw.decode().rstrip("\r\n")
        if line == "":
            if seen and (current.data or with_retry):
                out.append(current)
            current, seen = SseEvent(), False
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        seen = True
        if name == "id":
            current.id = value
        elif name == "event":
            current.event = value
        elif name == "data":
            current.data.append(value)
        elif name == "retry":
            current.retry = int(value)
    return out


async def stalled_client(server: Server, path: str, http: str = "1.1") -> socket.socket:
    """A raw socket with a tiny receive buffer that sends a GET and never reads.

    ``http="1.0"``: no chunked encoding, and the server closes the connection at the end.
    """
    parts = urlsplit(server.url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    loop = asyncio.get_running_loop()
    await loop.sock_connect(sock, (parts.hostname, parts.port))
    request = f"GET {path} HTTP/{http}\r\nHost: {parts.netloc}\r\nAccept: text/event-stream\r\n\r\n"
    await loop.sock_sendall(sock, request.encode())
    return sock
