"""Windows benchmark: a keyed event-time tumbling-window count, three ways, in one run.

    python -m bench.windows [--quick] [--json PATH]

The work: 100 keys, 1-minute tumbling windows in event time, events up to 5 s out of
order (the watermark's bound) plus 0.1 % far-late events (dropped, counted); each
(key, window) count emitted once, when the watermark passes the window's end.

(a) a bare Python loop: a dict of dicts per window start, a heap of starts, the
    watermark, the late check -- what one would write by hand
(b) captionflow's ``window(Tumbling(60), Count(), ...)`` operator on a synchronous
    reactivex source
(c) Bytewax's ``count_window`` (``EventClock`` + ``TumblingWindower``) run in-process
    with ``TestingSource(batch_size=1000)``, ``TestingSink`` and ``run_main``
(d) the same at Bytewax's default ``batch_size=1`` (on fewer events: it is slow)
(e) a whole processor as a user writes it in YAML (``PROCESSOR``: a stream source,
    ``key_by``, ``window``, ``aggregate: count``, a stream sink), its entries handed
    over in lists of 1000 as the runtime does (``Processor.process``: offsets, the
    records kept for the checkpoint, event time read from its field, the chain); the
    outputs are collected in a list instead of written to the sink
(f) the same with one entry per list (on a tenth of the events)

Each gets its inputs in its natural form (float seconds for (a) and (b), ``datetime``
for Bytewax, ``(entry id, {"k": key, "t": seconds})`` stream entries for (e) and
(f)), built before timing and then frozen out of the garbage collector's way
(``gc.freeze``: the inputs are not the contenders' garbage). Needs the ``bench`` extra
(Bytewax); without it (c) and (d) are skipped. Machines here are shared and noisy:
compare the ratios, which are per round (the runs of a round are back to back).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import heapq
import math
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

import reactivex
from reactivex import Observable, abc

from bench._harness import Goal, Results, add_json_option, report, run_rounds
from flows import FlowManager, Processor, build_registry, install, load_flow_file
from flows.patterns import Output
from operators import Count, EventTime, Tumbling, WindowResult, window

KEYS = 100
WINDOW = 60.0
DISORDER = 5.0  # seconds: the watermark's max_out_of_orderness
RATE = 200.0  # events per second of event time (all keys together)
LATE_SHARE = 0.001
EPOCH = 1_700_000_000.0

PROCESSOR = f"""\
kind: processor
name: window_counts
sources: [{{stream: events}}]
time: {{field: t, max_out_of_orderness: {DISORDER:g}s}}
steps:
  - {{id: by_user, type: key_by, expr: k}}
  - {{id: minute, type: window, shape: tumbling, size: {WINDOW:g}s}}
  - {{id: n, type: aggregate, op: count}}
