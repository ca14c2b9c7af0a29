"""Connections: a cap per client address, the header deadline, and the server runner.

aiohttp's own parts, and what is added here:

- **Header deadline** — aiohttp closes a connection that is waiting for a request
  (nothing yet, or headers not complete) when its keep-alive timer fires: from the
  connection's start, then from the end of each response. That timer *is* the header
  deadline: ``keepalive_timeout=CAPTIONFLOW_HEADER_TIMEOUT``. An idle kept-alive
  connection closes after the same time. No response is sent (there is no request
  to answer), as nginx does for ``client_header_timeout``.
- **Body deadline** — aiohttp has none; the gateway reads every body under
  ``CAPTIONFLOW_BODY_TIMEOUT`` (``app._gateway``): 408 problem+json, then the
  connection is closed after :data:`LINGER` seconds (aiohttp's lingering close).
- **Malformed requests** — a request aiohttp cannot parse or decode (a header line
  without a colon or too long, a chunk size that is no number, a ``Content-Encoding``
  it cannot decode: ``br``, a broken ``deflate``) is answered 400 by aiohttp and was
  logged as an ERROR with its traceback, a dozen lines for each such request a client
  sends. It is the client's fault: the runner's server logger
  (:class:`ClientErrorLog`) writes it as one INFO line naming the client and what was
  wrong; any other error keeps its ERROR and traceback.
- **Connections per client address** — aiohttp has no cap; :class:`ClientConnections`
  counts open connections by peer address, and :class:`GuardedRunner` wraps each new
  connection's protocol so that one over ``CAPTIONFLOW_MAX_CONNECTIONS_PER_CLIENT``
  is answered ``429`` problem+json at once and closed (at its first data, or after
  :data:`REFUSED_GRACE` seconds), before aiohttp parses anything. Behind a reverse
  proxy every client has the proxy's address: raise the cap there, or set 0 (off).

The runner is an ``AppRunner`` whose :attr:`~GuardedRunner.server` (the protocol
factory a site listens with) wraps aiohttp's ``RequestHandler`` in
:class:`_Admission`, a plain ``asyncio.Protocol`` that passes every call through.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

__all__ = ["LINGER", "REFUSED_GRACE", "ClientConnections", "ClientErrorLog", "GuardedRunner"]

REFUSED_GRACE = 1.0
"""Seconds a refused connection stays open for its request to arrive (then closed)."""

LINGER = 2.0
"""Seconds a client answered before its body ended (a 408, a 413, a 401) may still send
(read and dropped) before the connection closes: closing on unread data resets the
connection, and the client may lose the answer. aiohttp's default is 10 s."""


class ClientConnections:
    """Open connections by client address, at most ``limit`` each (0 = no limit)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.open: Counter[str] = Counter()
        self.refused = 0
        """Connections refused since start (``captionflow_connections_refused_total``)."""

    def admit(self, address: str) -> bool:
        """Count one more connection from ``address``; False (and counted) over the cap."""
        if self.limit and self.open[address] >= self.limit:
            self.refused += 1
            return False
        self.open[address] += 1
        return True

    def release(self, address: str) -> None:
        """One connection from ``address`` closed."""
        self.open[address] -= 1
        if self.open[address] <= 0:
            del self.open[address]

    def refusal(self, address: str) -> bytes:
        """The raw 429 response a refused connection gets."""
        detail = (
            f"{self.limit} connections from {address} are open, the most one client address "
            "may hold (CAPTIONFLOW_MAX_CONNECTIONS_PER_CLIENT); close some, or reuse them"
        )
        body = json.dumps(
            {
                "type": "https://captionflow.dev/problems/too-many-connections",
                "title": "Too many connections",
                "status": 429,
                "detail": detail,
                "limit": self.limit,
            }
        ).encode()
        head = (
            "HTTP/1.1 429 Too Many Requests\r\n"
            "Content-Type: application/problem+json\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Retry-After: 1\r\n"
            "Connection: close\r\n\r\n"
        )
        return head.encode() + body


def _address(transport: asyncio.BaseTransport) -> str:
    peer = transport.get_extra_info("peername")
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer or "unknown")


class _Admission(asyncio.Protocol):
    """aiohttp's protocol for one connection, admitted only within the cap."""

    def __init__(self, inner: asyncio.Protocol, connections: ClientConnections) -> None:
        self.inner = inner
        self.connections = connections
        self.address: str | None = None  # set once admitted
        self.refused: asyncio.Transport | None = None
        self.closer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        address = _address(transport)
        if self.connections.admit(address):
            self.address = address
            self.inner.connection_made(transport)
            return
        assert isinstance(transport, asyncio.Transport)
        self.refused = transport
        transport.write(self.connections.refusal(address))
        loop = asyncio.get_running_loop()
        self.closer = loop.call_later(REFUSED_GRACE, transport.close)

    def data_received(self, data: bytes) -> None:
        if self.refused is not None:
            # the request has arrived and is discarded: closing now sends FIN, not RST
            self.refused.close()
            return
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        if self.refused is not None:
            return None
        return self.inner.eof_received()

    def pause_writing(self) -> None:
        if self.refused is None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.refused is None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.closer is not None:
            self.closer.cancel()
        if self.address is not None:
            self.connections.release(self.address)
            self.inner.connection_lost(exc)


class ClientErrorLog(logging.LoggerAdapter[logging.Logger]):
    """aiohttp's server logger (``aiohttp.server``), with a client's malformed request
    logged as one INFO line instead of an ERROR and its traceback.

    aiohttp logs a request it could not parse with
    ``logger.exception("Error handling request from %s", remote, exc_info=error)``;
    an :class:`~aiohttp.http_exceptions.HttpProcessingError` below 500 is the client's
    (aiohttp answers it 400), anything else is the server's and is logged as it was.
    """

    def __init__(self) -> None:
        super().__init__(logging.getLogger("aiohttp.server"))

    def exception(self, msg: object, *args: object, **kwargs: Any) -> None:
        """One line for a client's malformed request; aiohttp's ERROR otherwise."""
        error = kwargs.get("exc_info")
        if isinstance(error, HttpProcessingError) and error.code < 500:
            client = args[0] if args else "a client"
            reason = " ".join(error.message.split())[:200]
            self.info("refused a malformed request from %s: %s (400)", client, reason)
            return
        super().exception(msg, *args, **kwargs)


class _Factory:
    """The protocol factory a site listens with: aiohttp's, each protocol wrapped
    (while there is a cap)."""

    def __init__(self, server: web.Server, connections: ClientConnections) -> None:
        self.server = server
        self.connections = connections

    def __call__(self) -> asyncio.Protocol:
        inner = self.server()
        if not self.connections.limit:
            return inner  # no cap (0): aiohttp's protocol itself, no call in between
        return _Admission(inner, self.connections)


class GuardedRunner(web.AppRunner):
    """An AppRunner whose sites admit at most ``connections.limit`` per client address.

    Args:
        app: the application.
        connections: the per-address counts (shared with the app's metrics).
        header_timeout: seconds for a request's headers (aiohttp's keep-alive timer).
        **kwargs: the rest of AppRunner's (``handler_cancellation``, ``access_log``, …).
    """

    def __init__(
        self,
        app: web.Application,
        connections: ClientConnections,
        *,
        header_timeout: float,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            app,
            keepalive_timeout=header_timeout,
            lingering_time=LINGER,
            logger=ClientErrorLog(),
            **kwargs,
        )
        self.connections = connections

    @property
    def server(self) -> Any:
        """The wrapped protocol factory (None before ``setup()``)."""
        inner = super().server
        return None if inner is None else _Factory(inner, self.connections)
