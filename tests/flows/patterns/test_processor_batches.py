"""A processor's chain over lists of records is an optimisation, never a second engine.

The runtime hands the chain what its sources read at once, as lists; ``map``,
``filter``, ``key_by``, ... work on a whole list and ``window`` + ``aggregate`` take
it in one call (``operators.window_batches``). For random flows (event or processing
time, allowed lateness, a side output or not, an idle timeout, record functions,
two windows in a row, per-record operators between), random events (disorder within
the watermark bound, far-late ones, ones without event time, ones an expression
fails on) arriving at random virtual instants, and a random split of each instant's
events into lists, the outputs must equal those of one record per list through the
plain chain (``fuse = False``: no ``key_by`` fused into the window after it) -- what
the chain did before, one Rx hop per record -- item for item, at the same virtual
instant, with the same late, dropped and window counts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import pytest
import reactivex
from hypothesis import given, settings
from hypothesis import strategies as st
from reactivex.subject import Subject
from reactivex.testing import ReactiveTest, TestScheduler

from flows import FlowManager, Processor, build_registry, install, load_flow_file
from flows._vtime import run_virtual
from flows.patterns import ChainState
from flows.patterns._processor import _Run

TIMES = {
    "event": "time: {field: t, max_out_of_orderness: 5s}\n",
    "lateness": "time: {field: t, max_out_of_orderness: 5s, allowed_lateness: 10s}\n",
    "side": "time: {field: t, max_out_of_orderness: 5s, side_output: {stream: late}}\n",
    "side+lateness": (
        "time: {field: t, max_out_of_orderness: 2s, allowed_lateness: 5s,"
        " side_output: {stream: late}}\n"
    ),
    "idle": "time: {field: t, max_out_of_orderness: 5s, idle_timeout: 3s}\n",
    "processing": "",
}

STEPS = {
    "count": """\
  - {id: k, type: key_by, expr: k}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
""",
    "bad-key": """\
  - {id: k, type: key_by, expr: "length(tags)"}
  - {id: w, type: window, shape: sliding, size: 10s, slide: 5s}
  - {id: s, type: aggregate, op: sum, of: v}
""",
    "filter-sum": """\
  - {id: big, type: filter, expr: "v > `1`"}
  - {id: k, type: key_by, expr: k}
  - {id: w, type: window, shape: sliding, size: 10s, slide: 5s}
  - {id: s, type: aggregate, op: sum, of: v}
  - {id: shape, type: map, expr: "{who: key, total: value}"}
""",
    "tags-session": """\
  - {id: tags, type: flat_map, expr: tags}
  - {id: k, type: key_by, expr: "@"}
  - {id: w, type: window, shape: session, gap: 3s}
  - {id: top, type: aggregate, op: top_k, k: 2}
""",
    "bad-map-count-window": """\
  - {id: m, type: map, expr: "{k: k, n: length(tags)}"}
  - {id: k, type: key_by, expr: k}
  - {id: w, type: window, shape: count, size: 3}
  - {id: mx, type: aggregate, op: max, of: n}
""",
    "two-windows": """\
  - {id: k, type: key_by, expr: "[k, v]"}
  - {id: w, type: window, shape: tumbling, size: 5s}
  - {id: n, type: aggregate, op: count}
  - {id: k2, type: key_by, expr: "value && key"}
  - {id: w2, type: window, shape: tumbling, size: 20s}
  - {id: s, type: aggregate, op: sum, of: count}
""",
    "top-k-first": """\
  - {id: k, type: key_by, expr: k}
  - {id: w, type: window, shape: sliding, size: 10s, slide: 5s}
  - {id: top, type: aggregate, op: top_k, k: 2, of: v}
""",
    "dedupe-throttle": """\
  - {id: k, type: key_by, expr: k}
  - {id: once, type: dedupe, by: v, horizon: 4s}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: d, type: aggregate, op: distinct, of: v}
  - {id: calm, type: throttle, interval: 7s}