sinks: [{{stream: window_counts}}]
"""

Event = tuple[str, float]
Entry = tuple[str, Any]
Counts = dict[tuple[str, float], int]


def make_events(n: int, seed: int = 14) -> list[Event]:
    """``n`` events in arrival order: times jittered back by up to DISORDER seconds."""
    rng = random.Random(seed)
    keys = [f"user{k:03d}" for k in range(KEYS)]
    events: list[Event] = []
    for i in range(n):
        t = EPOCH + i / RATE - rng.random() * DISORDER
        if rng.random() < LATE_SHARE:
            t -= 2 * WINDOW  # behind the watermark by more than a window: late
        events.append((keys[rng.randrange(KEYS)], t))
    return events


def source(data: Sequence[Any]) -> Observable[Any]:
    """A synchronous source (``reactivex.create``), as cheap as Rx allows."""

    def subscribe(observer: abc.ObserverBase[Any], _: abc.SchedulerBase | None = None) -> Any:
        for item in data:
            observer.on_next(item)
        observer.on_completed()

    return reactivex.create(subscribe)


def rate(count: int, started: float) -> float:
    return count / (time.perf_counter() - started)


def bare_loop(events: Sequence[Event], out: list[tuple[str, float, int]]) -> int:
    """(a): the same windowed count by hand; returns the number of late events."""
    size, disorder = WINDOW, DISORDER
    buckets: dict[float, dict[str, int]] = {}
    starts: list[float] = []
    high = watermark = next_close = -math.inf
    next_close = math.inf
    late = 0
    for key, t in events:
        if t > high:
            high = t
            watermark = t - disorder
            if watermark >= next_close:
                while starts and starts[0] + size <= watermark:
                    start = heapq.heappop(starts)
                    for k, n in buckets.pop(start).items():
                        out.append((k, start, n))
                next_close = starts[0] + size if starts else math.inf
        start = t - t % size
        if start + size <= watermark:
            late += 1
            continue
        bucket = buckets.get(start)
        if bucket is None:
            bucket = buckets[start] = {}
            heapq.heappush(starts, start)
            next_close = min(next_close, start + size)
        bucket[key] = bucket.get(key, 0) + 1
    for start in sorted(buckets):
        for k, n in buckets[start].items():
            out.append((k, start, n))
    return late


def captionflow(events: Sequence[Event], out: list[WindowResult[str, int]]) -> None:
    """(b): the ``window`` operator."""
    operator = window(
        Tumbling(WINDOW),
        Count(),
        key=itemgetter(0),
        time=EventTime(itemgetter(1), max_out_of_orderness=DISORDER),
    )
    source(events).pipe(operator).subscribe(out.append)


async def yaml_processor() -> Processor:
    """(e)/(f): the processor of ``PROCESSOR``, built as the service builds flow files."""
    registry = build_registry(entry_points=False)
    [spec] = load_flow_file("window_counts.yaml", registry, text=PROCESSOR, env={})
    installed = await install(spec, FlowManager(registry=registry), registry)
    assert isinstance(installed.flow, Processor)
    return installed.flow


def as_entries(events: Sequence[Event]) -> list[Entry]:
    return [(str(i), {"k": key, "t": t}) for i, (key, t) in enumerate(events)]


def processor_count(processor: Processor, entries: Sequence[Entry], batch: int) -> list[Output]:
    """(e)/(f): the processor over ``entries`` in lists of ``batch``."""
    lists = (("events", list(entries[i : i + batch])) for i in range(0, len(entries), batch))
    return processor.process(lists)


def bytewax_available() -> bool:
    try:
        import bytewax  # noqa: F401
    except ImportError:
        return False
    return True


def as_datetimes(events: Sequence[Event]) -> list[tuple[str, datetime]]:
    return [(key, datetime.fromtimestamp(t, UTC)) for key, t in events]


def bytewax_count(events: Sequence[tuple[str, datetime]], batch_size: int) -> list[Any]:
    """(c)/(d): Bytewax's ``count_window`` in-process; returns its window outputs."""
    import bytewax.operators as op
    from bytewax.dataflow import Dataflow
    from bytewax.operators.windowing import EventClock, TumblingWindower, count_window
    from bytewax.testing import TestingSink, TestingSource, run_main

    out: list[Any] = []
    flow = Dataflow("windows_bench")
    up = op.input("in", flow, TestingSource(events, batch_size=batch_size))
    clock = EventClock(itemgetter(1), wait_for_system_duration=timedelta(seconds=DISORDER))
    windower = TumblingWindower(
        length=timedelta(seconds=WINDOW), align_to=datetime.fromtimestamp(0, UTC)
    )
    counted = count_window("count", up, clock, windower, itemgetter(0))
    op.output("out", counted.down, TestingSink(out))
    run: Callable[[Dataflow], None] = run_main  # (untyped in Bytewax's stubs)
    run(flow)
    return out


def check_agreement(
    events: Sequence[Event], processor: Processor, entries: Sequence[Entry], bytewax: bool
) -> dict[str, int]:
    """Run each once, untimed: every way must count the same (key, window)s."""
    bare: list[tuple[str, float, int]] = []
    late = bare_loop(events, bare)
    ours: list[WindowResult[str, int]] = []
    captionflow(events, ours)
    expected: Counts = {(k, s): n for k, s, n in bare}
    got: Counts = {(r.key, r.start): r.count for r in ours}
    if got != expected or len(ours) != len(bare):
        msg = f"captionflow and the bare loop disagree ({len(ours)} vs {len(bare)} windows)"
        raise AssertionError(msg)
    outputs = processor_count(processor, entries, 1000)
    from_yaml: Counts = {(o.value["key"], o.value["start"]): o.value["count"] for o in outputs}
    if from_yaml != expected or len(outputs) != len(bare) or processor.state.late != late:
        msg = f"the YAML processor and the bare loop disagree ({len(outputs)} vs {len(bare)})"
        raise AssertionError(msg)
    facts = {"windows": len(bare), "late": late, "counted": sum(expected.values())}
    if bytewax:
        theirs = bytewax_count(as_datetimes(events), 1000)
        facts["bytewax_windows"] = len(theirs)
        facts["bytewax_counted"] = sum(count for _, (_, count) in theirs)
    return facts


