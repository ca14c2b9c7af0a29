"""Core benchmark: the Pipeline operator against bare baselines and other stream
libraries, on two workloads side by side, in one run.

    python -m bench.core [--quick] [--json PATH]

The workloads: **ints** (``x + 1`` -> ``x >= 0`` -> ``x * 2``) and **events**, dicts
``{"id", "v"}`` (a map building a new event -> a filtering step on ``v`` -> a map).
Every input passes the filter, so every approach does the same work and gives the
same outputs (checked, untimed, before the rounds). A Pipeline has no filter stage:
its filtering step is a stage that raises for an item the filter drops.

For each workload:

(a) a bare Python loop doing map -> filter -> map
(b) the same as a reactivex chain (``map``, ``filter``, ``map``)
(c) a 3-stage Pipeline, sync stages, retry + timeout configured on every stage
(d) the same with ``async def`` stages (awaited by the pipeline's worker tasks)
(e) a hand-written 3-stage asyncio.Queue pipeline (one worker task per stage,
    bounded queues) awaiting the same coroutines
(g) Bytewax (``map``, ``filter``, ``map``; ``TestingSource`` at its default batch
    size, ``run_main``), (h) streamz (``Stream.map/filter/map/sink``, ``emit``),
(i) aiostream (``pipe.map/filter/map`` over ``stream.iterate``): each at its default
    settings, on fewer items (they are slow). Needs the ``bench`` extra; without it
    they are skipped.

and for ints only (f) the naive per-item approach: an inner observable with
``timeout`` + ``retry`` per item per stage (flat_map), which the fused pipeline must
not pay for.

Machines here are shared and noisy: compare the ratios, not the absolute rates.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import reactivex
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.scheduler.eventloop import AsyncIOScheduler

from bench._harness import Goal, Results, add_json_option, report, run_rounds
from flows import Pipeline

STAGE_CONFIG = {"retries": 2, "retry_delay": 0.01, "timeout": 1.0}
QUEUE_SIZE = 1000
OTHER_LIBRARIES = {"g": "Bytewax", "h": "streamz", "i": "aiostream"}

Fn = Callable[[Any], Any]
AsyncFn = Callable[[Any], Awaitable[Any]]
Runner = Callable[[], Awaitable[float]]


class Dropped(ValueError):
    """A Pipeline's filtering step raises this for an item the filter drops."""


# -- the two workloads ------------------------------------------------------------------


def f1(x: int) -> int:
    return x + 1


def keep(x: int) -> bool:
    return x >= 0


def check(x: int) -> int:
    if x < 0:
        raise Dropped(x)
    return x


def f3(x: int) -> int:
    return x * 2


async def a1(x: int) -> int:
    return x + 1


async def acheck(x: int) -> int:
    if x < 0:
        raise Dropped(x)
    return x


async def a3(x: int) -> int:
    return x * 2


Event = dict[str, int]


def e1(e: Event) -> Event:
    return {"id": e["id"], "v": e["v"] + 1}


def ekeep(e: Event) -> bool:
    return e["v"] >= 0


def echeck(e: Event) -> Event:
    if e["v"] < 0:
        raise Dropped(e["id"])
    return e


def e3(e: Event) -> Event:
    return {"id": e["id"], "v": e["v"] * 2}


async def ae1(e: Event) -> Event:
    return {"id": e["id"], "v": e["v"] + 1}


async def aecheck(e: Event) -> Event:
    if e["v"] < 0:
        raise Dropped(e["id"])
    return e


async def ae3(e: Event) -> Event:
    return {"id": e["id"], "v": e["v"] * 2}


@dataclass(frozen=True, slots=True)
class Workload:
    """map -> filter -> map over ``data``: plain functions, a raising filter for a
    Pipeline, and the same three steps as coroutines."""

    name: str
    prefix: str  # of its figure keys
    data: list[Any]
    first: Fn
    keep: Callable[[Any], bool]
    check: Fn
    last: Fn
    coroutines: tuple[AsyncFn, AsyncFn, AsyncFn]


def workloads(size: int) -> list[Workload]:
    ints = Workload("ints", "", list(range(size)), f1, keep, check, f3, (a1, acheck, a3))
    events = [{"id": i, "v": i} for i in range(size)]
    dicts = Workload("events", "e", events, e1, ekeep, echeck, e3, (ae1, aecheck, ae3))
    return [ints, dicts]


# -- the ways to run it -----------------------------------------------------------------


def source(data: Sequence[Any]) -> Observable[Any]:
    """A synchronous source (``reactivex.create``), as cheap as Rx allows."""

    def subscribe(observer: abc.ObserverBase[Any], _: abc.SchedulerBase | None = None) -> Any:
        for item in data:
            observer.on_next(item)
        observer.on_completed()

    return reactivex.create(subscribe)