""",
}


def _processor(time: str, steps: str) -> Processor:
    registry = build_registry(entry_points=False)
    text = f"kind: processor\nname: p\nsources: [{{stream: s}}]\n{time}steps:\n{steps}"
    [spec] = load_flow_file("p.yaml", registry, text=text, env={})

    async def build() -> Processor:
        installed = await install(spec, FlowManager(registry=registry), registry)
        assert isinstance(installed.flow, Processor)
        return installed.flow

    return run_virtual(build())


@st.composite
def arrivals(draw: st.DrawFn) -> list[tuple[int, dict[str, Any]]]:
    """Events in arrival order, each at a virtual instant (seconds, non-decreasing)."""
    n = draw(st.integers(0, 40))
    out: list[tuple[int, dict[str, Any]]] = []
    clock = 0
    for i in range(n):
        clock += draw(st.sampled_from([0, 0, 0, 1, 2, 4]))
        kind = draw(st.sampled_from(["ok"] * 8 + ["far-late", "no-time", "bad-tags", "no-k"]))
        t: float = clock + 100 - draw(st.floats(0, 4.99))
        if kind == "far-late":
            t -= 40
        value: dict[str, Any] = {
            "k": draw(st.sampled_from(["a", "b", "c"])),
            "v": draw(st.integers(0, 3)),
            "tags": draw(st.lists(st.sampled_from(["#x", "#y", "#z"]), max_size=2)),
            "i": i,
        }
        if kind != "no-time":
            value["t"] = t
        if kind == "no-k":
            del value["k"]  # key_by k: the key null
        if kind == "bad-tags":
            value["tags"] = 7  # length(7) and a flat_map of 7 fail: dropped, counted
        out.append((clock, value))
    return out


def _batches(
    events: list[tuple[int, dict[str, Any]]], cuts: list[bool]
) -> list[tuple[int, list[tuple[str, Any]]]]:
    """The events as lists: a new list at each new instant and where ``cuts`` says."""
    out: list[tuple[int, list[tuple[str, Any]]]] = []
    for i, (at, value) in enumerate(events):
        entry = (str(i), value)
        if out and out[-1][0] == at and not cuts[i % len(cuts)]:
            out[-1][1].append(entry)
        else:
            out.append((at, [entry]))
    return out


def _run(
    processor: Processor, batches: list[tuple[int, list[tuple[str, Any]]]]
) -> tuple[list[tuple[float, Any]], dict[str, Any]]:
    """Each output with its virtual instant, and the processor's counts after the run."""
    scheduler = TestScheduler()
    messages = [ReactiveTest.on_next(at + 1, ("s", entries)) for at, entries in batches]
    last = (batches[-1][0] if batches else 0) + 100
    source = scheduler.create_hot_observable(*messages, ReactiveTest.on_completed(last))
    seen: list[tuple[float, Any]] = []

    def record(outputs: list[Any]) -> None:
        seen.extend((scheduler.clock, out) for out in outputs)

    errors: list[Exception] = []
    source.pipe(processor.batch_operator(scheduler)).subscribe(
        record, errors.append, scheduler=scheduler
    )
    scheduler.start()
    assert not errors
    described = processor.describe()
    counts = {
        k: described[k] for k in ("watermark", "open_windows", "late", "dropped", "dropped_by")
    }
    counts["inputs"] = described["inputs"]
    counts["windows"] = {
        step: stats.as_dict() for step, stats in processor.state.window_stats.items()
    }
    counts["emitted"] = dict(processor.state.emitted)
    return seen, counts


@settings(max_examples=200, deadline=None)
@given(
    time=st.sampled_from(sorted(TIMES)),
    steps=st.sampled_from(sorted(STEPS)),
    events=arrivals(),
    cuts=st.lists(st.booleans(), min_size=1, max_size=8),
)
def test_lists_of_any_split_and_fused_steps_give_what_one_record_per_list_gives(
    time: str, steps: str, events: list[tuple[int, dict[str, Any]]], cuts: list[bool]
) -> None:
    reference = _processor(TIMES[time], STEPS[steps])
    reference.fuse = False  # the plain chain, step by step
    one_by_one = _run(reference, _batches(events, [True]))
    batched = _run(_processor(TIMES[time], STEPS[steps]), _batches(events, cuts))
    assert batched[0] == one_by_one[0]
    assert batched[1] == one_by_one[1]


