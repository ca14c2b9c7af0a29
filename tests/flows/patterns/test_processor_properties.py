"""Properties of event-time processors, over random inputs (hypothesis).

For any arrival order whose disorder stays within the watermark bound, a processor's
windows equal those of the same events sorted by time, and equal a count computed
offline; every (key, window) is emitted exactly once -- also when the processor is
stopped at any point and resumed from its checkpoint.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from typing import Any

import reactivex
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import FlowManager, Processor, build_registry, install, load_flow_file
from flows._vtime import run_virtual
from flows.backends import MemoryBackend
from operators import LoopScheduler

BOUND = 5  # seconds of out-of-orderness the watermark allows

FLOW = """\
kind: processor
name: p
sources: [{stream: s}]
time: {field: t, max_out_of_orderness: 5s}
steps:
  - {id: k, type: key_by, expr: k}
  - {id: w, type: window, shape: SHAPE}
  - {id: n, type: aggregate, op: count}
"""


def _tumbling(t: int) -> list[tuple[int, int]]:
    return [(t // 10 * 10, t // 10 * 10 + 10)]


def _sliding(t: int) -> list[tuple[int, int]]:
    return [(s, s + 10) for s in (t // 5 * 5 - 5, t // 5 * 5)]


SHAPES: dict[str, tuple[str, Callable[[int], list[tuple[int, int]]]]] = {
    "tumbling": ("tumbling, size: 10s", _tumbling),
    "sliding": ("sliding, size: 10s, slide: 5s", _sliding),
}


def _processor(shape: str) -> Processor:
    registry = build_registry(entry_points=False)
    text = FLOW.replace("SHAPE", SHAPES[shape][0])
    [spec] = load_flow_file("p.yaml", registry, text=text, env={})

    async def build() -> Processor:
        installed = await install(spec, FlowManager(registry=registry), registry)
        assert isinstance(installed.flow, Processor)
        return installed.flow

    return run_virtual(build())


def _outputs(processor: Processor, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    reactivex.from_iterable(events).pipe(processor.test_operator(None)).subscribe(out.append)
    return out


events_st = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 60), st.floats(0, BOUND - 0.01)),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(events=events_st, shape=st.sampled_from(sorted(SHAPES)))
def test_disorder_within_the_bound_gives_the_windows_of_sorted_input(
    events: list[tuple[str, int, float]], shape: str
) -> None:
    # arrival order: by time plus a jitter below the bound, so each event trails the
    # newest one seen by less than BOUND seconds
    arrived: list[dict[str, Any]] = [
        {"k": k, "t": t} for k, t, _ in sorted(events, key=lambda e: e[1] + e[2])
    ]
    in_order = sorted(arrived, key=lambda e: int(e["t"]))
    processor = _processor(shape)
    got = _outputs(processor, arrived)
    assert processor.state.late == 0
    reference = _outputs(_processor(shape), in_order)

    def by_window(out: list[dict[str, Any]]) -> dict[tuple[Any, float, float], int]:
        return {(o["key"], o["start"], o["end"]): o["value"] for o in out}

    ids = [(o["key"], o["start"], o["end"]) for o in got]
    assert len(ids) == len(set(ids)), "a window was emitted twice"
    assert all(not o["update"] for o in got)
    assert by_window(got) == by_window(reference)
    offline: Counter[tuple[Any, float, float]] = Counter()
    windows_of = SHAPES[shape][1]
    for e in arrived:
        for start, end in windows_of(e["t"]):
            offline[(e["k"], float(start), float(end))] += 1
    assert by_window(got) == dict(offline)


RUNTIME_FLOW = FLOW.replace("SHAPE", SHAPES["tumbling"][0]) + "sinks: [{stream: out}]\n"


async def _run_part(
    backend: MemoryBackend, events: list[dict[str, Any]], out: list[Any], *, final: bool
) -> None:
    """Start a processor on ``backend``, feed ``events``, collect its outputs, stop it."""
    registry = build_registry(entry_points=False)
    manager = FlowManager(
        scheduler=LoopScheduler(asyncio.get_running_loop()), backend=backend, registry=registry
    )
    [spec] = load_flow_file("p.yaml", registry, text=RUNTIME_FLOW, env={})
    installed = await install(spec, manager, registry)
    processor = installed.flow
    assert isinstance(processor, Processor)
    manager.start()
    # polling is the point: the condition is processor state (virtual time: no wall time)
    while processor.status != "running":  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    sink = await manager.sink_stream("out")

    async def read() -> None:
        async for entry in sink.entries():
            out.append(entry.value)

    reader = asyncio.ensure_future(read())
    await asyncio.sleep(0)
    source = await manager.sink_stream("s")
    for event in events:
        await source.produce(event)
    if final:  # an event far ahead closes every window
        await source.produce({"k": "z", "t": 10_000})
    while processor.inputs < len(events) + final:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    await manager.shutdown()  # drains the sinks, saves the last checkpoint
    await asyncio.sleep(0)
    reader.cancel()


@settings(max_examples=40, deadline=None)
@given(events=events_st, cut=st.integers(0, 60))
def test_a_restart_anywhere_loses_and_repeats_no_window(
    events: list[tuple[str, int, float]], cut: int
) -> None:
    arrived = [{"k": k, "t": t} for k, t, _ in sorted(events, key=lambda e: e[1] + e[2])]
    cut = min(cut, len(arrived))

    async def main() -> tuple[list[Any], list[Any]]:
        once: list[Any] = []
        await _run_part(MemoryBackend(), arrived, once, final=True)
        backend = MemoryBackend()
        twice: list[Any] = []
        await _run_part(backend, arrived[:cut], twice, final=False)
        await _run_part(backend, arrived[cut:], twice, final=True)
        return once, twice

    once, twice = run_virtual(main())
    windows = [(o["key"], o["start"], o["end"]) for o in twice]
    assert len(windows) == len(set(windows)), "a window was emitted twice"
    assert sorted(twice, key=str) == sorted(once, key=str)