def bare_loop(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    first, kept, last = w.first, w.keep, w.last
    for x in data:
        y = first(x)
        if kept(y):
            out.append(last(y))


def rx_chain(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    source(data).pipe(ops.map(w.first), ops.filter(w.keep), ops.map(w.last)).subscribe(out.append)


def build(fns: Sequence[Callable[[Any], Any]]) -> Pipeline:
    pipeline = Pipeline("bench", default_timeout=30.0)
    for fn in fns:
        pipeline.add_stage(fn, STAGE_CONFIG)
    return pipeline


async def pipeline_run(pipeline: Pipeline, data: Sequence[Any], out: list[Any]) -> None:
    """(c)/(d): the pipeline's operator on the synchronous source, until it completes
    (sync stages finish within ``subscribe``; async ones in the worker tasks)."""
    finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    source(data).pipe(pipeline.as_operator(errors="skip")).subscribe(
        out.append, finished.set_exception, lambda: finished.set_result(None)
    )
    await finished


async def queue_pipeline(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    """(e): three worker tasks joined by bounded asyncio.Queues, awaiting the same
    coroutines; an item the filtering step drops is not passed on."""
    done = object()
    queues: list[asyncio.Queue[Any]] = [asyncio.Queue(QUEUE_SIZE) for _ in range(3)]

    async def worker(fn: AsyncFn, inbox: asyncio.Queue[Any], outbox: Any) -> None:
        while True:
            item = await inbox.get()
            if item is done:
                if outbox is not None:
                    await outbox.put(done)
                return
            try:
                result = await fn(item)
            except Dropped:
                continue
            if outbox is None:
                out.append(result)
            else:
                await outbox.put(result)

    c1, c2, c3 = w.coroutines
    workers = [
        asyncio.create_task(worker(c1, queues[0], queues[1])),
        asyncio.create_task(worker(c2, queues[1], queues[2])),
        asyncio.create_task(worker(c3, queues[2], None)),
    ]
    for x in data:
        await queues[0].put(x)
    await queues[0].put(done)
    await asyncio.gather(*workers)


async def naive_rx(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    """(f): per item and stage, defer -> timeout -> retry in an inner observable."""
    loop = asyncio.get_running_loop()
    scheduler = AsyncIOScheduler(loop)
    finished: asyncio.Future[None] = loop.create_future()

    def stage(fn: Fn) -> Callable[[Observable[Any]], Observable[Any]]:
        def inner(x: Any) -> Observable[Any]:
            return reactivex.defer(lambda _: reactivex.just(fn(x))).pipe(
                ops.timeout(1.0, scheduler=scheduler), ops.retry(3)
            )

        return ops.flat_map(inner)

    source(data).pipe(stage(w.first), stage(w.check), stage(w.last)).subscribe(
        out.append, finished.set_exception, lambda: finished.set_result(None), scheduler=scheduler
    )
    await finished


def bytewax_run(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    """(g): Bytewax in-process, its ``TestingSource`` at the default batch size."""
    import bytewax.operators as op
    from bytewax.dataflow import Dataflow
    from bytewax.testing import TestingSink, TestingSource, run_main

    flow = Dataflow("core_bench")
    up = op.input("in", flow, TestingSource(data))
    mapped = op.map("first", up, w.first)
    kept = op.filter("keep", mapped, w.keep)
    done = op.map("last", kept, w.last)
    op.output("out", done, TestingSink(out))
    run: Callable[[Dataflow], None] = run_main  # (untyped in Bytewax's stubs)
    run(flow)


def streamz_run(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    """(h): a synchronous streamz graph, one ``emit`` per item."""
    from streamz import Stream

    head = Stream()
    head.map(w.first).filter(w.keep).map(w.last).sink(out.append)
    emit = head.emit
    for x in data:
        emit(x)


async def aiostream_run(w: Workload, data: Sequence[Any], out: list[Any]) -> None:
    """(i): aiostream's ``pipe.map/filter/map`` over ``stream.iterate``."""
    from aiostream import pipe, stream

    piped = stream.iterate(data) | pipe.map(w.first) | pipe.filter(w.keep) | pipe.map(w.last)
    async with piped.stream() as items:
        async for item in items:
            out.append(item)


def libraries_available() -> bool:
    try:
        import aiostream  # noqa: F401
        import bytewax  # noqa: F401
        import streamz  # noqa: F401
    except ImportError:
        return False
    return True


# -- timing -----------------------------------------------------------------------------

Job = Callable[[Sequence[Any], list[Any]], Awaitable[None] | None]


def timed(job: Job, data: Sequence[Any]) -> Runner:
    """A runner: items per second of ``job`` over ``data`` (every item must come out)."""

    async def runner() -> float:
        out: list[Any] = []
        started = time.perf_counter()
        pending = job(data, out)
        if pending is not None:
            await pending
        elapsed = time.perf_counter() - started
        assert len(out) == len(data), f"{len(out)} of {len(data)} items came out"
        return len(data) / elapsed

    return runner


def jobs(w: Workload, libraries: bool) -> dict[str, tuple[str, Job]]:
    sync_pipeline = build([w.first, w.check, w.last])
    async_pipeline = build(list(w.coroutines))
    table: dict[str, tuple[str, Job]] = {
        "a": ("bare loop map->filter->map", lambda d, o: bare_loop(w, d, o)),
        "b": ("reactivex chain map->filter->map", lambda d, o: rx_chain(w, d, o)),
        "c": (
            "Pipeline, 3 sync stages, retry+timeout",
            lambda d, o: pipeline_run(sync_pipeline, d, o),
        ),
        "d": (
            "Pipeline, 3 async stages, retry+timeout",
            lambda d, o: pipeline_run(async_pipeline, d, o),
        ),
        "e": (
            "asyncio.Queue 3-stage pipeline, same coroutines",
            lambda d, o: queue_pipeline(w, d, o),
        ),
    }
    if w.name == "ints":
        table["f"] = (
            "naive per-item inner timeout+retry (reactivex)",
            lambda d, o: naive_rx(w, d, o),
        )
    if libraries:
        table["g"] = ("Bytewax map->filter->map, defaults", lambda d, o: bytewax_run(w, d, o))
        table["h"] = ("streamz map->filter->map, defaults", lambda d, o: streamz_run(w, d, o))
        table["i"] = ("aiostream map->filter->map, defaults", lambda d, o: aiostream_run(w, d, o))
    return table


async def check_agreement(w: Workload, table: dict[str, tuple[str, Job]], size: int) -> None:
    """Every way gives the same outputs, in order (untimed, on the first ``size``)."""
    data = w.data[:size]
    expected: list[Any] = []
    bare_loop(w, data, expected)
    for key, (name, job) in table.items():
        out: list[Any] = []
        pending = job(data, out)
        if pending is not None:
            await pending
        if out != expected:
            msg = f"{w.name}: ({key}) {name} disagrees with the bare loop"
            raise AssertionError(msg)


def goals(w: Workload, libraries: bool) -> list[Goal]:
    p, n = w.prefix, w.name

    def goal(top: str, base: str, text: str, target: float) -> Goal:
        return Goal(f"({p}{top}) / ({p}{base})  {n}: {text}", p + top, p + base, target)

    out = [
        goal("c", "b", "sync pipeline vs reactivex chain", 0.9),
        goal("c", "a", "sync pipeline vs bare loop", 0.25),
        goal("d", "e", "async pipeline vs asyncio.Queue pipeline", 0.8),
    ]
    if w.name == "ints":
        out.append(goal("c", "f", "fused vs naive per-item retry+timeout", 100.0))
    if libraries:
        out += [
            goal("c", key, f"sync pipeline vs {lib}", 5.0) for key, lib in OTHER_LIBRARIES.items()
        ]
    out.append(goal("b", "a", "reactivex chain vs bare loop", 0.0))
    return out


async def main(quick: bool, json_path: Path | None = None) -> list[str]:
    size = 100_000 if quick else 300_000
    slow_size = 20_000 if quick else 50_000  # Bytewax, streamz, aiostream
    naive_size = 1_000 if quick else 5_000
    rounds = 3 if quick else 7
    libraries = libraries_available()
    if not libraries:
        print("Bytewax/streamz/aiostream not installed (the bench extra): (g)-(i) skipped")
    runners: dict[str, tuple[str, Runner]] = {}
    all_goals: list[Goal] = []
    for w in workloads(size):
        table = jobs(w, libraries)
        await check_agreement(w, table, 2_000)
        for key, (name, job) in table.items():
            data = w.data
            label = f"({w.prefix}{key}) {w.name}: {name}"
            if key == "f":
                data = data[:naive_size]
            elif key in OTHER_LIBRARIES:
                data = data[:slow_size]
                label += f" ({slow_size:,} items)"
            runners[w.prefix + key] = (label, timed(job, data))
        all_goals += goals(w, libraries)
    figures = await run_rounds(runners, rounds)
    lines = report(figures, all_goals)
    extra = {
        "items": size,
        "naive_items": naive_size,
        "library_items": slow_size if libraries else 0,
        "rounds": rounds,
        "workloads": [w.name for w in workloads(0)],
    }
    Results("core", quick, figures, all_goals, extra=extra).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer items and repetitions")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