def test_a_list_split_across_instants_keeps_each_window_once() -> None:
    # a direct case: 2,500 events of one instant in lists of 1,000 -- every (key,
    # window) once, counts summing to the events, as for one record per list
    values = [{"k": f"u{i % 7}", "t": 1000.0 + i / 50} for i in range(2500)]
    entries = [(str(i), v) for i, v in enumerate(values)]
    flow = (TIMES["event"], STEPS["count"])
    whole = _processor(*flow).process([("s", entries[i : i + 1000]) for i in range(0, 2500, 1000)])
    single = _processor(*flow).process([("s", [e]) for e in entries])
    assert whole == single
    windows = [(o.value["key"], o.value["start"]) for o in whole]
    assert len(windows) == len(set(windows))
    assert sum(o.value["count"] for o in whole) == 2500


def test_process_is_the_marble_operator_on_the_same_records() -> None:
    # the lists path and the per-value marble path (test_operator) agree
    values = [{"k": "a", "t": t} for t in (1.0, 4.0, 12.0, 9.0, 25.0, 3.0, 40.0)]
    processor = _processor(TIMES["side"], STEPS["count"])
    marbles: list[Any] = []
    reactivex.from_iterable(values).pipe(processor.test_operator(None)).subscribe(marbles.append)
    entries = [(str(i), v) for i, v in enumerate(values)]
    outputs = _processor(TIMES["side"], STEPS["count"]).process([("s", entries)])
    assert [o.value if o.kind == "value" else {"late": o.value} for o in outputs] == marbles
    assert any(o.kind == "late" for o in outputs)


ODD_TIMES = [1.0, True, "5", None, float("nan"), float("inf"), 7, [3], 2.5e3, -1, 10**400]
"""Times as a client may send them; ``10**400``: an int beyond floats (dropped, counted)."""


@pytest.mark.parametrize(
    ("time", "wrap"),
    [
        ("time: {field: t, max_out_of_orderness: 5s}\n", lambda t: {"k": "a", "t": t}),
        ("time: {field: t, unit: ms}\n", lambda t: {"k": "a", "t": t}),
        ("time: {field: at.t}\n", lambda t: {"k": "a", "at": {"t": t}}),
        ("time: {field: t}\n", lambda t: [t]),  # not an object: no event time
    ],
)
def test_the_list_intake_reads_event_time_as_ingest_does(
    time: str, wrap: Callable[[Any], Any]
) -> None:
    # numbers only (no booleans, strings, NaN or infinities), as a bare field read
    # inline or through JMESPath: what ingest (the marble path) keeps and drops
    values = [wrap(t) for t in ODD_TIMES]
    marbles = _processor(time, STEPS["count"])
    shown: list[Any] = []
    reactivex.from_iterable(values).pipe(marbles.test_operator(None)).subscribe(shown.append)
    lists = _processor(time, STEPS["count"])
    outputs = lists.process([("s", [(str(i), v) for i, v in enumerate(values)])])
    assert [o.value for o in outputs] == shown
    assert lists.ingest_dropped == marbles.ingest_dropped
    assert lists.describe()["dropped_by"] == marbles.describe()["dropped_by"]