async def main(quick: bool, json_path: Path | None = None) -> list[str]:
    size = 200_000 if quick else 1_000_000
    slow_size = 5_000 if quick else 20_000
    rounds = 3 if quick else 5
    events = make_events(size)
    entries = as_entries(events)
    few = entries[: size // 10]
    processor = await yaml_processor()
    with_bytewax = bytewax_available()
    facts = check_agreement(events, processor, entries, with_bytewax)
    print(f"agreement: {facts}")
    gc.collect()
    gc.freeze()

    def timed(run: Callable[[], int]) -> Callable[[], Awaitable[float]]:
        async def runner() -> float:
            started = time.perf_counter()
            count = run()
            return rate(count, started)

        return runner

    def run_bare() -> int:
        bare_loop(events, [])
        return len(events)

    def run_ours() -> int:
        captionflow(events, [])
        return len(events)

    def run_yaml() -> int:
        processor_count(processor, entries, 1000)
        return len(entries)

    def run_yaml_1() -> int:
        processor_count(processor, few, 1)
        return len(few)

    runners: dict[str, tuple[str, Callable[[], Awaitable[float]]]] = {
        "a": ("(a) bare dict loop, keyed tumbling count", timed(run_bare)),
        "b": ("(b) captionflow window(Tumbling, Count)", timed(run_ours)),
        "e": ("(e) YAML processor, lists of 1000", timed(run_yaml)),
        "f": (f"(f) YAML processor, lists of 1 ({len(few):,} ev)", timed(run_yaml_1)),
    }
    goals = [
        Goal("(b) / (a)  window operator vs bare loop", "b", "a", 0.3),
        Goal("(e) / (a)  YAML processor vs bare loop", "e", "a", 0.3),
        Goal("(f) / (a)  YAML processor, lists of 1, vs bare loop", "f", "a", 0.0),
    ]
    if with_bytewax:
        dated = as_datetimes(events)
        slow = dated[:slow_size]

        def run_bytewax() -> int:
            bytewax_count(dated, 1000)
            return len(dated)

        def run_bytewax_1() -> int:
            bytewax_count(slow, 1)
            return len(slow)

        runners["c"] = ("(c) Bytewax count_window, batch 1000", timed(run_bytewax))
        runners["d"] = (
            f"(d) Bytewax count_window, batch 1 ({slow_size:,} ev)",
            timed(run_bytewax_1),
        )
        goals += [
            Goal("(b) / (c)  window operator vs Bytewax, batch 1000", "b", "c", 2.0),
            Goal("(e) / (c)  YAML processor vs Bytewax, batch 1000", "e", "c", 2.0),
            Goal("(b) / (d)  window operator vs Bytewax, batch 1", "b", "d", 0.0),
            Goal("(f) / (d)  YAML processor vs Bytewax, both batch 1", "f", "d", 0.0),
            Goal("(c) / (a)  Bytewax batch 1000 vs bare loop", "c", "a", 0.0),
            Goal("(d) / (a)  Bytewax batch 1 vs bare loop", "d", "a", 0.0),
        ]
    else:
        print("bytewax not installed (the bench extra): (c) and (d) skipped")
    figures = await run_rounds(runners, rounds)
    lines = report(figures, goals)
    extra: dict[str, Any] = {
        "events": size,
        "bytewax_batch1_events": slow_size,
        "processor_batch1_events": len(few),
        "rounds": rounds,
    }
    extra.update(facts)
    Results("windows", quick, figures, goals, extra=extra).write(json_path)
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer events and repetitions")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
