"""HTTP benchmark: ``POST /pipelines/execute`` against a bare aiohttp + pydantic echo.

    python -m bench.http [--quick] [--load wrk|aiohttp] [--connections N] [--json PATH]

(a) captionflow (``python -m app``, all its middlewares) running a one-stage pipeline
    (``validate_content``, created over REST first)
(b) a bare aiohttp app that parses the same JSON body into a pydantic model and
    returns it as JSON

Each server runs in its own process pinned to one core; the load generator (``wrk``
with a Lua script for the POST body, else an aiohttp client in another process) runs
on the other core. Rounds alternate between the two servers; the ratio is the median
of the per-round ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench._harness import Goal, Results, add_json_option, report, run_rounds
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

PATH = f"{PREFIX}/pipelines/execute"
PIPELINE = "bench"
BODY = json.dumps(
    {
        "pipeline": PIPELINE,
        "data": {"content": "Sunset hike at the lake with my dog.", "user_id": "u1"},
    },
    separators=(",", ":"),
)

WRK_SCRIPT = f"""
wrk.method = "POST"
wrk.body = [[{BODY}]]
wrk.headers["Content-Type"] = "application/json"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d %d %d %d %d\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


@dataclass(frozen=True, slots=True)
class LoadResult:
    """One load run: completed requests, non-2xx/socket errors, latency percentiles."""

    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        """Requests per second."""
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class Load:
    """How load is generated: tool, connections, duration, core."""

    tool: str
    connections: int
    cpus: set[int]
    script: Path

    def run(self, port: int, seconds: float) -> LoadResult:
        """Drive ``port`` for ``seconds`` from a separate process."""
        url = f"http://127.0.0.1:{port}{PATH}"
        if self.tool == "wrk":
            argv = [
                "wrk",
                "-t1",
                f"-c{self.connections}",
                f"-d{seconds:g}s",
                "--timeout",
                "10s",
                "-s",
                str(self.script),
                url,
            ]
        else:
            argv = [
                sys.executable,
                "-m",
                "bench.http",
                "--loadgen",
                url,
                "--connections",
                str(self.connections),
                "--seconds",
                str(seconds),
            ]
        proc = spawn(f"load/{self.tool}", argv, cpus=self.cpus, pipes=True)
        try:
            out, _ = proc.popen.communicate(timeout=seconds + 60)
        finally:
            proc.stop()
        return self._parse(out.decode())

    def _parse(self, text: str) -> LoadResult:
        line = next((ln for ln in text.splitlines() if ln.startswith("BENCH ")), None)
        if line is None:
            msg = f"{self.tool} printed no result:\n{text}"
            raise RuntimeError(msg)
        n, dur_us, *errs, p50_us, p99_us = (int(v) for v in line.split()[1:])
        return LoadResult(n, sum(errs), dur_us / 1e6, p50_us / 1e3, p99_us / 1e3)


async def loadgen(url: str, connections: int, seconds: float) -> str:
    """The fallback load generator (no wrk): ``connections`` keep-alive clients."""
    latencies: list[float] = []
    errors = 0
    headers = {"Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector) as session:
        deadline = time.perf_counter() + seconds

        async def client() -> None:
            nonlocal errors
            while (started := time.perf_counter()) < deadline:
                try:
                    async with session.post(url, data=BODY, headers=headers) as response:
                        await response.read()
                        if response.status >= 300:
                            errors += 1
                except aiohttp.ClientError:
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(connections)))
        elapsed = time.perf_counter() - began
    qs = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return (
        f"BENCH {len(latencies)} {int(elapsed * 1e6)} {errors} "
        f"{int(qs[49] * 1e6)} {int(qs[98] * 1e6)}"
    )