@pytest.mark.parametrize("time", ["event", "lateness", "side"])
def test_a_key_by_fused_into_the_window_drops_and_counts_what_key_by_does(time: str) -> None:
    # length(7) fails: key_by drops and counts the record; fused, the window's list of
    # keys leaves it out and counts it the same; a record without the key field is
    # keyed null either way
    values: list[dict[str, Any]] = [
        {"k": "a", "v": 1, "tags": 7, "t": 100.0},
        {"k": "a", "v": 2, "tags": ["#x"], "t": 101.0},
        {"v": 3, "tags": ["#x", "#y"], "t": 102.0},
    ]
    events = [(0, v) for v in values]
    for steps in ("bad-key", "count"):
        reference = _processor(TIMES[time], STEPS[steps])
        reference.fuse = False
        expected = _run(reference, _batches(events, [True]))
        fused = _run(_processor(TIMES[time], STEPS[steps]), _batches(events, [False]))
        assert fused == expected
    assert expected[1]["dropped_by"]["expression"] == 0  # count: key_by k never fails
    bad = _processor(TIMES[time], STEPS["bad-key"])
    assert _run(bad, _batches(events, [False]))[1]["dropped_by"]["expression"] == 1


ODD = [None, True, "5", float("nan"), float("inf"), -float("inf"), [1.0], -(10**400)]


@st.composite
def stamped(draw: st.DrawFn) -> list[tuple[str, Any]]:
    """Entries in arrival order: mostly good event times (disorder, far-late ones, ints),
    some odd ones (none, a bool, a string, NaN, infinities, a list), some values that
    are no dict."""
    out: list[tuple[str, Any]] = []
    for i in range(draw(st.integers(0, 60))):
        kind = draw(st.sampled_from(["ok"] * 6 + ["int", "far-late", "odd", "no-dict"]))
        t: Any = i + 100 - draw(st.floats(0, 4.99))
        if kind == "int":
            t = int(t)
        elif kind == "far-late":
            t -= 40
        elif kind == "odd":
            t = draw(st.sampled_from(ODD))
        value: Any = [t] if kind == "no-dict" else {"k": "a", "t": t}
        if kind == "odd" and t is None:
            del value["t"]
        out.append((str(i), value))
    return out


def _model_checkpoint(
    entries: list[tuple[str, Any]], retain: float, scale: float
) -> tuple[list[list[Any]], float | None, int]:
    """The checkpoint's records and high as the intake kept them record by record:
    each record with a finite number (no bool) as event time, then those before
    ``high - retain`` forgotten from the oldest up to the first that is not; and how
    many records had an event time."""
    kept: list[list[Any]] = []
    high = -math.inf
    timed = 0
    for entry_id, value in entries:
        t: Any = value.get("t") if isinstance(value, dict) else None
        if type(t) not in (int, float):
            continue
        try:
            stamp = t * scale
        except OverflowError:  # an int beyond floats
            continue
        if not math.isfinite(stamp):
            continue
        timed += 1
        high = max(high, stamp)
        kept.append(["s", entry_id, stamp, value])
        while kept and kept[0][2] < high - retain:
            kept.pop(0)
    return kept, (high if math.isfinite(high) else None), timed


@settings(max_examples=200, deadline=None)
@given(entries=stamped(), cuts=st.lists(st.booleans(), min_size=1, max_size=8))
def test_the_checkpoint_keeps_what_record_by_record_keeping_keeps(
    entries: list[tuple[str, Any]], cuts: list[bool]
) -> None:
    # the intake keeps a chunk per list and forgets from the oldest chunk: the
    # checkpoint's records (and the count of dropped ones) are those of a record-by-
    # record model, however the entries are split into lists
    processor = _processor(TIMES["event"], STEPS["count"])
    run = _Run(0, ChainState())
    run.subjects = {"s": Subject()}
    lists: list[list[tuple[str, Any]]] = []
    for i, entry in enumerate(entries):
        if lists and not cuts[i % len(cuts)]:
            lists[-1].append(entry)
        else:
            lists.append([entry])
    for part in lists:
        processor._feed_many(run, "s", part, False)
    state = json.loads(processor.snapshot(run).state)
    records, high, timed = _model_checkpoint(entries, processor.retain, processor.time.scale)
    assert state["records"] == json.loads(json.dumps(records))
    assert state["high"] == high
    assert processor.inputs == len(entries)
    assert processor.ingest_dropped == len(entries) - timed


