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
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import Any

from bench._harness import (
    Check,
    Figure,
    Goal,
    Results,
    add_json_option,
    report,
    run_rounds,
)
from bench._servers import Cores, cores, processes, raise_nofile, start_server
from bench._sse_client import worker
from bench._sse_target import RoundStats, Target, create_stream, start_workers, summary

LATENCY_GOAL_MS = 100.0
RSS_GOAL_MIB = 100.0
GOAL_CLIENTS = 1000


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
        target = 0.8 if point.clients == goal_at else 0.0  # issue 13
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
