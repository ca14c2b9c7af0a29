"""SSE fan-out benchmark: one stream, many concurrent SSE clients, batches produced over HTTP.

    python -m bench.sse [--quick] [--clients N[,N...]] [--workers W] [--batch B] [--window K]
                        [--rounds R] [--seconds S] [--json PATH]

(a) captionflow (``python -m app``): ``GET /streams/consume/{name}`` per client, items
    produced with ``POST /streams/produce`` (a stream with policy ``block``)
(b) a bare aiohttp broadcaster (``bench._servers broadcast``) on the same paths and the
    same wire format, that encodes each batch once and writes each client's queued
    batches in one write

Every item carries its send time (``"t"``, CLOCK_MONOTONIC, the same clock in every
process). Client processes (``--workers`` of them, raw asyncio protocols) count the
events of each read, and bin ``now - t`` per event into a 0.1 ms histogram. The
producer (this process) keeps at most ``--window`` items per client in flight: it
sends the next batch only when the clients' reported deliveries allow it, so the rate
is the server's sustainable fan-out rate and the latency is measured at that rate.
Servers run pinned to one core, the clients and the producer on the other.

``--clients 100,250,500,1000`` sweeps: fresh servers per count, both measured in the
same rounds; the goals (ratio, p99 latency, RSS) are judged at 1,000 clients.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import aiohttp

from bench._harness import (
    Check,
    Figure,
    Goal,
    Results,
    add_json_option,
    report,
    run_rounds,
)
from bench._servers import (
    PREFIX,
    Cores,
    Proc,
    cores,
    proc_stats,
    processes,
    raise_nofile,
    spawn,
    start_server,
)

STREAM = "fanout"
BUCKET_S = 1e-4  # latency histogram resolution: 0.1 ms
CAPTION = "Golden hour at the lake, dog in tow #sunset #hike"
LATENCY_GOAL_MS = 100.0
RSS_GOAL_MIB = 100.0
GOAL_CLIENTS = 1000

# -- the client worker (a separate process) ------------------------------------------

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


def _protocol_for(reader: asyncio.StreamReader) -> Callable[[], asyncio.StreamReaderProtocol]:
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
    await loop.connect_read_pipe(_protocol_for(stdin), sys.stdin)
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


# -- the orchestrator: producer, windows, rounds -------------------------------------


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
            pipe, _ = await loop.connect_read_pipe(_protocol_for(reader), proc.popen.stdout)
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


@dataclass(slots=True)
class Point:
    """One client count: both servers' figures and their per-round medians."""

    clients: int
    figures: dict[str, Figure]
    medians: dict[str, RoundStats]
    lines: list[str]


async def measure(args: argparse.Namespace, clients: int, where: Cores) -> Point:
    """Fresh servers, ``clients`` SSE clients each; interleaved rounds; print the tables."""
    quick: bool = args.quick
    rounds: int = args.rounds or (3 if quick else 5)
    seconds: float = args.seconds or (2.0 if quick else 5.0)
    targets: dict[str, Target] = {}
    with processes() as procs:
        cf = start_server("captionflow", where.server)
        procs.append(cf)
        base = start_server("broadcast", where.server)
        procs.append(base)
        await create_stream(cf.port or 0, max(args.window * 4, 256))
        try:
            for key, server in (("cf", cf), ("base", base)):
                workers = start_workers(
                    procs, key, server.port or 0, clients, args.workers, where.load
                )
                target = Target(
                    key, server, workers, clients, args.batch, args.window, args.producers
                )
                targets[key] = target
                await target.start()
                await target.settle()
                await target.run_round(1.0, record=False)  # warm-up
            figures = await run_rounds(
                {
                    "cf": (
                        f"(a) captionflow SSE fan-out, {clients} clients",
                        _runner(targets["cf"], seconds),
                    ),
                    "base": (
                        "(b) bare aiohttp coalescing broadcaster",
                        _runner(targets["base"], seconds),
                    ),
                },
                rounds,
            )
        finally:
            for target in targets.values():
                await target.stop()

    print(
        f"\n{clients} SSE clients per server in {args.workers} client process(es); "
        f"batches of {args.batch} items from {args.producers} concurrent producers, "
        f"at most {args.window} items per client in flight; "
        f"{seconds:g} s per run, {rounds} interleaved rounds; {where.describe()}"
    )
    print(
        "rates are deliveries/s (events received by clients, summed); latency = arrival - "
        "send time\n"
    )
    print(
        f"{'figure':<22} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>8} {'RSS':>7} {'peak':>7} "
        f"{'srvcpu':>6} {'ldcpu':>6} {'lost':>5} {'undeliv':>7} {'errs':>5}"
    )
    line_cf, med_cf = summary(targets["cf"], "(a) captionflow")
    line_base, med_base = summary(targets["base"], "(b) bare broadcaster")
    print(line_cf)
    print(line_base)
    print("(RSS and peak in MiB, max over rounds; cpu = share of one core, median)\n")
    out = report(
        figures,
        [Goal("(a) / (b)  fan-out deliveries/s vs coalescing baseline", "cf", "base", 0.5)],
    )
    extra = [
        _absolute("(a) p99 end-to-end latency, ms (median round)", med_cf.p99_ms, LATENCY_GOAL_MS),
        _absolute("(a) server peak RSS, MiB", med_cf.hwm_mib, RSS_GOAL_MIB),
    ]
    for line in extra:
        print(line)
    return Point(clients, figures, {"cf": med_cf, "base": med_base}, out + extra)


