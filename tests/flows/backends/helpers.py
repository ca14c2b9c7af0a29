"""Waiting on conditions (never on wall-clock sleeps) and private redis-server instances."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
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


def watch_output(
    process: subprocess.Popen[bytes], needle: bytes, sink: Path | None = None
) -> threading.Event:
    """Copy a process's output to ``sink`` (else discard it) in a thread; the event is
    set at the first line containing ``needle``, or when the output ends (it died: the
    caller tells the two apart with :func:`exited`).

    The output is read to its end, so a chatty process never blocks on a full pipe.
    """
    found = threading.Event()
    stdout = process.stdout
    assert stdout is not None, "start the process with stdout=subprocess.PIPE"

    def copy() -> None:
        with contextlib.ExitStack() as stack:
            stack.enter_context(stdout)  # closed at the end of the output
            out = stack.enter_context(sink.open("ab")) if sink is not None else None
            for line in stdout:
                if out is not None:
                    out.write(line)
                    out.flush()
                if needle in line:
                    found.set()
        found.set()

    threading.Thread(target=copy, name=f"output of {process.pid}", daemon=True).start()
    return found


def exited(process: subprocess.Popen[bytes], grace: float = 1.0) -> bool:
    """Whether a process whose output may just have ended has exited (reaped)."""
    if process.stdout is not None and not process.stdout.closed:
        return process.poll() is not None  # its output is still open: it runs
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        return False  # closed its output but runs on
    return True


def start_redis(port: int) -> RedisProcess:
    """A private, non-persistent redis-server on ``port``; await :meth:`ready` next."""
    process = subprocess.Popen(
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
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    return RedisProcess(process, watch_output(process, b"Ready to accept connections"))


@dataclass
class RedisProcess:
    """A redis-server process, and the event set once it accepts connections."""

    process: subprocess.Popen[bytes]
    accepting: threading.Event

    async def ready(self, timeout: float = 10.0) -> None:
        """Until the server says it accepts connections (an event, not polling)."""
        if not await asyncio.to_thread(self.accepting.wait, timeout):
            msg = f"redis-server did not start within {timeout:g}s"
            raise TimeoutError(msg)
        if await asyncio.to_thread(exited, self.process):
            msg = f"redis-server exited with {self.process.returncode}"
            raise RuntimeError(msg)

    def kill(self) -> None:
        """``kill -9`` and reap it."""
        self.process.kill()
        self.process.wait()