@pytest.mark.parametrize("op", ["count", "sum", "mean", "min", "max", "top_k", "distinct"])
@pytest.mark.parametrize("time", ["event", "side+lateness"])
def test_a_window_first_in_the_chain_folds_values_as_the_plain_chain_folds_records(
    op: str, time: str
) -> None:
    # key_by + window first: the window takes the sources' keys, times and values, no
    # record made, each aggregate over values; late events and updates as the plain
    # chain (one record per list, key_by then window) gives them
    steps = f"""\
  - {{id: k, type: key_by, expr: k}}
  - {{id: w, type: window, shape: tumbling, size: 10s}}
  - {{id: a, type: aggregate, op: {op}, of: v}}
"""
    values: list[dict[str, Any]] = [
        {"k": k, "v": v, "t": t}
        for k, v, t in [
            ("a", 1, 100.0), ("b", 2, 103.5), ("a", 3, 104.0), ("a", 2, 112.0),
            ("b", 1, 96.0), ("a", 5, 99.0), ("b", 4, 121.0), ("a", 0, 108.0),
            ("b", 7, 80.0), ("a", 1, 135.0),
        ]
    ]  # fmt: skip
    events = [(0, v) for v in values[:5]] + [(3, v) for v in values[5:]]
    reference = _processor(TIMES[time], steps)
    reference.fuse = False
    expected = _run(reference, _batches(events, [True]))
    fused = _run(_processor(TIMES[time], steps), _batches(events, [False]))
    assert fused == expected
    assert expected[0]
    assert expected[1]["late"] > 0


BAD_VALUES: list[Any] = ["12", None, True, 10**400, float("nan"), float("inf"), [1], {"x": 1}]
"""Values an aggregate of numbers cannot fold; ``"12"``: a number sent as text."""


@pytest.mark.parametrize(
    ("op", "expected"),
    [("sum", 6), ("mean", 2.0), ("min", 1), ("max", 3)],
)
@pytest.mark.parametrize("time", ["event", "processing"])
def test_values_an_aggregate_cannot_fold_are_dropped_and_counted(
    op: str, expected: float, time: str
) -> None:
    # one event whose value is text (or no number) failed the whole processor, and its
    # replay from the checkpoint failed the next instance too
    steps = f"""\
  - {{id: k, type: key_by, expr: k}}
  - {{id: w, type: window, shape: count, size: {3 + len(BAD_VALUES)}}}
  - {{id: a, type: aggregate, op: {op}, of: v}}
"""
    if time == "event":
        steps = steps.replace("shape: count, size: 11", "shape: tumbling, size: 10s")
    header = TIMES["event"] if time == "event" else ""
    good = [{"k": "a", "v": v, "t": 100.0} for v in (1, 2, 3)]
    bad = [{"k": "a", "v": v, "t": 100.0} for v in BAD_VALUES]
    processor = _processor(header, steps)
    entries = [(str(i), v) for i, v in enumerate([good[0], *bad, good[1], good[2]])]
    outputs = processor.process([("s", entries)])
    assert [o.value["value"] for o in outputs if o.kind == "value"] == [expected]
    assert processor.describe()["dropped_by"]["expression"] == len(BAD_VALUES)


@pytest.mark.parametrize("op", ["top_k", "distinct"])
def test_top_k_and_distinct_take_values_of_mixed_types(op: str) -> None:
    steps = f"""\
  - {{id: w, type: window, shape: count, size: 6}}
  - {{id: a, type: aggregate, op: {op}, of: v}}
"""
    values = [{"v": v} for v in ("a", 1, "a", None, [1, "b"], float("nan"))]
    processor = _processor("", steps)
    outputs = processor.process([("s", [(str(i), v) for i, v in enumerate(values)])])
    [out] = [o.value["value"] for o in outputs]
    if op == "top_k":
        assert out[0] == ["a", 2]
        assert len(out) == 4  # a, 1, None, [1, "b"]; NaN (equal to nothing) dropped
    else:
        assert out == 4
    assert processor.describe()["dropped_by"]["expression"] == 1
