"""Benchmark helpers: the bare baseline servers, and running processes on their own core.

    python -m bench._servers echo --port P        # bare aiohttp + pydantic echo handler
    python -m bench._servers broadcast --port P   # bare coalescing SSE broadcaster

Both serve the captionflow paths, so one load generator drives either server.
captionflow itself runs as ``python -m app`` (its real entry point), configured by
``CAPTIONFLOW_*`` variables. :func:`spawn` starts any of them (and the load
generators) in a separate process, pinned to one core, with the fd limit raised and
a parent-death signal set, so that no process outlives a crashed benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import itertools
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict

__all__ = [
    "Cores",
    "ProcStats",
    "Proc",
    "cores",
    "free_port",
    "proc_stats",
    "raise_nofile",
    "spawn",
    "wait_port",
]

PREFIX = "/api/v14/async-flows"
_PR_SET_PDEATHSIG = 1


# -- process plumbing ---------------------------------------------------------------


def raise_nofile() -> int:
    """Raise the soft fd limit to the hard one; returns the new soft limit."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else 1 << 20
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


@dataclass(frozen=True, slots=True)
class Cores:
    """Where the server runs and where the load generators (and this process) run."""

    server: set[int]
    load: set[int]

    def describe(self) -> str:
        """One line for the report."""
        if self.server == self.load:
            return f"server and load share cpu {sorted(self.server)} (fewer than 2 cores)"
        return f"server pinned to cpu {sorted(self.server)}, load generators to {sorted(self.load)}"


def cores() -> Cores:
    """The first available core for servers, the rest for load; pins this process too."""
    avail = sorted(os.sched_getaffinity(0))
    if len(avail) < 2:
        return Cores(set(avail), set(avail))
    chosen = Cores({avail[0]}, set(avail[1:]))
    os.sched_setaffinity(0, chosen.load)
    return chosen


def _child_setup(cpus: set[int] | None) -> None:
    """In the child, before exec: die with the parent, own fd limit, own core."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    raise_nofile()
    if cpus:
        os.sched_setaffinity(0, cpus)


@dataclass(slots=True)
class Proc:
    """A started process; :meth:`stop` terminates it, then kills it."""

    name: str
    popen: subprocess.Popen[bytes]
    port: int | None = None

    @property
    def pid(self) -> int:
        """The process id."""
        return self.popen.pid

    def alive(self) -> bool:
        """Still running."""
        return self.popen.poll() is None

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM, wait up to ``grace`` s, then SIGKILL; always reaps."""
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.popen.terminate()
            try:
                self.popen.wait(grace)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    self.popen.kill()
                self.popen.wait()
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def spawn(
    name: str,
    argv: Sequence[str],
    *,
    cpus: set[int] | None,
    env: dict[str, str] | None = None,
    port: int | None = None,
    pipes: bool = False,
) -> Proc:
    """Start ``argv`` pinned to ``cpus`` (stdin/stdout piped if ``pipes``)."""
    popen = subprocess.Popen(
        list(argv),
        env={**os.environ, **(env or {})},
        stdin=subprocess.PIPE if pipes else subprocess.DEVNULL,
        stdout=subprocess.PIPE if pipes else subprocess.DEVNULL,
        stderr=None,
        preexec_fn=lambda: _child_setup(cpus),  # before exec: wrk threads inherit the core
    )
    return Proc(name, popen, port)


@contextlib.contextmanager
def processes() -> Iterator[list[Proc]]:
    """A list to put started processes in; all are stopped on exit, whatever happens."""
    procs: list[Proc] = []
    try:
        yield procs
    finally:
        for proc in reversed(procs):
            proc.stop()


