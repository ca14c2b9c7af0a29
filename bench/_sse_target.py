"""The SSE benchmark's orchestrator side: one server, its client workers and the producer.

:class:`Target` reads the workers' progress, produces batches within the window and
measures one round (:class:`RoundStats`); :func:`summary` takes the medians over rounds.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, field

import aiohttp

from bench._servers import PREFIX, Proc, proc_stats, spawn
from bench._sse_client import BUCKET_S, STREAM, protocol_for

CAPTION = "Golden hour at the lake, dog in tow #sunset #hike"


@dataclass(slots=True)
class RoundStats:
    """One round of one target."""

    rate: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    rss_mib: float
    hwm_mib: float
    server_cpu: float
    load_cpu: float
    lost: int
    undelivered: int
    errors: int


def percentile(hist: dict[int, int], q: float) -> float:
    """The ``q`` quantile (0..1) of a latency histogram, in ms."""
    total = sum(hist.values())
    if not total:
        return 0.0
    rank = q * total
    seen = 0
    for bucket in sorted(hist):
        seen += hist[bucket]
        if seen >= rank:
            return (bucket + 1) * BUCKET_S * 1e3
    return max(hist) * BUCKET_S * 1e3


@dataclass(slots=True)
class Target:
    """One server with its client workers, driven by this process's producer."""

    name: str
    server: Proc
    workers: list[Proc]
    clients: int
    batch: int
    window: int
    producers: int
    delivered: list[int] = field(default_factory=list)
    receiving: list[int] = field(default_factory=list)
    replies: list[asyncio.Queue[str]] = field(default_factory=list)
    progress: asyncio.Event = field(default_factory=asyncio.Event)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    pipes: list[asyncio.BaseTransport] = field(default_factory=list)
    session: aiohttp.ClientSession | None = None
    history: list[RoundStats] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{PREFIX}/streams"

    async def start(self) -> None:
        """Read every worker's output; wait until all its connections are streaming."""
        loop = asyncio.get_running_loop()
        self.session = aiohttp.ClientSession()
        for i, proc in enumerate(self.workers):
            reader = asyncio.StreamReader(limit=1 << 24)
            assert proc.popen.stdout is not None
            pipe, _ = await loop.connect_read_pipe(protocol_for(reader), proc.popen.stdout)
            self.pipes.append(pipe)
            self.delivered.append(0)
            self.receiving.append(0)
            self.replies.append(asyncio.Queue())
            self.tasks.append(asyncio.create_task(self._read(i, reader)))
        for i, proc in enumerate(self.workers):
            reply = await asyncio.wait_for(self.replies[i].get(), 120)
            if reply != "ready":
                msg = f"{proc.name}: {reply}"
                raise RuntimeError(msg)

    async def _read(self, i: int, reader: asyncio.StreamReader) -> None:
        while line := (await reader.readline()).decode().rstrip("\n"):
            if line.startswith("p "):
                _, total, receiving = line.split()
                self.delivered[i] = int(total)
                self.receiving[i] = int(receiving)
                self.progress.set()
            else:
                await self.replies[i].put(line)
        await self.replies[i].put("exited")

    async def ask(self, command: str) -> list[str]:
        """Send a command to every worker and collect one reply line from each."""
        for proc in self.workers:
            assert proc.popen.stdin is not None
            proc.popen.stdin.write(command.encode() + b"\n")
            proc.popen.stdin.flush()
        return [await asyncio.wait_for(q.get(), 30) for q in self.replies]

    async def stop(self) -> None:
        """Close the producer session and the output readers."""
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for pipe in self.pipes:  # before the pipes' fds close, so a later Target can reuse them
            pipe.close()
        if self.session is not None:
            await self.session.close()

    async def produce(self, n: int) -> bool:
        """POST one batch of ``n`` items stamped with the send time; True on 202."""
        assert self.session is not None
        now = time.monotonic()
        items = ",".join(f'{{"t": {now:.6f}, "i": {i}, "caption": "{CAPTION}"}}' for i in range(n))
        body = f'{{"stream": "{STREAM}", "items": [{items}]}}'
        async with self.session.post(
            f"{self.base}/produce", data=body, headers={"Content-Type": "application/json"}
        ) as response:
            await response.read()
            return response.status == 202

    async def settle(self, timeout: float = 30.0) -> None:
        """Until every connection has received an event, then until deliveries stop."""
        deadline = time.monotonic() + timeout
        while sum(self.receiving) < self.clients and time.monotonic() < deadline:
            await self.produce(1)
            await asyncio.sleep(0.05)
        if sum(self.receiving) < self.clients:
            msg = f"{self.name}: only {sum(self.receiving)} of {self.clients} clients receive"
            raise RuntimeError(msg)
        last = -1
        while sum(self.delivered) != last:
            last = sum(self.delivered)
            await asyncio.sleep(0.2)

    async def wait_progress(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.progress.wait(), timeout)

    async def run_round(self, seconds: float, record: bool = True) -> float:
        """Produce for ``seconds`` within the window, wait for delivery; deliveries/s."""
        await self.ask("mark")
        start_delivered = sum(self.delivered)
        worker_cpu = sum(proc_stats(w.pid).cpu_seconds for w in self.workers)
        own_cpu = proc_stats(os.getpid()).cpu_seconds
        server_cpu = proc_stats(self.server.pid).cpu_seconds
        sent = errors = 0
        limit = (self.window - self.batch) * self.clients
        started = time.monotonic()
        deadline = started + seconds

        def behind() -> bool:
            return sent * self.clients - (sum(self.delivered) - start_delivered) > limit

        async def producer() -> None:
            nonlocal sent, errors
            while time.monotonic() < deadline:
                if behind():
                    self.progress.clear()
                    if behind():
                        await self.wait_progress(0.5)
                    continue
                sent += self.batch  # counted as in flight before the POST goes out
                if not await self.produce(self.batch):
                    errors += 1

        # several POSTs in flight, so the producer's round trips do not set the pace
        await asyncio.gather(*(producer() for _ in range(self.producers)))
        expected = sent * self.clients
        drain_deadline = time.monotonic() + 10.0
        while sum(self.delivered) - start_delivered < expected:
            if time.monotonic() > drain_deadline:
                break
            self.progress.clear()
            await self.wait_progress(0.5)
        stats = [json.loads(line[2:]) for line in await self.ask("stats")]
        count = sum(s["count"] for s in stats)
        last = max(s["last"] for s in stats)
        elapsed = max(last - started, 1e-9)
        hist: dict[int, int] = {}
        for s in stats:
            for bucket, k in s["hist"]:
                hist[bucket] = hist.get(bucket, 0) + k
        server = proc_stats(self.server.pid)
        load = sum(proc_stats(w.pid).cpu_seconds for w in self.workers) - worker_cpu
        load += proc_stats(os.getpid()).cpu_seconds - own_cpu
        result = RoundStats(
            rate=count / elapsed,
            p50_ms=percentile(hist, 0.5),
            p99_ms=percentile(hist, 0.99),
            max_ms=percentile(hist, 1.0),
            rss_mib=server.rss_kib / 1024,
            hwm_mib=server.hwm_kib / 1024,
            server_cpu=(server.cpu_seconds - server_cpu) / elapsed,
            load_cpu=load / elapsed,
            lost=sum(s["lost"] for s in stats),
            undelivered=expected - count,
            errors=errors,
        )
        if record:
            self.history.append(result)
        return result.rate


