"""Processor: a stream processor (``kind: processor``) and its runtime.

A processor reads its sources (streams, or event types by pattern), runs each
record through its operator chain (``_processor_chain``) and hands what comes out to
its sinks (a stream, an event type, a state-machine trigger, a webhook); late
events go to the side output when one is declared.

Runtime, on one instance at a time (``backend.processors``, a
:class:`~flows.backends.ProcessorStore`)::

    acquire the lease ──► load the checkpoint ──► replay its retained records ──►
    read each source after its offset ──► chain ──► sinks
        every ``interval`` (and after a window closes): renew the lease, wait for
        the sinks to drain, save {offsets, state, emitted}; a failed renewal stops
        processing (another instance took over) and the processor waits for the
        lease again

The state snapshot is JSON: in event time, the input records a window may still
need (event time within ``retain`` of the watermark), replayed through a fresh chain
on restore, the ``emitted`` map keeping closed windows from being emitted twice. In
processing time nothing is retained: open windows restart empty after a restart
(their events' processing times are gone), offsets and ``emitted`` still hold.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time as _time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, Literal, Protocol

import reactivex
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.disposable import CompositeDisposable
from reactivex.scheduler.eventloop import AsyncIOScheduler
from reactivex.subject import Subject

from operators import EventTime

from ..backends import EntryId, ProcessorCheckpoint, ProcessorStore, StreamLike
from ._event import Event
from ._processor_chain import ChainState, Columns, Output, StepSpec, build_chain, unbatch
from ._processor_steps import Expr, Rec, RecordStep, WindowStep
from ._state_machine import StateMachine

__all__ = [
    "Processor",
    "ProcessorHost",
    "SinkSpec",
    "SourceSpec",
    "TimeSpec",
    "WebhookSender",
    "loop_scheduler",
]

log = logging.getLogger("captionflow.processors")

_TIME: Callable[[Rec], float] = attrgetter("time")  # Rec.time_of, without a Python frame

_NO_FIELD: Any = object()
_VALUE: Callable[[tuple[str, Any]], Any] = itemgetter(1)  # an entry's value
_BULK = 8  # lists this long or longer have their event times read at C speed
_FLOAT = frozenset({float})
_NUMBER = frozenset({float, int})

BATCH = 1000
"""At most this many records per list handed to the chain: what the sources read
while the loop was busy (see ``Processor._take``)."""

WebhookSender = Callable[[str], Callable[[Event], Awaitable[bool]]]
"""``url -> deliver(event) -> delivered?``: the app's SSRF-safe webhook delivery, which
sends ``event.id`` as the ``Idempotency-Key`` header (a window output's id)."""


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A source: records from a stream, or the data of events matching a pattern."""

    name: str
    stream: str | None = None
    events: str | None = None


@dataclass(frozen=True, slots=True)
class SinkSpec:
    """Where outputs go: ``stream``, ``event`` (type), ``machine`` (+ ``trigger``), ``webhook``."""

    kind: Literal["stream", "event", "machine", "webhook"]
    target: str
    trigger: str | None = None

    def label(self) -> str:
        """``stream trending`` and the like (graphs, REST)."""
        extra = f" on {self.trigger}" if self.trigger else ""
        return f"{self.kind} {self.target}{extra}"


@dataclass(frozen=True, slots=True)
class TimeSpec:
    """Processing time (``field=None``) or event time read from a field of each record.

    Attributes:
        field: JMESPath of the event time; None for processing time.
        scale: Seconds per unit of the field (1 for seconds, 0.001 for ms).
        max_out_of_orderness: Seconds an event may trail the newest and be on time.
        allowed_lateness: Seconds a closed window still takes late events (updates).
        idle_timeout: Seconds without events after which the watermark follows the
            clock (so windows close when the input stops); None: only events move it.
    """

    field: Expr | None = None
    scale: float = 1.0
    max_out_of_orderness: float = 0.0
    allowed_lateness: float = 0.0
    idle_timeout: float | None = None

    def event_time(self) -> EventTime[Rec] | None:
        """The operators' EventTime, or None for processing time."""
        if self.field is None:
            return None
        return EventTime(_TIME, self.max_out_of_orderness, self.allowed_lateness, self.idle_timeout)


class ProcessorHost(Protocol):
    """What a running processor needs from its FlowManager."""

    @property
    def processor_store(self) -> ProcessorStore: ...

    @property
    def owner(self) -> str: ...

    def processor_scheduler(self) -> abc.SchedulerBase: ...

    async def sink_stream(self, name: str) -> StreamLike: ...

    async def find_state_machine(self, name: str) -> StateMachine: ...

    def events(self, pattern: str) -> Observable[Event]: ...

    async def publish(self, event_type: str, data: Any) -> None: ...

    async def publish_once(self, event_type: str, data: Any, key: str) -> bool: ...

    def webhook(self, url: str) -> Callable[[Event], Awaitable[bool]]: ...


@dataclass(slots=True)
class _Kept:
    """The records of one list kept for the checkpoint, in arrival order: each entry
    ``(entry id, value)`` with its event time; those before ``start`` are forgotten.
    ``top`` is the latest of ``times`` (the whole chunk goes once it is behind)."""

    source: str
    entries: Sequence[tuple[str, Any]]
    times: list[float]
    top: float
    start: int = 0


@dataclass(slots=True)
class _Run:
    """The live parts of one leadership term."""

    epoch: int
    state: ChainState
    offsets: dict[str, str] = field(default_factory=dict)
    # the records a window may still need (event time), a chunk per list read
    kept: deque[_Kept] = field(default_factory=deque)
    high: float = -math.inf
    subjects: dict[str, Subject[Columns]] = field(default_factory=dict)
    # read but not yet handed to the chain: runs of one source's (entry id, value)s
    pending: list[tuple[str, list[tuple[str, Any]]]] = field(default_factory=list)
    queue: asyncio.Queue[Output] = field(default_factory=asyncio.Queue)
    checkpointed_closed: int = 0
    resumed: bool = False  # restored from a checkpoint of this definition


class Processor:
    """A declared stream processor; see the module docstring."""

    def __init__(
        self,
        name: str,
        sources: Sequence[SourceSpec],
        steps: Sequence[StepSpec],
        *,
        time: TimeSpec | None = None,
        sinks: Sequence[SinkSpec] = (),
        side_output: SinkSpec | None = None,
        checkpoint_interval: float = 5.0,
        retain: float | None = None,
        lease_ttl: float = 6.0,
        fingerprint: str = "",
    ) -> None:
        self.name = name
        self.sources = list(sources)
        self.steps = list(steps)
        self.time = time or TimeSpec()
        self.sinks = list(sinks)
        self.side_output = side_output
        self.checkpoint_interval = checkpoint_interval
        self.retain = self._span() if retain is None else retain
        self.lease_ttl = lease_ttl
        self.fingerprint = fingerprint
        self.status: Literal["stopped", "standby", "running", "failed"] = "stopped"
        self.error: str | None = None
        self.inputs = 0
        self.ingest_dropped = 0
        self.sink_errors = 0
        self.outputs = 0
        self.checkpoints = 0
        self.last_checkpoint: float | None = None
        self.state = ChainState()
        # fuse a key_by into the event-time window after it (build_chain); False: the
        # plain chain, step by step (the reference the fused one is tested against)
        self.fuse = True
        self._run: _Run | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()
        self._stream_lag: dict[str, Callable[[], int | None]] = {}

    # -- definition ---------------------------------------------------------------
    def _span(self) -> float:
        """Seconds of input a window may still need: the steps' spans, lateness, bound."""
        span = 0.0
        for step in self.steps:
            built = step.built
            if isinstance(built, WindowStep):
                windows = built.windows
                span += float(getattr(windows, "size", 0.0) or getattr(windows, "gap", 0.0))
            elif isinstance(built, RecordStep):
                span += built.span
        return span + self.time.allowed_lateness + self.time.max_out_of_orderness

    @property
    def standby_poll(self) -> float:
        """Seconds between a standby's attempts at the lease: a dead holder's processor
        is taken over within ``lease_ttl`` plus this."""
        return min(self.lease_ttl / 3, 1.0)

    @property
    def event_time(self) -> bool:
        """Whether the processor runs in event time."""
        return self.time.field is not None

    def event_stamp(self, value: Any) -> float | None:
        """The event time of ``value`` in seconds (processing time: 0.0), or None when it
        has none (counted in ``ingest_dropped``)."""
        if self.time.field is None:
            return 0.0
        try:
            found = self.time.field(value)
        except Exception:
            found = None
        if isinstance(found, bool) or not isinstance(found, int | float):
            self.ingest_dropped += 1
            return None
        try:
            stamp = float(found) * self.time.scale
        except OverflowError:  # an int beyond floats: as unusable as an infinity
            stamp = math.inf
        if not math.isfinite(stamp):
            self.ingest_dropped += 1
            return None
        return stamp

    def _ingest_many(self, run: _Run, source: str, entries: Sequence[tuple[str, Any]]) -> Columns:
        """The records of ``(entry id, value)``s as columns (:meth:`event_stamp` of
        each); records without event time left out (counted). In event time, the
        records are also kept for the checkpoint (a chunk per list, see :class:`_Kept`)."""
        values = list(map(_VALUE, entries))
        if self.time.field is None:
            return Columns(source, [0.0] * len(values), values)
        if len(values) < _BULK:  # a few: the C-speed checks would cost more than they save
            return self._ingest_each(run, source, entries)
        times = self._times(values)
        if times is None:  # some value has no usable event time: one by one
            return self._ingest_each(run, source, entries)
        top = max(times)
        if top > run.high:
            run.high = top
        run.kept.append(_Kept(source, entries, times, top))
        self._trim(run)
        return Columns(source, times, values)

    def _times(self, values: list[Any]) -> list[float] | None:
        """The event times of ``values`` when the time is a bare field every value (a
        dict) has as a finite number (not a bool), at C speed; else None. The same
        times the record-by-record path reads (``value.get(field) * scale``)."""
        name = self.time.field.field if self.time.field is not None else None
        if name is None:
            return None
        scale = self.time.scale
        try:
            found: list[Any] = list(map(dict.get, values, repeat(name)))
            kinds = set(map(type, found))
            if kinds == _FLOAT and scale == 1.0:
                times: list[float] = found
            elif kinds <= _NUMBER:  # (a bool's type is bool: not a number here)
                times = [t * scale for t in found]
            else:
                return None
            if all(map(math.isfinite, times)):
                return times
        except (TypeError, OverflowError):  # a value is no dict; an int beyond floats
            pass
        return None

    def _ingest_each(self, run: _Run, source: str, entries: Sequence[tuple[str, Any]]) -> Columns:
        """:meth:`_ingest_many` record by record (a list with values it must drop)."""
        field = self.time.field
        assert field is not None
        # not a bare field: a key no value has, so that event_stamp reads each record
        name = _NO_FIELD if field.field is None else field.field
        scale, lowest, highest = self.time.scale, -math.inf, math.inf
        high = run.high
        values: list[Any] = []
        kept: list[tuple[str, Any]] = []
        times: list[float] = []
        for entry in entries:
            value = entry[1]
            try:  # what Expr does for a bare field; anything else: event_stamp
                found: Any = value.get(name)
            except Exception:
                found = None
            kind = type(found)
            if kind is float or kind is int:
                try:
                    stamp = found * scale
                except OverflowError:  # an int beyond floats
                    stamp = math.inf
                if not lowest < stamp < highest:  # nan, inf
                    self.ingest_dropped += 1
                    continue
            else:
                found_stamp = self.event_stamp(value)
                if found_stamp is None:
                    continue
                stamp = found_stamp
            if stamp > high:
                high = stamp
            values.append(value)
            kept.append(entry)
            times.append(stamp)
        if times:
            run.high = high
            run.kept.append(_Kept(source, kept, times, max(times)))
            self._trim(run)
        return Columns(source, times, values)

    def _trim(self, run: _Run) -> None:
        """Forget kept records a window can no longer need (as a checkpoint does): from
        the oldest, each before ``high - retain``, up to the first that is not."""
        kept = run.kept
        horizon = run.high - self.retain
        while kept:
            chunk = kept[0]
            if chunk.top < horizon:
                kept.popleft()
                continue
            times, i = chunk.times, chunk.start
            while times[i] < horizon:  # stops in the chunk: its top is not behind
                i += 1
            chunk.start = i
            return

    def batch_operator(
        self, scheduler: abc.SchedulerBase | None
    ) -> Callable[[Observable[tuple[str, list[tuple[str, Any]]]]], Observable[list[Output]]]:
        """Lists of entries in, lists of outputs out, through the runtime's intake and chain.

        An input is ``(source name, [(entry id, value), ...])``: entries of one source
        read together, as the runtime hands them over (offsets, the records kept for
        the checkpoint, event time read). Each subscription is a fresh run, without
        a store or sinks; ``describe()`` reports its counts. At completion the open
        windows are flushed.
        """

        def apply(
            source: Observable[tuple[str, list[tuple[str, Any]]]],
        ) -> Observable[list[Output]]:
            def subscribe(
                observer: abc.ObserverBase[list[Output]],
                scheduler_: abc.SchedulerBase | None = None,
            ) -> abc.DisposableBase:
                run = _Run(0, ChainState())
                self.state = run.state
                subjects: dict[str, Subject[Columns]] = {s.name: Subject() for s in self.sources}
                run.subjects = subjects
                chain = self.chain(subjects, scheduler, run.state).subscribe(observer)

                def on_next(batch: tuple[str, list[tuple[str, Any]]]) -> None:
                    name, entries = batch
                    if entries:
                        self._feed_many(run, name, entries, False)

                def on_completed() -> None:
                    for subject in subjects.values():
                        subject.on_completed()

                upstream = source.subscribe(
                    on_next, observer.on_error, on_completed, scheduler=scheduler_
                )
                return CompositeDisposable(upstream, chain)

            return Observable(subscribe)

        return apply

    def process(
        self,
        batches: Iterable[tuple[str, list[tuple[str, Any]]]],
        scheduler: abc.SchedulerBase | None = None,
    ) -> list[Output]:
        """The outputs of :meth:`batch_operator` for ``batches``, at once.

        Raises:
            Exception: what failed the chain (an aggregator's error).
        """
        out: list[Output] = []
        failed: list[Exception] = []
        reactivex.from_iterable(batches).pipe(self.batch_operator(scheduler)).subscribe(
            out.extend, failed.append
        )
        if failed:
            raise failed[0]
        return out

    def chain(
        self,
        sources: Mapping[str, Observable[Columns]],
        scheduler: abc.SchedulerBase | None,
        state: ChainState,
    ) -> Observable[list[Output]]:
        """The operator chain over ``sources`` (see ``build_chain``)."""
        return build_chain(
            self.steps,
            sources,
            time=self.time.event_time(),
            late="emit" if self.side_output is not None else "drop",
            scheduler=scheduler,
            state=state,
            fuse=self.fuse,
        )

    def test_operator(
        self, scheduler: abc.SchedulerBase | None
    ) -> Callable[[Observable[Any]], Observable[Any]]:
        """Test values in, outputs out (marble tests); late events as ``{late: ...}``.

        With one source a value is that source's record; with several, a value is
        ``{source: <name>, value: <record>}``.
        """
        names = [s.name for s in self.sources]

        def route(item: Any) -> tuple[str, Any]:
            if len(names) == 1:
                return names[0], item
            if isinstance(item, Mapping) and item.get("source") in names:
                return str(item["source"]), item.get("value")
            msg = f"a processor with sources {names} takes test values {{source, value}}"
            raise ValueError(msg)

        def shown(out: Output) -> Any:
            return out.value if out.kind == "value" else {"late": out.value}

        def apply(source: Observable[Any]) -> Observable[Any]:
            shared: Observable[tuple[str, Any]] = source.pipe(ops.map(route), ops.share())

            def of(name: str) -> Observable[Columns]:
                def record(pair: tuple[str, Any]) -> Columns:
                    stamp = None if pair[0] != name else self.event_stamp(pair[1])
                    if stamp is None:
                        return Columns(name, [], [])
                    return Columns(name, [stamp], [pair[1]])

                return shared.pipe(ops.map(record), ops.filter(_has_values))

            self.state = ChainState()
            out = self.chain({n: of(n) for n in names}, scheduler, self.state)
            return unbatch(out).pipe(ops.map(shown))

        return apply

    # -- status ---------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """Status, watermark, lag, open windows, late and dropped counts (REST, metrics)."""
        state = self.state
        mark = state.watermark
        dropped_expr = sum(state.dropped.values())
        late_dropped = state.late if self.side_output is None else 0
        run = self._run
        return {
            "name": self.name,
            "status": self.status,
            "error": self.error,
            "epoch": None if run is None else run.epoch,
            "time": "event" if self.event_time else "processing",
            "watermark": mark if math.isfinite(mark) else None,
            "lag": {name: fn() for name, fn in self._stream_lag.items()},
            "open_windows": state.open_windows,
            "late": state.late,
            "dropped": dropped_expr + late_dropped + self.ingest_dropped + self.sink_errors,
            "dropped_by": {
                "expression": dropped_expr,
                "late": late_dropped,
                "no_event_time": self.ingest_dropped,
                "sink": self.sink_errors,
            },
            "inputs": self.inputs,
            "outputs": self.outputs,
            "checkpoints": self.checkpoints,
            "last_checkpoint": self.last_checkpoint,
            "offsets": {} if run is None else dict(run.offsets),
            "sources": [
                {"name": s.name, "stream": s.stream, "events": s.events} for s in self.sources
            ],
            "sinks": [s.label() for s in self.sinks],
            "side_output": None if self.side_output is None else self.side_output.label(),
        }

    # -- runtime --------------------------------------------------------------------
    def start(self, host: ProcessorHost) -> None:
        """Start running in the current event loop (waits for the lease first)."""
        if self._task is not None and not self._task.done():
            return
        self._stop = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(
            self._main(host), name=f"processor {self.name}"
        )

    async def stop(self) -> None:
        """Stop: the last checkpoint is saved and the lease released."""
        task = self._task
        if task is None:
            return
        self._stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        self._task = None
        self.status = "stopped"

    async def _main(self, host: ProcessorHost) -> None:
        store = host.processor_store
        owner = host.owner
        while not self._stop.is_set():
            try:
                epoch = await store.acquire(self.name, owner, self.lease_ttl)
            except Exception as error:  # the store is down: wait and try again
                log.warning("processor %s: lease not acquired: %s", self.name, error)
                epoch = None
            if epoch is None:
                self.status = "standby"
                await self._pause(self.standby_poll)
                continue
            try:
                await self._lead(host, store, epoch)
            except Exception as error:
                log.exception("processor %s failed", self.name)
                self.status = "failed"
                self.error = f"{type(error).__name__}: {error}"
                await self._pause(self.lease_ttl / 3)
            finally:
                with contextlib.suppress(Exception):
                    await store.release(self.name, owner, epoch)

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)

    async def _lead(self, host: ProcessorHost, store: ProcessorStore, epoch: int) -> None:
        run = self._run = _Run(epoch, ChainState())
        self.state = run.state
        scheduler = host.processor_scheduler()
        run.subjects = {s.name: Subject() for s in self.sources}
        failed: list[Exception] = []

        def on_error(error: Exception) -> None:
            failed.append(error)
            self._stop.set()

        for sink in (*self.sinks, self.side_output):
            if sink is not None and sink.kind == "stream":
                await host.sink_stream(sink.target)  # its SSE feed can be opened at once
        checkpoint = await store.load(self.name)
        restored = self._restore(run, checkpoint)
        put = run.queue.put_nowait

        def deliver(outputs: list[Output]) -> None:
            for out in outputs:
                put(out)

        subscription = self.chain(run.subjects, scheduler, run.state).subscribe(deliver, on_error)
        tasks: list[asyncio.Task[Any]] = []
        lost = False
        try:
            for source, entry_id, _t, value in restored:
                if run.pending and run.pending[-1][0] == source:
                    run.pending[-1][1].append((entry_id, value))
                else:
                    run.pending.append((source, [(entry_id, value)]))
            self._flush(run, replay=True)
            tasks.append(asyncio.ensure_future(self._deliver(host, run)))
            for spec in self.sources:
                tasks.append(asyncio.ensure_future(self._read(host, run, spec)))
            self.status = "running"
            self.error = None
            lost = not await self._keep(store, host.owner, run)
        finally:
            for task in tasks[1:]:
                task.cancel()
            for task in tasks[1:]:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            if not lost and tasks and not failed:
                self._flush(run)  # what the sources read last
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(run.queue.join(), self.lease_ttl)
                await self._save(store, run)
            if tasks:
                tasks[0].cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await tasks[0]
            subscription.dispose()
            self._stream_lag.clear()
        if failed:
            raise failed[0]
        if lost:
            self.status = "standby"
            log.warning("processor %s: lease lost (epoch %d), processing stopped", self.name, epoch)

    async def _keep(self, store: ProcessorStore, owner: str, run: _Run) -> bool:
        """Renew the lease and checkpoint until stopped (True) or the lease is lost."""
        period = min(self.checkpoint_interval, self.lease_ttl / 3)
        clock = asyncio.get_running_loop().time
        last_save = clock()
        while not self._stop.is_set():
            await self._pause(min(period, 0.5))
            if self._stop.is_set():
                return True
            now = clock()
            if now - last_save < period and run.state.closed == run.checkpointed_closed:
                continue
            try:
                if not await store.renew(self.name, owner, run.epoch, self.lease_ttl):
                    return False
            except Exception as error:
                log.warning("processor %s: lease renewal failed: %s", self.name, error)
                return False
            try:  # a checkpoint covers only outputs the sinks took; a stuck sink waits
                await asyncio.wait_for(run.queue.join(), self.lease_ttl / 3)
            except TimeoutError:
                continue
            if not await self._save(store, run):
                return False
            last_save = now
        return True

    # -- checkpoints ------------------------------------------------------------------
    def snapshot(self, run: _Run) -> ProcessorCheckpoint:
        """The checkpoint of ``run`` now: offsets, retained records, ``emitted``."""
        if self.event_time:
            self._trim(run)
        state = {
            "fingerprint": self.fingerprint,
            "records": [
                [chunk.source, entry_id, time, value]
                for chunk in run.kept
                for (entry_id, value), time in zip(
                    chunk.entries[chunk.start :], chunk.times[chunk.start :], strict=True
                )
            ],
            "high": run.high if math.isfinite(run.high) else None,
        }
        return ProcessorCheckpoint(
            dict(run.offsets),
            json.dumps(state, separators=(",", ":"), default=str).encode(),
            dict(run.state.emitted),
        )

    async def _save(self, store: ProcessorStore, run: _Run) -> bool:
        checkpoint = self.snapshot(run)
        try:
            saved = await store.save(self.name, run.epoch, checkpoint)
        except Exception as error:
            log.warning("processor %s: checkpoint not saved: %s", self.name, error)
            return True  # the lease decides: try again next period
        if saved:
            run.checkpointed_closed = run.state.closed
            self.checkpoints += 1
            self.last_checkpoint = _time.time()
        return saved

    def _restore(
        self, run: _Run, checkpoint: ProcessorCheckpoint | None
    ) -> list[tuple[str, str, float, Any]]:
        """Offsets and ``emitted`` from ``checkpoint``; the records to replay."""
        if checkpoint is None:
            return []
        try:
            state = json.loads(checkpoint.state.decode() or "{}")
        except ValueError:
            state = {}
        if not isinstance(state, dict) or state.get("fingerprint") != self.fingerprint:
            log.info("processor %s: definition changed, starting afresh", self.name)
            return []
        run.resumed = True
        run.offsets = dict(checkpoint.offsets)
        run.state.emitted = dict(checkpoint.emitted)
        run.state.replayed = dict(checkpoint.emitted)
        known = {s.name for s in self.sources}
        records = state.get("records") or []
        return [
            (str(r[0]), str(r[1]), float(r[2]), r[3])
            for r in records
            if isinstance(r, list) and len(r) == 4 and r[0] in known
        ]

    # -- sources and sinks ------------------------------------------------------------
    def _take(self, run: _Run, source: str, entry_id: str, value: Any) -> None:
        """Queue an entry a source read; the chain gets the queue as lists when the loop
        is next free (what was read meanwhile: one Rx hop per list), or at ``BATCH``."""
        pending = run.pending
        if pending and pending[-1][0] == source:
            entries = pending[-1][1]
            entries.append((entry_id, value))
            if len(entries) >= BATCH:
                self._flush(run)
            return
        if not pending:
            asyncio.get_running_loop().call_soon(self._flush, run)
        pending.append((source, [(entry_id, value)]))

    def _flush(self, run: _Run, replay: bool = False) -> None:
        """Hand the queued entries to the chain: a list per run of one source's entries."""
        pending = run.pending
        if not pending or run is not self._run:
            return
        run.pending = []
        for source, entries in pending:
            self._feed_many(run, source, entries, replay)

    def _feed_many(
        self, run: _Run, source: str, entries: list[tuple[str, Any]], replay: bool
    ) -> None:
        if not replay:
            self.inputs += len(entries)
            run.offsets[source] = entries[-1][0]
        columns = self._ingest_many(run, source, entries)
        if columns.values:
            run.subjects[source].on_next(columns)

    async def _read(self, host: ProcessorHost, run: _Run, spec: SourceSpec) -> None:
        if spec.stream is not None:
            stream = await host.sink_stream(spec.stream)
            self._stream_lag[spec.name] = lambda: _lag(stream, run.offsets.get(spec.name))
            after: EntryId | None = run.offsets.get(spec.name)
            if after is None and run.resumed:
                # the last owner checkpointed before it read this source at all (it
                # died between starting "from now" and its first entry's checkpoint):
                # the source's whole retained history, not "now", which would skip
                # what came while nobody held the lease
                after = stream.parse_id("0")
            async for entry in stream.entries(last_id=after):
                self._take(run, spec.name, str(entry.id), entry.value)
            return
        assert spec.events is not None
        done = asyncio.get_running_loop().create_future()
        sub = host.events(spec.events).subscribe(
            lambda e: self._take(run, spec.name, str(e.id), e.data)
        )
        try:
            await done
        finally:
            sub.dispose()

    async def _deliver(self, host: ProcessorHost, run: _Run) -> None:
        last: str | None = None
        ordinal = 0
        while True:
            out = await run.queue.get()
            try:
                if out.kind == "late":
                    if self.side_output is not None:
                        await self._send(host, self.side_output, out.value)
                else:
                    self.outputs += 1
                    # the outputs of one window result (a flat_map after it) come in a
                    # row, the same ones in the same order when it is formed again
                    ordinal = ordinal + 1 if out.origin is not None and out.origin == last else 0
                    last = out.origin
                    once = None
                    if out.origin is not None:
                        once = f"{self.name}:{out.origin}" + (f"#{ordinal}" if ordinal else "")
                    for sink in self.sinks:
                        await self._send(host, sink, out.value, once)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                self.sink_errors += 1
                log.warning("processor %s: an output was not delivered: %s", self.name, error)
            finally:
                run.queue.task_done()

    async def _send(
        self, host: ProcessorHost, sink: SinkSpec, value: Any, once: str | None = None
    ) -> None:
        """Deliver ``value``, once per ``once`` key (an output of a window result, which
        a processor resumed from an older checkpoint forms again with the same key):
        a stream stores it with ``produce_once``, an event type publishes it with
        ``publish_once``, a machine applies the trigger with ``trigger_once`` — each
        checks and takes the key with the write, atomically — and a webhook gets it
        with ``Idempotency-Key: <once>`` and is not sent one the store remembers as
        delivered. Keys are per sink target (two sinks of one kind both get it)."""
        if sink.kind == "stream":
            stream = await host.sink_stream(sink.target)
            if once is not None:
                if not await stream.produce_once(value, once):
                    log.debug("processor %s: output %s was stored before", self.name, once)
                return
            if not await stream.produce(value):
                msg = f"stream '{sink.target}' refused the output (full)"
                raise RuntimeError(msg)
        elif sink.kind == "event":
            if once is None:
                await host.publish(sink.target, value)
            elif not await host.publish_once(sink.target, value, f"{sink.target}|{once}"):
                log.debug("processor %s: event %s was published before", self.name, once)
        elif sink.kind == "machine":
            machine = await host.find_state_machine(sink.target)
            context = value if isinstance(value, Mapping) else {"value": value}
            trigger = str(sink.trigger)
            if once is None:
                await machine.trigger(trigger, context)
            elif await machine.trigger_once(trigger, context, key=f"{trigger}|{once}") is None:
                log.debug("processor %s: trigger %s was applied before", self.name, once)
        else:
            await self._send_webhook(host, sink.target, value, once)

    async def _send_webhook(
        self, host: ProcessorHost, url: str, value: Any, once: str | None
    ) -> None:
        store = host.processor_store
        delivered = None if once is None else f"webhook {url}|{once}"
        if delivered is not None and await store.seen(self.name, delivered):
            log.debug("processor %s: %s was delivered to %s before", self.name, once, url)
            return
        deliver = host.webhook(url)
        event_id = uuid.uuid4().hex if once is None else once  # the Idempotency-Key
        event = Event(f"processor.{self.name}", value, event_id, _time.time())
        if not await deliver(event):
            msg = f"webhook {url} did not accept the output"
            raise RuntimeError(msg)
        if delivered is not None:
            await store.remember(self.name, delivered)


def _has_values(columns: Columns) -> bool:
    return bool(columns.values)


def _lag(stream: StreamLike, offset: str | None) -> int | None:
    """Entries of ``stream`` after ``offset`` (integer ids only; else None)."""
    last = stream.last_id
    if isinstance(last, int):
        return max(0, last - (int(offset) if offset is not None and offset.isdigit() else 0))
    return None


def loop_scheduler() -> abc.SchedulerBase:
    """Timers on the running loop, processing time from the wall clock: processing-time
    windows are bounded in Unix seconds."""
    return AsyncIOScheduler(asyncio.get_running_loop())
