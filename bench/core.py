"""Core benchmark: the Pipeline operator against bare baselines, in one run.

    python -m bench.core [--quick] [--json PATH]

(a) a bare Python loop doing map -> filter -> map
(b) the same as a reactivex chain
(c) a 3-stage Pipeline, sync stages, retry + timeout configured on every stage
(d) the same with ``async def`` stages
(e) a hand-written 3-stage asyncio.Queue pipeline awaiting the same coroutines
(f) the naive per-item approach: an inner observable with ``timeout`` + ``retry`` per
    item per stage (flat_map), which the fused pipeline must not pay for

Machines here are shared and noisy: compare the ratios, not the absolute rates.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import reactivex
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.scheduler.eventloop import AsyncIOScheduler

from bench._harness import Goal, Results, add_json_option, report, run_rounds
from flows import Pipeline

STAGE_CONFIG = {"retries": 2, "retry_delay": 0.01, "timeout": 1.0}


def f1(x: int) -> int:
    return x + 1


def keep(x: int) -> bool:
    return x >= 0


def check(x: int) -> int:
    if x < 0:
        msg = "negative"
        raise ValueError(msg)
    return x


def f3(x: int) -> int:
    return x * 2


async def a1(x: int) -> int:
    return x + 1


async def acheck(x: int) -> int:
    return check(x)


async def a3(x: int) -> int:
    return x * 2


def source(data: Sequence[int]) -> Observable[int]:
    """A synchronous source (``reactivex.create``), as cheap as Rx allows."""

    def subscribe(observer: abc.ObserverBase[int], _: abc.SchedulerBase | None = None) -> Any:
        for item in data:
            observer.on_next(item)
        observer.on_completed()

    return reactivex.create(subscribe)


def rate(count: int, started: float) -> float:
    return count / (time.perf_counter() - started)


def bare_loop(data: Sequence[int]) -> float:
    out: list[int] = []
    started = time.perf_counter()
    for x in data:
        y = f1(x)
        if keep(y):
            out.append(f3(y))
    return rate(len(data), started)


def rx_chain(data: Sequence[int]) -> float:
    out: list[int] = []
    started = time.perf_counter()
    source(data).pipe(ops.map(f1), ops.filter(keep), ops.map(f3)).subscribe(out.append)
    assert len(out) == len(data)
    return rate(len(data), started)


def pipeline_run(pipeline: Pipeline, data: Sequence[int]) -> float:
    out: list[int] = []
    started = time.perf_counter()
    source(data).pipe(pipeline.as_operator()).subscribe(out.append)
    assert len(out) == len(data)
    return rate(len(data), started)


def build(fns: Sequence[Callable[[int], Any]]) -> Pipeline:
    pipeline = Pipeline("bench", default_timeout=30.0)
    for fn in fns:
        pipeline.add_stage(fn, STAGE_CONFIG)
    return pipeline


async def queue_pipeline(data: Sequence[int]) -> float:
    """(e): three worker tasks joined by asyncio.Queues, awaiting the same coroutines."""
    done = object()
    queues: list[asyncio.Queue[Any]] = [asyncio.Queue(1000) for _ in range(3)]
    out: list[int] = []

    async def worker(fn: Callable[[int], Any], inbox: asyncio.Queue[Any], outbox: Any) -> None:
        while True:
            item = await inbox.get()
            if item is done:
                if outbox is not None:
                    await outbox.put(done)
                return
            result = await fn(item)
            if outbox is None:
                out.append(result)
            else:
                await outbox.put(result)

    workers = [
        asyncio.create_task(worker(a1, queues[0], queues[1])),
        asyncio.create_task(worker(acheck, queues[1], queues[2])),
        asyncio.create_task(worker(a3, queues[2], None)),
    ]
    started = time.perf_counter()
    for x in data:
        await queues[0].put(x)
    await queues[0].put(done)
    await asyncio.gather(*workers)
    return rate(len(data), started)


async def naive_rx(data: Sequence[int]) -> float:
    """(f): per item and stage, defer -> timeout -> retry in an inner observable."""
    loop = asyncio.get_running_loop()
    scheduler = AsyncIOScheduler(loop)
    finished: asyncio.Future[None] = loop.create_future()
    out: list[int] = []

    def stage(fn: Callable[[int], int]) -> Callable[[Observable[int]], Observable[int]]:
        def inner(x: int) -> Observable[int]:
            return reactivex.defer(lambda _: reactivex.just(fn(x))).pipe(
                ops.timeout(1.0, scheduler=scheduler), ops.retry(3)
            )

        return ops.flat_map(inner)

    started = time.perf_counter()
    source(data).pipe(stage(f1), stage(check), stage(f3)).subscribe(
        out.append, finished.set_exception, lambda: finished.set_result(None), scheduler=scheduler
    )
    await finished
    return rate(len(data), started)


async def main(quick: bool, json_path: Path | None = None) -> list[str]:
    size = 100_000 if quick else 300_000
    rounds = 3 if quick else 7
    data = list(range(size))
    naive_data = data[: 1_000 if quick else 5_000]
    sync_pipeline = build([f1, check, f3])
    async_pipeline = build([a1, acheck, a3])

    def sync(run: Callable[[], float]) -> Callable[[], Awaitable[float]]:
        async def runner() -> float:
            return run()

        return runner

    figures = await run_rounds(
        {
            "a": ("(a) bare loop map->filter->map", sync(lambda: bare_loop(data))),
            "b": ("(b) reactivex chain map->filter->map", sync(lambda: rx_chain(data))),
            "c": (
                "(c) Pipeline, 3 sync stages, retry+timeout",
                sync(lambda: pipeline_run(sync_pipeline, data)),
            ),
            "d": (
                "(d) Pipeline, 3 async stages, retry+timeout",
                sync(lambda: pipeline_run(async_pipeline, data)),
            ),
            "e": (
                "(e) asyncio.Queue 3-stage pipeline, same coroutines",
                lambda: queue_pipeline(data),
            ),
            "f": (
                "(f) naive per-item inner timeout+retry (reactivex)",
                lambda: naive_rx(naive_data),
            ),
        },
        rounds,
    )
    goals = [
        Goal("(c) / (a)  sync pipeline vs bare loop", "c", "a", 0.25),
        Goal("(d) / (e)  async pipeline vs asyncio.Queue pipeline", "d", "e", 0.5),
        Goal("(c) / (f)  fused vs naive per-item retry+timeout", "c", "f", 100.0),
        Goal("(b) / (a)  reactivex chain vs bare loop", "b", "a", 0.0),
    ]
    lines = report(figures, goals)
    extra = {"items": size, "naive_items": len(naive_data), "rounds": rounds}
    Results("core", quick, figures, goals, extra=extra).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer items and repetitions")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