async def create_stream(port: int, max_buffer: int) -> None:
    """The captionflow stream the clients consume (policy ``block``: nothing dropped)."""
    spec = {"name": STREAM, "max_buffer_size": max_buffer, "overflow": "block"}
    url = f"http://127.0.0.1:{port}{PREFIX}/streams/real-time-captions"
    async with aiohttp.ClientSession() as session, session.post(url, json=spec) as response:
        if response.status != 201:
            msg = f"creating the stream: {response.status} {await response.text()}"
            raise RuntimeError(msg)


def start_workers(
    procs: list[Proc], name: str, port: int, clients: int, workers: int, cpus: set[int]
) -> list[Proc]:
    """``workers`` client processes sharing ``clients`` connections."""
    started = []
    for i in range(workers):
        share = clients // workers + (1 if i < clients % workers else 0)
        argv = [sys.executable, "-m", "bench.sse", "--worker", str(port), "--clients", str(share)]
        proc = spawn(f"{name}/clients-{i}", argv, cpus=cpus, pipes=True)
        procs.append(proc)
        started.append(proc)
    return started


def summary(target: Target, label: str) -> tuple[str, RoundStats]:
    """One line of medians (and worst cases) over the recorded rounds."""
    h = target.history
    med = RoundStats(
        rate=statistics.median(r.rate for r in h),
        p50_ms=statistics.median(r.p50_ms for r in h),
        p99_ms=statistics.median(r.p99_ms for r in h),
        max_ms=max(r.max_ms for r in h),
        rss_mib=max(r.rss_mib for r in h),
        hwm_mib=max(r.hwm_mib for r in h),
        server_cpu=statistics.median(r.server_cpu for r in h),
        load_cpu=statistics.median(r.load_cpu for r in h),
        lost=sum(r.lost for r in h),
        undelivered=sum(r.undelivered for r in h),
        errors=sum(r.errors for r in h),
    )
    line = (
        f"{label:<22} {med.p50_ms:>7.1f} {med.p99_ms:>7.1f} {med.max_ms:>8.1f} "
        f"{med.rss_mib:>7.1f} {med.hwm_mib:>7.1f} {med.server_cpu:>6.0%} {med.load_cpu:>6.0%} "
        f"{med.lost:>5} {med.undelivered:>7} {med.errors:>5}"
    )
    return line, med
