"""Serving an app: the runner every server uses (``python -m app`` and the tests), and
the run loop until SIGINT/SIGTERM.

``web.run_app`` builds its own ``AppRunner``; the service needs
:class:`~app._connections.GuardedRunner` (the cap per client address), so the loop is
here: set up, listen, announce, wait for a signal, clean up (graceful: SSE clients
get ``event: shutdown``).
"""

from __future__ import annotations

import asyncio
import errno
import os
import signal
import socket
from collections.abc import Callable

from aiohttp import web

from ._connections import GuardedRunner
from ._startup import StartupError
from ._state import SERVICES

__all__ = ["MAX_LINE_SIZE", "runner_for", "serve"]

MAX_LINE_SIZE = 65_536
"""GET /captions/stream carries the post in its query: 2,200 characters can be 26 KB
percent-encoded, beyond aiohttp's 8 KiB request line default."""


def runner_for(app: web.Application, *, shutdown_timeout: float | None = None) -> GuardedRunner:
    """The runner for ``app`` (not set up), configured from its settings.

    A client that goes away cancels its handler (``handler_cancellation``): SSE feeds
    detach at once.
    """
    svc = app[SERVICES]
    settings = svc.settings
    return GuardedRunner(
        app,
        svc.connections,
        header_timeout=settings.header_timeout,
        shutdown_timeout=(
            settings.sse_shutdown_seconds + 1 if shutdown_timeout is None else shutdown_timeout
        ),
        handler_cancellation=True,
        max_line_size=MAX_LINE_SIZE,
    )


_LISTEN_HINTS = {
    errno.EADDRINUSE: "another process holds the port: stop it, or set another CAPTIONFLOW_PORT",
    errno.EADDRNOTAVAIL: "the host is no address of this machine: check CAPTIONFLOW_HOST",
    errno.EACCES: "ports below 1024 need privileges: set another CAPTIONFLOW_PORT",
}


def _cannot_listen(host: str, port: int, error: OSError) -> str:
    if isinstance(error, socket.gaierror):  # its number is the resolver's, not an errno
        reason = (error.strerror or str(error)).lower()
        hint = "the host name does not resolve to an address here: check CAPTIONFLOW_HOST"
        return f"cannot listen on {host}:{port}: {reason}; {hint}"
    reason = os.strerror(error.errno).lower() if error.errno else str(error)
    hint = _LISTEN_HINTS.get(error.errno or 0, "check CAPTIONFLOW_HOST and CAPTIONFLOW_PORT")
    return f"cannot listen on {host}:{port}: {reason}; {hint}"


async def serve(app: web.Application, announce: Callable[[str], None]) -> None:
    """Serve ``app`` on its settings' host and port until SIGINT or SIGTERM.

    Raises:
        StartupError: the address cannot be listened on (in use, not an interface here).
    """
    settings = app[SERVICES].settings
    runner = runner_for(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.host, settings.port)
        try:
            await site.start()
        except OSError as error:
            raise StartupError(_cannot_listen(settings.host, settings.port, error)) from None
        announce(f"======== Running on {site.name} ========")
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await stop.wait()
    finally:
        await runner.cleanup()
