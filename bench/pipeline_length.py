"""Throughput vs pipeline length: the Pipeline operator against bare baselines, in one run.

    python -m bench.pipeline_length [--quick] [--stages 1,2,4,8,16] [--json PATH]

For each length N (1, 2, 4, 8, 16 stages of ``x + 1``):

(a) a bare Python loop calling the N functions in turn on each item
(b) a reactivex chain of N ``ops.map``
(c) a Pipeline of N sync stages, retry + timeout configured on every stage
    (``Pipeline.as_operator``)

Every configuration runs once per round, rounds interleaved; ratios are the median of
per-round ratios. Rates are items/s through all N stages (one item = N calls).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from reactivex import operators as ops

from bench._harness import Goal, Results, add_json_option, report, run_rounds
from bench.core import STAGE_CONFIG, source
from flows import Pipeline

LENGTHS = (1, 2, 4, 8, 16)


def inc(x: int) -> int:
    return x + 1


def bare_loop(data: Sequence[int], fns: Sequence[Callable[[int], int]]) -> float:
    out: list[int] = []
    started = time.perf_counter()
    for x in data:
        for fn in fns:
            x = fn(x)
        out.append(x)
    return len(data) / (time.perf_counter() - started)


def rx_chain(data: Sequence[int], fns: Sequence[Callable[[int], int]]) -> float:
    out: list[int] = []
    started = time.perf_counter()
    source(data).pipe(*(ops.map(fn) for fn in fns)).subscribe(out.append)
    assert len(out) == len(data)
    return len(data) / (time.perf_counter() - started)


def pipeline_run(pipeline: Pipeline, data: Sequence[int]) -> float:
    out: list[int] = []
    started = time.perf_counter()
    source(data).pipe(pipeline.as_operator()).subscribe(out.append)
    assert len(out) == len(data)
    return len(data) / (time.perf_counter() - started)


def build(n: int) -> Pipeline:
    pipeline = Pipeline(f"bench-{n}", default_timeout=30.0)
    for i in range(n):
        pipeline.add_stage(inc, STAGE_CONFIG, name=f"inc{i}")
    return pipeline


def _sync(run: Callable[[], float]) -> Callable[[], Awaitable[float]]:
    async def runner() -> float:
        return run()

    return runner


async def main(quick: bool, lengths: Sequence[int], json_path: Path | None = None) -> list[str]:
    size = 50_000 if quick else 200_000
    rounds = 3 if quick else 7
    data = list(range(size))
    runners: dict[str, tuple[str, Callable[[], Awaitable[float]]]] = {}
    for n in lengths:
        fns = [inc] * n
        pipeline = build(n)
        runners[f"loop{n}"] = (
            f"(a) bare loop, {n} stage(s)",
            _sync(functools.partial(bare_loop, data, fns)),
        )
        runners[f"rx{n}"] = (
            f"(b) reactivex map chain, {n} stage(s)",
            _sync(functools.partial(rx_chain, data, fns)),
        )
        runners[f"pipe{n}"] = (
            f"(c) Pipeline, {n} sync stage(s), retry+timeout",
            _sync(functools.partial(pipeline_run, pipeline, data)),
        )
    figures = await run_rounds(runners, rounds)
    goals: list[Goal] = []
    for n in lengths:
        goals.append(
            Goal(f"(c) / (a)  Pipeline vs bare loop, {n} stage(s)", f"pipe{n}", f"loop{n}", 0)
        )
        goals.append(
            Goal(f"(c) / (b)  Pipeline vs reactivex chain, {n} stage(s)", f"pipe{n}", f"rx{n}", 0)
        )
    lines = report(figures, goals)
    extra = {"lengths": list(lengths), "items": size, "rounds": rounds}
    Results("pipeline_length", quick, figures, goals, extra=extra).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer items and repetitions")
    parser.add_argument(
        "--stages",
        default=",".join(map(str, LENGTHS)),
        help="comma-separated pipeline lengths (default: %(default)s)",
    )
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, [int(n) for n in args.stages.split(",")], args.json))
