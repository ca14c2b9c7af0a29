"""Waiting on conditions (never on wall-clock sleeps) and private redis-server instances."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, TypeVar

T = TypeVar("T")


async def wait_for(
    check: Callable[[], Awaitable[T]], *, timeout: float = 10.0, pause: float = 0.0
) -> T:
    """Poll ``check`` until it returns something truthy, within ``timeout`` seconds."""
    async with asyncio.timeout(timeout):
        while True:
            result = await check()
            if result:
                return result
            await asyncio.sleep(pause)


async def take(feed: AsyncGenerator[Any, None], count: int, timeout: float = 10.0) -> list[Any]:
    """The next ``count`` items of ``feed``."""
    out: list[Any] = []
    async with asyncio.timeout(timeout):
        while len(out) < count:
            out.append(await anext(feed))
    return out


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_redis(port: int) -> subprocess.Popen[bytes]:
    """A private, non-persistent redis-server on ``port``."""
    return subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--bind",
            "127.0.0.1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def wait_port(port: int, timeout: float = 10.0) -> None:
    """Until something accepts connections on ``port`` (a server starting)."""
    async with asyncio.timeout(timeout):
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.01)
                continue
            writer.close()
            await writer.wait_closed()
            return
