"""A processor's operator chain: its steps as our operators, over its sources' records.

    sources ─► merge (those no join consumes) ─► step ─► step ─► ... ─► outputs
                                    join ◄── the other source (keyed by the join)

Every step is one operator of ``operators`` (``window`` + ``aggregate`` are one
:func:`operators.window_batches`); between them flow lists of :class:`Rec` records
(a source hands the chain what it read at once, as :class:`Columns`: one Rx hop per
list, not per record; a ``key_by`` first, fused into the event-time window after it,
hands the window the columns' keys, times and values: no record per event).
``map``, ``filter``, ``flat_map`` and ``key_by`` are functions applied to each list;
``dedupe``, ``debounce``, ``throttle`` and ``join`` take the records one by one.
However the input is split into lists, the outputs are the same, in the same order,
as for one record per list (``tests/flows/patterns/test_processor_batches.py``). A
window's results become records keyed like the window, whose value is
``{key, start, end, value, count, update}`` (a join's: ``{key, start, end, left,
right}``). What leaves the chain is lists of :class:`Output`: a value for the sinks,
or a late event for the side output.

Effectively-once output: the chain takes the ``emitted`` map of a checkpoint (output
key ``"<step>:<key>"`` -> highest window end in ms already emitted) and drops a
window result (not an update) at or before it: a restored processor replays its
retained input and re-forms its open windows without emitting a closed one twice.
A window emitted after that checkpoint, before the instance died, is formed again:
its output carries its ``origin`` (``"<step>:<key>@<end ms>"``), by which a stream
sink stores it once (``produce_once``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from typing import Any, Literal

import reactivex
from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable
from reactivex.subject import Subject

from operators import (
    CountWindow,
    EventTime,
    JoinResult,
    LateEvent,
    WindowResult,
    WindowStats,
    window_batches,
)

from .._errors import FlowConfigError
from ._processor_steps import (
    AggregateStep,
    BatchFn,
    ChainContext,
    Rec,
    RecordFn,
    RecordStep,
    WindowStep,
)

__all__ = [
    "ChainState",
    "Columns",
    "Output",
    "StepSpec",
    "build_chain",
    "output_key",
    "unbatch",
]


@dataclass(frozen=True, slots=True)
class StepSpec:
    """A built step: its id, component type and what its factory returned."""

    id: str
    type: str
    built: RecordStep | WindowStep | AggregateStep


@dataclass(frozen=True, slots=True)
class Output:
    """What leaves a processor: ``kind="value"`` for the sinks, ``"late"`` for the side output."""

    kind: Literal["value", "late"]
    value: Any
    origin: str | None = None  # the window result it comes from (``Rec.origin``)


@dataclass(slots=True)
class ChainState:
    """The counters and output bookkeeping one chain updates (JSON-able parts: ``emitted``).

    Attributes:
        emitted: Output key -> highest window end (ms) emitted (live).
        replayed: The ``emitted`` map the chain was restored with: window results at
            or before it are not emitted again.
        window_stats: WindowStats of each window/join/debounce step, by step id.
        dropped: Records dropped because an expression failed on them, by step id.
        late: Late events (from every window step).
        closed: Window results emitted (not updates): a checkpoint is due after one.
    """

    emitted: dict[str, int] = field(default_factory=dict)
    replayed: dict[str, int] = field(default_factory=dict)
    window_stats: dict[str, WindowStats] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    closed: int = 0

    def drop(self, step: str) -> None:
        """Count a dropped record of ``step``."""
        self.dropped[step] = self.dropped.get(step, 0) + 1

    @property
    def late(self) -> int:
        """Late events of every windowing step."""
        return sum(s.late for s in self.window_stats.values())

    @property
    def open_windows(self) -> int:
        """Window states held by every windowing step."""
        return sum(s.open_windows for s in self.window_stats.values())

    @property
    def watermark(self) -> float:
        """The lowest watermark of the windowing steps (``-inf`` before any event)."""
        marks = [s.watermark for s in self.window_stats.values()]
        return min(marks) if marks else -math.inf


def output_key(step: str, key: Any) -> str:
    """``"<step>:<key as JSON>"``: the key of ``emitted`` for a window result."""
    return f"{step}:{json.dumps(key, sort_keys=True, default=str)}"


Batch = Callable[[Observable[list[Any]]], Observable[list[Any]]]
"""An operator on lists of records (and late events)."""


def _window_records(step: str, state: ChainState) -> Batch:
    """Window/join results as records, already-emitted windows dropped; late events kept."""

    def convert(item: Any) -> Any:
        """The record of a result, None for an already-emitted one; others as they are."""
        if isinstance(item, WindowResult):
            value: dict[str, Any] = {
                "key": item.key,
                "start": item.start,
                "end": item.end,
                "value": _plain(item.value),
                "count": item.count,
                "update": item.update,
            }
            update = item.update
        elif isinstance(item, JoinResult):
            value = {
                "key": item.key,
                "start": item.start,
                "end": item.end,
                "left": item.left.value,
                "right": item.right.value,
            }
            update = False
        else:
            return item  # a late event
        okey = output_key(step, item.key)
        end_ms = round(item.end * 1000)
        # a window's result, or its update after n events: the same after a
        # restore (a join's pairs share a window: they go without an origin)
        origin = None
        if isinstance(item, WindowResult):
            origin = f"{okey}@{end_ms}" + (f"~{item.count}" if update else "")
        if not update and end_ms <= state.replayed.get(okey, -1 << 62):
            return None  # emitted before the checkpoint this chain resumed from
        if end_ms > state.emitted.get(okey, -1 << 62):
            state.emitted[okey] = end_ms
        if not update:
            state.closed += 1
        return Rec(step, item.key, item.start, value, origin)

    def each(batch: list[Any]) -> list[Any]:
        return [rec for rec in map(convert, batch) if rec is not None]

    return _lists(each)


def _lists(fn: Callable[[list[Any]], list[Any]]) -> Batch:
    """Apply ``fn`` to each list; send what it gives unless that is empty."""

    def apply(source: Observable[list[Any]]) -> Observable[list[Any]]:
        def subscribe(
            observer: abc.ObserverBase[list[Any]], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            def on_next(batch: list[Any]) -> None:
                out = fn(batch)
                if out:
                    observer.on_next(out)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler
            )

        return Observable(subscribe)

    return apply


def _records(each: RecordFn, batch: BatchFn | None, step: str, ctx: ChainContext) -> Batch:
    """A record function over lists: ``batch`` at once, else (or when it raises) ``each``
    per record; a record ``each`` raises on is dropped and counted."""
    dropped = ctx.dropped

    def one_by_one(recs: list[Rec]) -> list[Rec]:
        out: list[Rec] = []
        for rec in recs:
            try:
                found = each(rec)
            except Exception:  # a bad record: counted, the processor goes on
                dropped(step)
                continue
            out += found
        return out

    if batch is None:
        return _lists(one_by_one)

    def at_once(recs: list[Rec]) -> list[Rec]:
        try:
            return batch(recs)
        except Exception:  # some record is bad: find it, one by one
            return one_by_one(recs)

    return _lists(at_once)


def _accepted(
    accepts: Callable[[Any], bool], step: str, ctx: ChainContext, *, columns: bool
) -> Batch:
    """The records (or :class:`Columns`) whose value ``accepts`` takes; the rest dropped
    and counted at ``step`` (an aggregate's values it cannot fold)."""
    dropped = ctx.dropped

    def refuse(rec: Rec) -> list[Rec]:
        if accepts(rec.value):
            return [rec]
        raise ValueError(rec.value)  # counted by _records

    def at_once(recs: list[Rec]) -> list[Rec]:
        if all(accepts(r.value) for r in recs):
            return recs
        raise ValueError(step)  # some record is refused: _records finds it

    if not columns:
        return _records(refuse, at_once, step, ctx)

    def kept(batch: Columns) -> Columns | None:
        ok = list(map(accepts, batch.values))
        if all(ok):
            return batch
        times = [t for t, good in zip(batch.times, ok, strict=True) if good]
        values = [v for v, good in zip(batch.values, ok, strict=True) if good]
        for _ in range(len(ok) - len(values)):
            dropped(step)
        return Columns(batch.source, times, values) if values else None

    def apply(source: Observable[Any]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            def on_next(batch: Columns) -> None:
                found = kept(batch)
                if found is not None:
                    observer.on_next(found)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler
            )

        return Observable(subscribe)

    return apply


@dataclass(slots=True)
class Columns:
    """A list of one source's records as columns: what the intake hands the chain.

    The records are ``Rec(source, None, times[i], values[i])``; a chain whose first
    steps are a ``key_by`` fused into an event-time window never makes them (the
    window takes the keys, times and values), any other makes them (:meth:`records`).
    Never changed once made (not ``frozen``: a frozen ``__init__`` costs 4x, and one
    is made per list, often of one record).
    """

    source: str
    times: list[float]
    values: list[Any]

    def records(self) -> list[Rec]:
        """The records, in order."""
        return list(map(Rec, repeat(self.source), repeat(None), self.times, self.values))


Keyed = tuple[list[Any], list[float], list[Any]]
"""What a fused window takes: keys, event times and items (records or values)."""


def _keyed(
    key: Callable[[Any], Any],
    keys: Callable[[list[Any]], list[Any]] | None,
    step: str,
    ctx: ChainContext,
    *,
    columns: bool,
) -> Callable[[Observable[Any]], Observable[Keyed]]:
    """``key_by`` fused with the window after it: each list as ``(keys, times, items)``
    for ``window_batches(keyed=True)``, without a keyed record each. The items are
    the records of each list, or with ``columns`` the values of each :class:`Columns`
    (the window then folds values). A record whose key raises is dropped and
    counted, as ``key_by`` does."""
    dropped = ctx.dropped

    def split(batch: Any) -> tuple[list[float], list[Any], list[Any]]:
        """Times, values and items of ``batch``."""
        if columns:
            return batch.times, batch.values, batch.values
        return list(map(_TIME, batch)), list(map(_VALUE, batch)), batch

    def one_by_one(times: list[float], values: list[Any], items: list[Any]) -> Keyed:
        found: list[Any] = []
        kept_times: list[float] = []
        kept: list[Any] = []
        for time, value, item in zip(times, values, items, strict=True):
            try:
                k = key(value)
            except Exception:  # a bad record: counted, the processor goes on
                dropped(step)
                continue
            found.append(k)
            kept_times.append(time)
            kept.append(item)
        return found, kept_times, kept

    def triple(batch: Any) -> Keyed:
        times, values, items = split(batch)
        if keys is not None:
            try:
                return keys(values), times, items
            except Exception:  # some record is bad: find it, one by one
                pass
        return one_by_one(times, values, items)

    def apply(source: Observable[Any]) -> Observable[Keyed]:
        def subscribe(
            observer: abc.ObserverBase[Keyed],
            scheduler: abc.SchedulerBase | None = None,
        ) -> abc.DisposableBase:
            def on_next(batch: Any) -> None:
                found = triple(batch)
                if found[2]:
                    observer.on_next(found)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler
            )

        return Observable(subscribe)

    return apply