def free_port() -> int:
    """An unused TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_port(proc: Proc, timeout: float = 30.0) -> None:
    """Block until ``proc`` accepts connections on its port.

    Raises:
        RuntimeError: the process exited or did not listen within ``timeout``.
    """
    assert proc.port is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not proc.alive():
            msg = f"{proc.name} exited with code {proc.popen.returncode}"
            raise RuntimeError(msg)
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", proc.port)) == 0:
                return
        time.sleep(0.05)
    msg = f"{proc.name} did not listen on port {proc.port} within {timeout:g}s"
    raise RuntimeError(msg)


def start_server(kind: str, cpus: set[int] | None, env: dict[str, str] | None = None) -> Proc:
    """Start ``captionflow`` (``python -m app``), ``echo`` or ``broadcast``; wait for it."""
    port = free_port()
    if kind == "captionflow":
        argv = [sys.executable, "-m", "app"]
        env = {
            "CAPTIONFLOW_HOST": "127.0.0.1",
            "CAPTIONFLOW_PORT": str(port),
            # no per-request access log line, as for the baselines
            "CAPTIONFLOW_LOG_LEVEL": "WARNING",
            # every benchmark client connects from 127.0.0.1 (1,000 SSE clients): no cap
            "CAPTIONFLOW_MAX_CONNECTIONS_PER_CLIENT": "0",
            **(env or {}),
        }
    else:
        argv = [sys.executable, "-m", "bench._servers", kind, "--port", str(port)]
    proc = spawn(kind, argv, cpus=cpus, env=env, port=port)
    try:
        wait_port(proc)
    except BaseException:
        proc.stop()
        raise
    return proc


@dataclass(frozen=True, slots=True)
class ProcStats:
    """Resident memory now and at peak (KiB) and CPU seconds used so far."""

    rss_kib: int
    hwm_kib: int
    cpu_seconds: float


def proc_stats(pid: int) -> ProcStats:
    """Read ``/proc/<pid>/status`` (VmRSS, VmHWM) and ``/proc/<pid>/stat`` (utime+stime)."""
    fields: dict[str, int] = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        # fields after the ")" that closes the command name; utime and stime are 14, 15
        parts = stat.read().rpartition(")")[2].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(parts[11]) + int(parts[12])) / ticks
    return ProcStats(fields.get("VmRSS", 0), fields.get("VmHWM", 0), cpu)


# -- the baseline servers -----------------------------------------------------------


class EchoBody(BaseModel):
    """The execute request, as captionflow's ExecuteRequest without the name checks."""

    model_config = ConfigDict(extra="forbid")
    pipeline: str
    data: Any


class ProduceBody(BaseModel):
    """The produce request."""

    model_config = ConfigDict(extra="forbid")
    stream: str
    items: list[Any]


def echo_app() -> web.Application:
    """A bare aiohttp app: parse the execute body into a pydantic model, return it."""

    async def execute(request: web.Request) -> web.Response:
        body = EchoBody.model_validate(await request.json())
        return web.json_response(body.model_dump())

    app = web.Application()
    app.router.add_post(f"{PREFIX}/pipelines/execute", execute)
    return app


@dataclass(eq=False, slots=True)
class _Listener:
    """One SSE client of the broadcaster: encoded frames waiting for the next write."""

    pending: list[bytes] = field(default_factory=list)
    wake: asyncio.Event = field(default_factory=asyncio.Event)


def broadcast_app() -> web.Application:
    """A bare aiohttp SSE broadcaster: each batch is encoded once, and each client's
    queued batches go out in one write (no per-client bound, no eviction, no resume)."""
    listeners: set[_Listener] = set()
    ids = itertools.count(1)

    async def consume(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        listener = _Listener()
        listeners.add(listener)
        try:
            while True:
                await listener.wake.wait()
                listener.wake.clear()
                chunk = b"".join(listener.pending)
                listener.pending.clear()
                await response.write(chunk)
        except (ConnectionError, RuntimeError):
            pass
        finally:
            listeners.discard(listener)
        return response

    async def produce(request: web.Request) -> web.Response:
        body = ProduceBody.model_validate(await request.json())
        frames = "".join(
            f"id: {next(ids)}\r\ndata: {json.dumps(item)}\r\n\r\n" for item in body.items
        ).encode()
        for listener in listeners:
            listener.pending.append(frames)
            listener.wake.set()
        return web.json_response({"accepted": len(body.items), "dropped": 0}, status=202)

    app = web.Application()
    app.router.add_get(f"{PREFIX}/streams/consume/{{stream_name}}", consume)
    app.router.add_post(f"{PREFIX}/streams/produce", produce)
    return app


def main() -> None:
    """Serve one baseline app until SIGTERM."""
    parser = argparse.ArgumentParser(description="bare baseline servers for bench/")
    parser.add_argument("kind", choices=["echo", "broadcast"])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    raise_nofile()
    app = echo_app() if args.kind == "echo" else broadcast_app()
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