async def main(args: argparse.Namespace) -> list[str]:
    counts: list[int] = args.clients
    raise_nofile()
    where: Cores = cores()
    points: list[Point] = []
    for clients in counts:
        if len(counts) > 1:
            print(f"\n== {clients} clients")
        points.append(await measure(args, clients, where))
    # the goals hold at GOAL_CLIENTS (or the largest count measured, if not swept)
    goal_at = GOAL_CLIENTS if GOAL_CLIENTS in counts else max(counts)
    figures: dict[str, Figure] = {}
    goals: list[Goal] = []
    checks: list[Check] = []
    for point in points:
        cf, base = f"cf@{point.clients}", f"base@{point.clients}"
        figures[cf] = point.figures["cf"]
        figures[base] = point.figures["base"]
        target = 0.5 if point.clients == goal_at else 0.0
        label = f"(a) / (b)  fan-out deliveries/s vs coalescing baseline, {point.clients} clients"
        goals.append(Goal(label, cf, base, target))
        if point.clients == goal_at:
            med = point.medians["cf"]
            checks += [
                Check(
                    f"(a) p99 end-to-end latency, {point.clients} clients",
                    med.p99_ms,
                    LATENCY_GOAL_MS,
                    "ms",
                ),
                Check(
                    f"(a) server peak RSS, {point.clients} clients",
                    med.hwm_mib,
                    RSS_GOAL_MIB,
                    "MiB",
                ),
            ]
    setup = {
        "workers": args.workers,
        "batch": args.batch,
        "window": args.window,
        "producers": args.producers,
        "rounds": args.rounds or (3 if args.quick else 5),
        "seconds": args.seconds or (2.0 if args.quick else 5.0),
        "cores": where.describe(),
    }
    sweep = [{"clients": p.clients, **{k: asdict(m) for k, m in p.medians.items()}} for p in points]
    Results(
        "sse",
        args.quick,
        figures,
        goals,
        checks,
        units=dict.fromkeys(figures, "deliveries/s"),
        extra={"setup": setup, "goal_clients": goal_at, "sweep": sweep},
    ).write(args.json)
    return [line for p in points for line in p.lines]


def _absolute(label: str, value: float, limit: float) -> str:
    verdict = "pass" if value < limit else "MISS"
    return f"{label:<54} {value:>8.1f} {'<' + format(limit, 'g'):>8}  {verdict}"


def _runner(target: Target, seconds: float) -> Callable[[], Awaitable[float]]:
    async def run() -> float:
        return await target.run_round(seconds)

    return run


def _counts(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter rounds")
    parser.add_argument(
        "--clients",
        type=_counts,
        default=[GOAL_CLIENTS],
        help="SSE clients per server; a comma-separated list sweeps (e.g. 100,250,500,1000)",
    )
    parser.add_argument("--rounds", type=int, default=0, help="rounds (default 3 quick, 5)")
    parser.add_argument(
        "--seconds", type=float, default=0.0, help="seconds per run (default 2 quick, 5)"
    )
    add_json_option(parser)
    parser.add_argument("--workers", type=int, default=2, help="client processes per server")
    parser.add_argument("--batch", type=int, default=16, help="items per POST /streams/produce")
    parser.add_argument(
        "--window", type=int, default=64, help="most items per client produced but not received"
    )
    parser.add_argument(
        "--producers", type=int, default=4, help="concurrent POST /streams/produce requests"
    )
    parser.add_argument("--worker", type=int, metavar="PORT", help=argparse.SUPPRESS)
    return parser.parse_args()


def _main() -> Any:
    args = _parse()
    if args.worker:
        raise_nofile()
        return asyncio.run(worker(args.worker, args.clients[0]))
    return asyncio.run(main(args))


if __name__ == "__main__":
    _main()