def _then(
    first: Callable[[Observable[Any]], Observable[Any]],
    then: Callable[[Observable[Any]], Observable[list[Any]]],
) -> Batch:
    """``first``, then ``then``: one operator."""

    def apply(source: Observable[list[Any]]) -> Observable[list[Any]]:
        return then(first(source))

    return apply


def unbatch(source: Observable[Iterable[Any]]) -> Observable[Any]:
    """The items of each list, one by one."""

    def subscribe(
        observer: abc.ObserverBase[Any], scheduler: abc.SchedulerBase | None = None
    ) -> abc.DisposableBase:
        def on_next(batch: Iterable[Any]) -> None:
            for item in batch:
                observer.on_next(item)

        return source.subscribe(
            on_next, observer.on_error, observer.on_completed, scheduler=scheduler
        )

    return Observable(subscribe)


def _one_by_one(op: Callable[[Observable[Rec]], Observable[Any]]) -> Batch:
    """A per-record operator (dedupe, debounce, throttle, join) between lists."""

    def apply(source: Observable[list[Any]]) -> Observable[list[Any]]:
        return op(unbatch(source)).pipe(reactivex.operators.map(lambda item: [item]))

    return apply


def _late_around(op: Batch) -> Batch:
    """Apply ``op`` to the records of each list; late events from earlier steps go around
    it unchanged, in their place: a list ``[r1, late, r2]`` gives ``op``'s output for
    ``[r1]``, then ``[late]``, then ``op``'s output for ``[r2]``."""

    def apply(source: Observable[list[Any]]) -> Observable[list[Any]]:
        def subscribe(
            observer: abc.ObserverBase[list[Any]], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            inner: Subject[list[Any]] = Subject()
            done = op(inner).subscribe(
                observer.on_next, observer.on_error, observer.on_completed, scheduler=scheduler
            )

            def on_next(batch: list[Any]) -> None:
                run: list[Any] = []
                lates = False
                for item in batch:
                    if isinstance(item, LateEvent) != lates:
                        if run:
                            (observer.on_next if lates else inner.on_next)(run)
                        run = []
                        lates = not lates
                    run.append(item)
                if run:
                    (observer.on_next if lates else inner.on_next)(run)

            upstream = source.subscribe(
                on_next, inner.on_error, inner.on_completed, scheduler=scheduler
            )
            return CompositeDisposable(upstream, done)

        return Observable(subscribe)

    return apply


def build_chain(
    steps: Sequence[StepSpec],
    sources: Mapping[str, Observable[Columns]],
    *,
    time: EventTime[Rec] | None,
    late: Literal["drop", "emit"],
    scheduler: abc.SchedulerBase | None,
    state: ChainState,
    fuse: bool = True,
) -> Observable[list[Output]]:
    """The processor's outputs, from its sources' lists of records through each step.

    ``sources`` are subscribed once each (share them if they are cold). With
    ``fuse``, a ``key_by`` right before an event-time ``window`` (no idle timeout)
    hands the window each list's keys and times beside its records instead of keyed
    records; when they are the first steps, beside the sources' values, no record
    made (the same outputs: ``tests/flows/patterns/test_processor_batches.py``).

    Raises:
        FlowConfigError: a ``window`` step not followed by ``aggregate`` (or the
            reverse), or a join of an unknown source.
    """
    joined = {s.built.uses_source for s in steps if isinstance(s.built, RecordStep)}
    main_names = [n for n in sources if n not in joined]
    if not main_names:
        msg = "every source is consumed by a join: at least one must feed the steps"
        raise FlowConfigError(msg)
    fusable = fuse and time is not None and time.idle_timeout is None
    current: Observable[Any] = reactivex.merge(*(sources[n] for n in main_names))
    if not _fuses(steps, 0, fusable):  # the first step takes records
        current = current.pipe(reactivex.operators.map(Columns.records))
    # a join reads its other side record by record
    singles = {
        name: unbatch(source.pipe(reactivex.operators.map(Columns.records)))
        for name, source in sources.items()
    }
    ctx = ChainContext(scheduler, time, late, singles, dropped=state.drop)
    ctx.window_stats = state.window_stats
    pending: StepSpec | None = None
    # a key_by fused with the next window, and whether it is first (takes Columns)
    keying: tuple[str, RecordStep, bool] | None = None
    lates = False  # late events may be in the chain: later steps let them go around

    def around(op: Batch) -> Batch:
        return _late_around(op) if lates else op

    for i, spec in enumerate(steps):
        ctx.step = spec.id
        built = spec.built
        if pending is not None:
            if not isinstance(built, AggregateStep):
                msg = f"step '{pending.id}' (window) must be followed by an aggregate step"
                raise FlowConfigError(msg)
            assert isinstance(pending.built, WindowStep)
            stats = ctx.stats_for(spec.id)
            on_values = keying is not None and keying[2]  # the window folds values
            if built.accepts is not None:  # values it cannot fold: dropped, counted
                guard = _accepted(built.accepts, spec.id, ctx, columns=on_values)
                current = current.pipe(around(guard))
            op: Batch = window_batches(
                pending.built.windows,
                built.make_values() if on_values else built.make(),
                key=_KEY,
                time=None if _is_count(pending.built) else time,
                late=late,
                stats=stats,
                scheduler=scheduler,
                keyed=keying is not None,
            )
            if keying is not None:
                key_id, key_step, first = keying
                assert key_step.key is not None
                keyed = _keyed(key_step.key, key_step.keys, key_id, ctx, columns=first)
                op = _then(keyed, op)
                keying = None
            current = current.pipe(around(op), _window_records(spec.id, state))
            lates = lates or late == "emit"
            pending = None
            continue
        if isinstance(built, WindowStep):
            pending = spec
            continue
        if isinstance(built, AggregateStep):
            msg = f"step '{spec.id}' (aggregate) must follow a window step"
            raise FlowConfigError(msg)
        if built.uses_source is not None and built.uses_source not in sources:
            msg = f"step '{spec.id}' joins '{built.uses_source}', which is not a source"
            raise FlowConfigError(msg)
        if _fuses(steps, i, fusable):
            keying = (spec.id, built, i == 0)  # the window after it keys its records
            continue
        if built.each is not None:
            current = current.pipe(around(_records(built.each, built.batch, spec.id, ctx)))
            continue
        assert built.build is not None
        current = current.pipe(around(_one_by_one(built.build(ctx))))
        if built.uses_source is not None:
            current = current.pipe(_window_records(spec.id, state))
            lates = lates or late == "emit"
    if pending is not None:
        msg = f"step '{pending.id}' (window) must be followed by an aggregate step"
        raise FlowConfigError(msg)
    return current.pipe(reactivex.operators.map(_outputs))


def _fuses(steps: Sequence[StepSpec], i: int, fusable: bool) -> bool:
    """Whether step ``i`` is a ``key_by`` fused into the time window after it."""
    if not fusable or i + 1 >= len(steps):
        return False
    built, after = steps[i].built, steps[i + 1].built
    return (
        isinstance(built, RecordStep)
        and built.key is not None
        and isinstance(after, WindowStep)
        and not _is_count(after)
    )


_KEY: Callable[[Rec], Any] = attrgetter("key")  # Rec.key_of, without a Python frame
_TIME: Callable[[Rec], float] = attrgetter("time")
_VALUE: Callable[[Rec], Any] = attrgetter("value")


def _outputs(batch: list[Any]) -> list[Output]:
    return [_output(item) for item in batch]


def _is_count(step: WindowStep) -> bool:
    return isinstance(step.windows, CountWindow)


def _plain(value: Any) -> Any:
    """Tuples (a top_k's pairs) as lists: outputs are JSON values."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _output(item: Rec | LateEvent[Rec]) -> Output:
    if isinstance(item, LateEvent):
        rec = item.value
        late: dict[str, Any] = {
            "key": item.key,
            "time": item.time,
            "watermark": item.watermark,
            "value": rec.value if isinstance(rec, Rec) else rec,
        }
        if item.side is not None:
            late["side"] = item.side
        return Output("late", late)
    return Output("value", item.value, item.origin)