async def create_pipeline(port: int) -> None:
    """A one-stage pipeline over REST, then one execute to check it answers 200."""
    base = f"http://127.0.0.1:{port}{PREFIX}"
    async with aiohttp.ClientSession() as session:
        spec = {"name": PIPELINE, "stages": ["validate_content"]}
        async with session.post(f"{base}/pipelines/caption-generation", json=spec) as response:
            if response.status != 201:
                msg = f"creating the pipeline: {response.status} {await response.text()}"
                raise RuntimeError(msg)
        async with session.post(
            f"{base}/pipelines/execute", data=BODY, headers={"Content-Type": "application/json"}
        ) as response:
            if response.status != 200:
                msg = f"executing the pipeline: {response.status} {await response.text()}"
                raise RuntimeError(msg)


async def main(
    quick: bool, tool: str, connections: int, json_path: Path | None = None
) -> list[str]:
    rounds = 3 if quick else 7
    seconds = 2.0 if quick else 5.0
    raise_nofile()
    where: Cores = cores()
    with processes() as procs, tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "post.lua"
        script.write_text(WRK_SCRIPT)
        load = Load(tool, connections, where.load, script)
        cf = start_server("captionflow", where.server)
        procs.append(cf)
        echo = start_server("echo", where.server)
        procs.append(echo)
        await create_pipeline(cf.port or 0)
        for server in (cf, echo):  # warm-up, not measured
            load.run(server.port or 0, 1.0)

        extra: dict[str, list[tuple[LoadResult, float]]] = {"cf": [], "echo": []}

        def runner(key: str, server: Proc) -> Callable[[], Awaitable[float]]:
            async def run() -> float:
                before = proc_stats(server.pid).cpu_seconds
                result = load.run(server.port or 0, seconds)
                cpu = (proc_stats(server.pid).cpu_seconds - before) / result.seconds
                extra[key].append((result, cpu))
                return result.rate

            return run

        figures = await run_rounds(
            {
                "cf": ("(a) captionflow POST /pipelines/execute, 1 stage", runner("cf", cf)),
                "echo": ("(b) bare aiohttp + pydantic echo", runner("echo", echo)),
            },
            rounds,
        )
        rss = {key: proc_stats(p.pid) for key, p in (("cf", cf), ("echo", echo))}

    print(
        f"\nload: {tool}, {connections} keep-alive connections, {seconds:g} s per run, "
        f"{rounds} interleaved rounds; {where.describe()}"
    )
    print(
        f"\n{'figure':<24} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'server cpu':>11} "
        f"{'RSS MiB':>8}"
    )
    details: dict[str, dict[str, float]] = {}
    for key, label in (("cf", "(a) captionflow"), ("echo", "(b) bare echo")):
        runs = extra[key]
        p50 = statistics.median(r.p50_ms for r, _ in runs)
        p99 = statistics.median(r.p99_ms for r, _ in runs)
        errors = sum(r.errors for r, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        details[key] = {
            "p50_ms": p50,
            "p99_ms": p99,
            "errors": errors,
            "server_cpu": cpu,
            "rss_mib": rss[key].rss_kib / 1024,
        }
        print(
            f"{label:<24} {p50:>8.2f} {p99:>8.2f} {errors:>7} {cpu:>10.0%} "
            f"{rss[key].rss_kib / 1024:>8.1f}"
        )
    print()
    goals = [Goal("(a) / (b)  execute vs bare echo, req/s", "cf", "echo", 0.7)]
    lines = report(figures, goals)
    setup = {"load": tool, "connections": connections, "seconds": seconds, "rounds": rounds}
    Results(
        "http",
        quick,
        figures,
        goals,
        units={"cf": "req/s", "echo": "req/s"},
        extra={"setup": setup, "cores": where.describe(), **details},
    ).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter rounds")
    parser.add_argument(
        "--load",
        choices=["wrk", "aiohttp"],
        default="wrk" if shutil.which("wrk") else "aiohttp",
        help="load generator (default: wrk if installed)",
    )
    parser.add_argument("--connections", type=int, default=50, help="concurrent connections")
    add_json_option(parser)
    parser.add_argument("--loadgen", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=2.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loadgen:
        raise_nofile()
        print(asyncio.run(loadgen(args.loadgen, args.connections, args.seconds)), flush=True)
    else:
        asyncio.run(main(args.quick, args.load, args.connections, args.json))
