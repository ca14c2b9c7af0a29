"""The pipeline engine: stages as a chain of operators, and the fused path that runs it.

**The reference** (:func:`reference_operator`) is the pipeline's meaning, written as
a plain chain of the project's operators, one ``map_async`` per stage::

    envelope >> map_async(stage 1 attempts >> measure, concurrency, ordered) >> ... >> finish

where a stage's attempts are :meth:`Stage.attempts` (``timeout_each``,
``circuit_breaker``, ``retry_with_backoff``) and ``measure`` records each item's
latency at the stage (traced runs) and final failure into the stage's
``LatencyStats``. A failed item travels on as a :class:`Failed` marker, so later
items go on and ``finish`` applies the error mode.

**The fused path** (:func:`fused_operator`) gives the same outputs, errors, attempt
counts, stats and schedule — ``tests/flows/patterns/test_engine_differential.py`` checks
it with random stage behaviours in virtual time — without an Rx hop, an inner
observable or a Task per item and stage:

- a plain function is called inline (:meth:`Stage.call`); while nothing is
  outstanding and no stage has a breaker, an item runs every stage in one loop;
- an ``async def`` stage runs in worker tasks the pipeline owns (at most the stage's
  concurrency), each awaiting the stage directly (:func:`run_attempts`), so
  ``asyncio.timeout``, ``TaskGroup`` and ``current_task()`` behave as in any task;
  the stage's timeout cancels the await (:class:`TaskDeadline`);
- whatever does not finish at once (a pending result, a failure to retry, a
  thread) continues as the reference's own :meth:`Stage.attempts`;
- items that come while the first stage is full wait as themselves (no per-item
  state until the stage admits them), as they would in ``map_async``'s queue.

``Pipeline.process`` runs one traced item through :func:`run_attempts` stage by
stage in the calling task: the fused path for a single item.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import CoroutineType
from typing import Any

import reactivex
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.disposable import CompositeDisposable, Disposable, SingleAssignmentDisposable
from reactivex.internal.exceptions import SequenceContainsNoElementsError
from reactivex.scheduler import CurrentThreadScheduler

from operators import CircuitOpenError, ItemFailure, LoopScheduler, map_async, measure

from .._errors import StageFailedError
from ._deadline import TaskDeadline
from ._stage import (
    PLAIN_TYPES,
    ErrorMode,
    ProgressEvent,
    Stage,
    StageTrace,
    is_plain,
    status_of,
)

__all__ = [
    "Envelope",
    "Failed",
    "PipelineCounters",
    "Tries",
    "default_scheduler",
    "first_value",
    "fused_operator",
    "reference_operator",
    "run_attempts",
]

Operator = Callable[[Observable[Any]], Observable[Any]]
YIELD_EVERY = 64
"""A pipeline worker lets other tasks run after this many items in a row."""


class Envelope:
    """An item on its way through the stages: the input, its current value and, for a
    traced run (``Pipeline.process``/``observe``), its id and per-stage trace."""

    __slots__ = ("run_id", "source", "trace", "value")

    def __init__(self, source: Any, run_id: int = 0) -> None:
        self.source = source
        self.value = source
        self.run_id = run_id
        self.trace: list[StageTrace] = []


class Failed:
    """An item that failed at stage ``stage`` for good: carried to the end in its place."""

    __slots__ = ("envelope", "error", "stage")

    def __init__(self, envelope: Envelope, stage: Stage, error: Exception) -> None:
        self.envelope = envelope
        self.stage = stage
        self.error = error


@dataclass(slots=True)
class PipelineCounters:
    """Items delivered and items failed for good, over every run of the operator."""

    delivered: int = 0
    failed: int = 0


def default_scheduler() -> abc.SchedulerBase:
    """The running loop's :class:`LoopScheduler`, else the current-thread scheduler."""
    try:
        return LoopScheduler(asyncio.get_running_loop())
    except RuntimeError:
        return CurrentThreadScheduler.singleton()


class StageRecorder:
    """What ``measure`` reports for one stage into its ``LatencyStats``: every final
    failure, and the latency of traced items only (untraced items keep the hot path
    bare: the fused path reads no clock for them)."""

    __slots__ = ("latencies", "stats")

    def __init__(self, stage: Stage, latencies: bool) -> None:
        self.stats = stage.stats
        self.latencies = latencies

    def record(self, latency: float) -> None:
        if self.latencies:
            self.stats.record(latency)

    def record_error(self, error: Exception) -> None:
        self.stats.record_error(error)

    def record_completed(self) -> None:
        """An item's attempts completed: nothing more to count than its latency."""


class Book:
    """What runs record: failures always; for traced runs also traces, latency stats
    and progress events (untraced items keep the hot path bare). With ``measured``
    (the reference chain) the stage's stats are left to its ``measure`` operator."""

    __slots__ = ("clock", "measured", "traced")

    def __init__(self, traced: bool, clock: Callable[[], float], measured: bool = False) -> None:
        self.traced = traced
        self.clock = clock
        self.measured = measured

    def started(self, stage: Stage, env: Envelope) -> float:
        if not self.traced:
            return 0.0
        if stage.progress.observers:
            stage.progress.on_next(
                ProgressEvent("stage_started", stage.pipeline, stage.name, env.run_id)
            )
        return self.clock()

    def retried(self, stage: Stage, env: Envelope, attempt: int, delay: float) -> None:
        if self.traced and stage.progress.observers:
            stage.progress.on_next(
                ProgressEvent(
                    "stage_retry", stage.pipeline, stage.name, env.run_id, attempt, delay * 1000.0
                )
            )

    def succeeded(
        self, stage: Stage, env: Envelope, value: Any, attempts: int, started: float
    ) -> None:
        env.value = value
        if not self.traced:
            return
        elapsed = self.clock() - started
        if not self.measured:
            stage.stats.record(elapsed)
        env.trace.append(StageTrace(stage.name, "ok", attempts, elapsed * 1000.0))
        if stage.progress.observers:
            stage.progress.on_next(
                ProgressEvent(
                    "stage_finished",
                    stage.pipeline,
                    stage.name,
                    env.run_id,
                    attempts,
                    elapsed * 1000.0,
                )
            )

    def failed(
        self, stage: Stage, env: Envelope, error: Exception, attempts: int, started: float
    ) -> Failed:
        if not self.measured:
            stage.stats.record_error(error)
        if self.traced:
            elapsed = (self.clock() - started) * 1000.0
            text = f"{type(error).__name__}: {error}"
            env.trace.append(StageTrace(stage.name, status_of(error), attempts, elapsed, text))
            if stage.progress.observers:
                stage.progress.on_next(
                    ProgressEvent(
                        "stage_failed",
                        stage.pipeline,
                        stage.name,
                        env.run_id,
                        attempts,
                        elapsed,
                        str(error),
                    )
                )
        return Failed(env, stage, error)


class Tries:
    """Counts an item's attempts at a stage (the ``on_retry`` of its attempts)."""

    __slots__ = ("book", "count", "env", "stage")

    def __init__(self, book: Book, stage: Stage, env: Envelope) -> None:
        self.book = book
        self.stage = stage
        self.env = env
        self.count = 1

    def __call__(self, number: int, _error: Exception, delay: float) -> None:
        self.count = number + 1
        self.book.retried(self.stage, self.env, number + 1, delay)


def stage_failed(failed: Failed) -> StageFailedError:
    """The error a pipeline raises for an item that failed at a stage."""
    stage = failed.stage
    trace = list(failed.envelope.trace)
    return StageFailedError(stage.pipeline, stage.name, failed.error, trace)


# -- awaiting an attempt in a task (workers and Pipeline.process) -------------------------


async def first_value(source: Observable[Any], scheduler: abc.SchedulerBase) -> Any:
    """The first value of ``source`` (its error raised); disposed when done or cancelled."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def on_next(value: Any) -> None:
        if not future.done():
            future.set_result(value)

    def on_error(error: Exception) -> None:
        if not future.done():
            future.set_exception(error)

    def on_completed() -> None:
        if not future.done():
            future.set_exception(SequenceContainsNoElementsError())

    subscription = source.subscribe(on_next, on_error, on_completed, scheduler=scheduler)
    try:
        return await future
    finally:
        subscription.dispose()


async def run_attempts(
    stage: Stage,
    value: Any,
    deadline: TaskDeadline,
    scheduler: abc.SchedulerBase,
    on_retry: Callable[[int, Exception, float], None],
) -> Any:
    """Every attempt at ``value`` in the calling task: the first called (and awaited)
    right here within the stage's timeout, later ones as :meth:`Stage.attempts`.

    Raises:
        Exception: the final error (an open circuit, a timeout, the stage's own, or
            ``RetryExhaustedError``), as :meth:`Stage.attempts` would give it.
    """
    if stage.kind == "thread":
        return await first_value(
            stage.attempts(value, on_retry=on_retry, scheduler=scheduler), scheduler
        )
    breaker = stage.breaker
    try:
        result = stage.fn(value) if breaker is None else stage.call(value)
    except CircuitOpenError:
        raise
    except Exception as error:
        failure = error
    else:
        return await settle(stage, value, result, deadline, scheduler, on_retry)
    return await retry_after(stage, value, failure, scheduler, on_retry)


async def settle(
    stage: Stage,
    value: Any,
    result: Any,
    deadline: TaskDeadline,
    scheduler: abc.SchedulerBase,
    on_retry: Callable[[int, Exception, float], None],
) -> Any:
    """The rest of :func:`run_attempts` once the first call returned ``result``."""
    breaker = stage.breaker
    if type(result) is not CoroutineType:
        if is_plain(result):
            if breaker is not None:
                breaker.record_success()
            return result
        if isinstance(result, Observable):
            pending = stage.limit(stage.pending(result), value, scheduler)
            if not stage.retries:
                return await first_value(pending, scheduler)
            attempts = stage.attempts(value, first=pending, on_retry=on_retry, scheduler=scheduler)
            return await first_value(attempts, scheduler)
    timeout = stage.timeout
    try:
        if timeout is not None:
            deadline.arm(timeout)
        try:
            result = await result
        finally:
            deadline.disarm()
    except asyncio.CancelledError:
        # the run's own limit (Pipeline.process's timeout) is not the stage's to retry
        if deadline.at_limit() or not deadline.expired():
            raise
        failure: Exception = stage.timed_out(value)
    except Exception as error:
        deadline.expired()  # fired, but the stage swallowed it: uncancel, as asyncio.timeout
        failure = error
    else:
        deadline.expired()  # (see above)
        if breaker is not None:
            breaker.record_success()
        return result
    return await retry_after(stage, value, failure, scheduler, on_retry)


async def retry_after(
    stage: Stage,
    value: Any,
    failure: Exception,
    scheduler: abc.SchedulerBase,
    on_retry: Callable[[int, Exception, float], None],
) -> Any:
    """The attempts after a first one that failed with ``failure`` (counted by the
    breaker here), as :meth:`Stage.attempts`; ``failure`` raised without retries."""
    if stage.breaker is not None:
        stage.breaker.record_failure()
    if not stage.retries:
        raise failure
    attempts = stage.attempts(value, first=failure, on_retry=on_retry, scheduler=scheduler)
    return await first_value(attempts, scheduler)


# -- the reference ------------------------------------------------------------------------


def _finish(errors: ErrorMode, traced: bool, counters: PipelineCounters) -> Operator:
    """Envelopes out as values (or runs), failures by the error mode."""

    def op(source: Observable[Any]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            def on_next(item: Any) -> None:
                if type(item) is Failed:
                    counters.failed += 1
                    if errors == "raise":
                        observer.on_error(stage_failed(item))
                    elif errors == "emit":
                        observer.on_next(ItemFailure(item.envelope.source, item.error))
                    return
                counters.delivered += 1
                observer.on_next(item if traced else item.value)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler
            )

        return Observable(subscribe)

    return op


def _reference_stage(stage: Stage, book: Book, scheduler: abc.SchedulerBase) -> Operator:
    """``map_async`` over the stage's attempts at each item, ``measure``d into the
    stage's stats (a failed item's error is what ``measure`` sees as its error)."""
    recorder = StageRecorder(stage, book.traced)

    def per_item(item: Any) -> Observable[Any]:
        if type(item) is Failed:
            return reactivex.just(item)
        env: Envelope = item
        started = book.started(stage, env)
        tries = Tries(book, stage, env)

        def ok(value: Any) -> Envelope:
            book.succeeded(stage, env, value, tries.count, started)
            return env

        def failed(error: Exception, _: Observable[Any]) -> Observable[Any]:
            return reactivex.just(book.failed(stage, env, error, tries.count, started))

        attempts = stage.attempts(env.value, on_retry=tries, scheduler=scheduler)
        return attempts.pipe(measure(recorder, scheduler=scheduler), ops.map(ok), ops.catch(failed))

    return map_async(per_item, concurrency=stage.concurrency, ordered=True, scheduler=scheduler)


def reference_operator(
    stages: Sequence[Stage],
    *,
    traced: bool,
    errors: ErrorMode,
    scheduler: abc.SchedulerBase | None,
    clock: Callable[[], float],
    counters: PipelineCounters,
) -> Operator:
    """The pipeline as a plain chain of operators (see the module docstring)."""
    book = Book(traced, clock, measured=True)

    def op(source: Observable[Any]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], subscribe_scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or subscribe_scheduler or default_scheduler()
            envelope: Operator = ops.map(lambda x: x if traced else Envelope(x))
            chain = [_reference_stage(stage, book, sched) for stage in stages]
            piped: Observable[Any] = envelope(source)
            for step in (*chain, _finish(errors, traced, counters)):
                piped = step(piped)
            return piped.subscribe(observer, scheduler=subscribe_scheduler)

        return Observable(subscribe)

    return op


# -- the fused path -----------------------------------------------------------------------


_NO_TRACE: list[StageTrace] = []
"""The trace of every untraced item: never appended to (``Book`` records traced runs)."""


class _Slot(Envelope):
    """An item on the fused path and where it is. Untraced, the slot is its own envelope
    (one object per item: a pipeline fed faster than it runs holds every waiting item,
    and each object more is more for the garbage collector to scan)."""

    __slots__ = ("attempts", "done", "env", "failed", "stage_done", "started")

    def __init__(self, item: Any, traced: bool) -> None:
        if traced:
            self.env: Envelope = item
        else:
            self.env = self
            self.source = self.value = item
            self.run_id = 0
            self.trace = _NO_TRACE
        self.done = False  # through every stage (or failed): ready to leave, in order
        self.stage_done = False
        self.failed: Failed | None = None
        self.attempts = 1
        self.started = 0.0


class _Fused:
    """One subscription of :func:`fused_operator`."""

    def __init__(
        self,
        stages: Sequence[Stage],
        book: Book,
        errors: ErrorMode,
        scheduler: abc.SchedulerBase,
        counters: PipelineCounters,
        observer: abc.ObserverBase[Any],
    ) -> None:
        self.stages = list(stages)
        self.n = len(self.stages)
        self.book = book
        self.traced = book.traced
        self.errors = errors
        self.sched = scheduler
        self.counters = counters
        self.observer = observer
        self.emit = observer.on_next
        n = self.n
        self.conc = [s.concurrency for s in self.stages]
        self.inflight = [0] * n
        self.waiting: list[deque[_Slot]] = [deque() for _ in range(n)]
        # items that came while the first stage was full, as they came: an item gets its
        # slot when that stage admits it, so a pipeline fed faster than it runs holds
        # its backlog as the items themselves (a slot per waiting item was garbage
        # collector work: every collection scanned them all)
        self.inbox: deque[Any] = deque()
        self.admitted: list[deque[_Slot]] = [deque() for _ in range(n)]
        self.queued: list[deque[_Slot]] = [deque() for _ in range(n)]  # for async workers
        self.idle: list[list[asyncio.Future[None]]] = [[] for _ in range(n)]
        self.workers = [0] * n
        self.tasks: set[asyncio.Task[None]] = set()
        self.slots: deque[_Slot] = deque()
        self.group = CompositeDisposable()
        self.dirty: deque[int] = deque()
        self.marked = [False] * n
        self.pumping = False
        self.source_done = False
        self.stopped = False
        fast = not self.traced and all(s.kind == "sync" and s.breaker is None for s in stages)
        # what the source calls for each item
        self.take: Callable[[Any], None] = (
            self._hot_path([s.fn for s in stages]) if fast else self.on_next
        )

    # -- input ------------------------------------------------------------------------
    def _hot_path(self, fns: list[Callable[[Any], Any]]) -> Callable[[Any], None]:
        """``on_next`` when every stage is a plain function without a breaker: while
        nothing is outstanding an item runs every stage in one loop, its state in this
        closure's cells (no attribute read per item); anything else takes ``on_next``."""
        plain = PLAIN_TYPES
        emit = self.emit
        slots = self.slots
        enter_at = self._enter_at
        queue = self.on_next

        def on_next(item: Any) -> None:
            if slots:
                queue(item)
                return
            value = item
            i = 0
            for fn in fns:
                try:
                    result = fn(value)
                except Exception as error:
                    enter_at(item, value, i, error)
                    return
                if type(result) not in plain and not is_plain(result):
                    enter_at(item, value, i, result)
                    return
                value = result
                i += 1  # noqa: SIM113 - enumerate() costs more per item
            emit(value)

        return on_next

    def on_next(self, item: Any) -> None:
        if self.inbox or self.inflight[0] >= self.conc[0]:
            # the first stage is full: the item waits, and the next item that stage
            # finishes admits it (every place freed at a stage admits its waiting items)
            self.inbox.append(item)
            return
        slot = _Slot(item, self.traced)
        self.slots.append(slot)
        self._arrive(slot, 0)
        self._pump()

    def _enter_at(self, item: Any, value: Any, index: int, outcome: Any) -> None:
        """The hot path stopped at stage ``index`` (every earlier one finished)."""
        slot = _Slot(item, False)
        slot.value = value
        self.slots.append(slot)
        stage = self.stages[index]
        self.inflight[index] += 1
        self.admitted[index].append(slot)
        if isinstance(outcome, Exception):
            if stage.retries:
                self._go_slow(slot, index, outcome)
            else:
                self._failed(slot, index, outcome)
        else:
            self._go_slow(slot, index, stage.limit(stage.pending(outcome), value, self.sched))
        self._mark(index)
        self._pump()

    def on_error(self, error: Exception) -> None:
        if not self.stopped:
            self.dispose()
            self.observer.on_error(error)

    def on_completed(self) -> None:
        self.source_done = True
        self._flush()

    # -- moving items -----------------------------------------------------------------
    def _mark(self, index: int) -> None:
        if index < self.n and not self.marked[index]:
            self.marked[index] = True
            self.dirty.append(index)

    def _pump(self) -> None:
        """Hand finished items on in order and admit waiting ones, stage by stage."""
        if self.pumping:
            return
        self.pumping = True
        try:
            dirty = self.dirty
            while dirty and not self.stopped:
                i = dirty.popleft()
                self.marked[i] = False
                self._step(i)
            self._flush()
        finally:
            self.pumping = False

    def _step(self, i: int) -> None:
        admitted = self.admitted[i]
        while admitted and admitted[0].stage_done:
            self._arrive(admitted.popleft(), i + 1)
        waiting = self.waiting[i]
        conc = self.conc[i]
        inbox = self.inbox if i == 0 else None
        while self.inflight[i] < conc and not self.stopped:
            if waiting:
                slot = waiting.popleft()
            elif inbox:
                slot = self._from_inbox()
            else:
                break
            self._admit(slot, i)
        while admitted and admitted[0].stage_done:  # finished at once while admitted
            self._arrive(admitted.popleft(), i + 1)

    def _from_inbox(self) -> _Slot:
        """The next item of the inbox, in its slot (its place in the output order)."""
        slot = _Slot(self.inbox.popleft(), self.traced)
        self.slots.append(slot)
        return slot

    def _arrive(self, slot: _Slot, index: int) -> None:
        if slot.failed is not None or index == self.n:
            slot.done = True
            return
        self.waiting[index].append(slot)
        self._mark(index)

    def _admit(self, slot: _Slot, i: int) -> None:
        stage = self.stages[i]
        self.inflight[i] += 1
        self.admitted[i].append(slot)
        slot.stage_done = False
        slot.attempts = 1
        if self.traced:
            slot.started = self.book.started(stage, slot.env)
        kind = stage.kind
        if kind == "async":
            self.queued[i].append(slot)
            if self.idle[i] or self.workers[i] < self.conc[i]:
                self._wake(i)  # else every worker is busy; one takes it when it is free
            return
        if kind == "thread":
            self._go_slow(slot, i, None)
            return
        value = slot.env.value
        try:
            result = stage.call(value)
        except CircuitOpenError as error:
            self._failed(slot, i, error)
            return
        except Exception as error:
            if stage.breaker is not None:
                stage.breaker.record_failure()
            if stage.retries:
                self._go_slow(slot, i, error)
            else:
                self._failed(slot, i, error)
            return
        if is_plain(result):
            if stage.breaker is not None:
                stage.breaker.record_success()
            self._succeeded(slot, i, result)
        else:
            self._go_slow(slot, i, stage.limit(stage.pending(result), value, self.sched))

    def _succeeded(self, slot: _Slot, i: int, value: Any) -> None:
        self.book.succeeded(self.stages[i], slot.env, value, slot.attempts, slot.started)
        slot.stage_done = True
        self.inflight[i] -= 1
        self._mark(i)

    def _failed(self, slot: _Slot, i: int, error: Exception) -> None:
        slot.failed = self.book.failed(self.stages[i], slot.env, error, slot.attempts, slot.started)
        slot.stage_done = True
        self.inflight[i] -= 1
        self._mark(i)

    def _retry_counter(self, slot: _Slot, stage: Stage) -> Callable[[int, Exception, float], None]:
        def on_retry(number: int, _error: Exception, delay: float) -> None:
            slot.attempts = number + 1
            self.book.retried(stage, slot.env, number + 1, delay)

        return on_retry

    def _go_slow(self, slot: _Slot, i: int, first: Observable[Any] | Exception | None) -> None:
        """The rest of the item's attempts at stage ``i``, as the reference's own."""
        stage = self.stages[i]
        holder = SingleAssignmentDisposable()
        self.group.add(holder)
        settled = False

        def settle() -> bool:
            nonlocal settled
            if settled or self.stopped:
                return False
            settled = True
            self.group.remove(holder)
            return True

        def on_value(value: Any) -> None:
            if settle():
                self._succeeded(slot, i, value)
                self._pump()

        def on_error(error: Exception) -> None:
            if settle():
                self._failed(slot, i, error)
                self._pump()

        attempts = stage.attempts(
            slot.env.value,
            first=first,
            on_retry=self._retry_counter(slot, stage),
            scheduler=self.sched,
        )
        holder.disposable = attempts.subscribe(on_value, on_error, scheduler=self.sched)

    # -- async stages: worker tasks ---------------------------------------------------------
    def _wake(self, i: int) -> None:
        idle = self.idle[i]
        while idle:
            parked = idle.pop()
            if not parked.done():
                parked.set_result(None)
                return
        if self.workers[i] >= self.conc[i]:
            return  # every worker is busy; one takes the item when it is free
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            slot = self.queued[i].pop()
            error = RuntimeError(
                f"stage '{self.stages[i].name}' is async and needs a running asyncio event "
                "loop; in virtual time run it on flows.VirtualTimeLoop with a LoopScheduler"
            )
            self._failed(slot, i, error)
            return
        self.workers[i] += 1
        task = loop.create_task(self._work(i, loop))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _work(self, i: int, loop: asyncio.AbstractEventLoop) -> None:
        stage = self.stages[i]
        queued = self.queued[i]
        idle = self.idle[i]
        inflight = self.inflight
        book = self.book
        traced = self.traced
        sched = self.sched
        task = asyncio.current_task()
        assert task is not None
        deadline = TaskDeadline(loop, task)
        clock = deadline.clock
        advance = self._advancer(i)
        fn = stage.fn
        timeout = stage.timeout
        inline = stage.breaker is None  # (an async def stage: never a thread)
        # the item being worked on: one retry counter per worker, not one per item
        current: list[_Slot | None] = [None]

        def on_retry(number: int, _error: Exception, delay: float) -> None:
            slot = current[0]
            assert slot is not None
            slot.attempts = number + 1
            book.retried(stage, slot.env, number + 1, delay)

        in_a_row = 0
        taken: _Slot | None = None  # admitted by this worker for itself (advance())
        try:
            while not self.stopped:
                if taken is not None:
                    slot = taken
                elif queued:
                    slot = queued.popleft()
                else:
                    parked: asyncio.Future[None] = loop.create_future()
                    idle.append(parked)
                    await parked
                    continue
                env = slot.env
                current[0] = slot
                try:
                    if inline:
                        # run_attempts inlined for a stage without a breaker: the item's
                        # coroutine awaited right in this frame (no frame per item more)
                        source = env.value
                        failure: Exception | None = None
                        try:
                            result = fn(source)
                        except Exception as error:
                            failure = error
                        else:
                            if type(result) is CoroutineType:
                                if timeout is not None:  # deadline.arm(timeout), inline
                                    due = clock() + timeout
                                    deadline.due = due
                                    if deadline.when > due:
                                        deadline.move(due)
                                try:
                                    try:
                                        value = await result
                                    finally:
                                        deadline.due = None  # deadline.disarm()
                                except asyncio.CancelledError:
                                    if not deadline.expired():
                                        raise
                                    failure = stage.timed_out(source)
                                except Exception as error:
                                    deadline.expired()  # a fire the stage swallowed
                                    failure = error
                                else:
                                    deadline.expired()  # uncancel, as asyncio.timeout
                            else:
                                value = await settle(
                                    stage, source, result, deadline, sched, on_retry
                                )
                        if failure is not None:
                            value = await retry_after(stage, source, failure, sched, on_retry)
                    else:
                        value = await run_attempts(stage, env.value, deadline, sched, on_retry)
                except Exception as error:
                    slot.failed = book.failed(stage, env, error, slot.attempts, slot.started)
                else:
                    if traced:
                        book.succeeded(stage, env, value, slot.attempts, slot.started)
                    else:
                        env.value = value
                slot.stage_done = True
                inflight[i] -= 1
                taken = advance()
                in_a_row += 1
                if in_a_row >= YIELD_EVERY:
                    in_a_row = 0
                    await asyncio.sleep(0)
        finally:
            self.workers[i] -= 1
            deadline.close()

    def _advancer(self, i: int) -> Callable[[], _Slot | None]:
        """What a worker of stage ``i`` calls when it finished an item: hand the stage's
        finished items on in order (straight into the next stage when it has room and
        nothing waits there), fill the freed place from the stage's waiting items, hand
        out what is done. Returns the item admitted into the freed place when no other
        waits for a worker: the calling worker runs it next, without a queue between.
        A closure over the stage's queues, so the call per item reads no attribute to
        find them.

        A stage that is full keeps its waiting items unmarked: the place it frees next
        admits them (here, or in :meth:`_step`), so a backlog costs no pump per item.
        """
        admitted = self.admitted[i]
        waiting = self.waiting[i]
        queued = self.queued[i]
        idle = self.idle[i]
        workers = self.workers
        inflight = self.inflight
        conc = self.conc[i]
        nxt = i + 1
        last = nxt == self.n
        conc_next = 0 if last else self.conc[nxt]
        waiting_next = waiting if last else self.waiting[nxt]  # (unused when last)
        traced = self.traced
        book = self.book
        stage = self.stages[i]
        dirty = self.dirty
        inbox = self.inbox if i == 0 else None
        slots = self.slots
        admit = self._admit
        arrive = self._arrive
        wake = self._wake
        flush = self._flush
        pump = self._pump

        def advance() -> _Slot | None:
            finished = False
            taken = None
            while admitted and admitted[0].stage_done:
                slot = admitted.popleft()
                if last or slot.failed is not None:
                    slot.done = True
                    finished = True
                elif inflight[nxt] >= conc_next:
                    waiting_next.append(slot)
                elif waiting_next or self.stopped:
                    arrive(slot, nxt)
                else:
                    admit(slot, nxt)
            while inflight[i] < conc and not self.stopped:
                # self._admit(slot, i) for this async stage, inline
                if waiting:
                    slot = waiting.popleft()
                elif inbox:
                    slot = _Slot(inbox.popleft(), traced)  # self._from_inbox(), inline
                    slots.append(slot)
                else:
                    break
                inflight[i] += 1
                admitted.append(slot)
                slot.stage_done = False
                slot.attempts = 1
                if traced:
                    slot.started = book.started(stage, slot.env)
                if taken is None and not queued:
                    taken = slot  # the worker whose place this was runs it next
                else:
                    queued.append(slot)
                    if idle or workers[i] < conc:
                        wake(i)
            if dirty:
                pump()
            elif finished:
                flush()
            return taken

        return advance

    # -- output -----------------------------------------------------------------------------
    def _flush(self) -> None:
        slots = self.slots
        observer = self.observer
        traced = self.traced
        while slots and slots[0].done and not self.stopped:
            slot = slots.popleft()
            failed = slot.failed
            if not traced:
                # an untraced slot is its own envelope: break that cycle as it leaves, so
                # reference counting frees it (not a garbage collection later)
                del slot.env
                slot.failed = None
            if failed is None:
                self.counters.delivered += 1
                observer.on_next(slot.env if traced else slot.value)
                continue
            self.counters.failed += 1
            if self.errors == "raise":
                self.dispose()
                observer.on_error(stage_failed(failed))
                return
            if self.errors == "emit":
                observer.on_next(ItemFailure(failed.envelope.source, failed.error))
        if self.source_done and not slots and not self.inbox and not self.stopped:
            self.stopped = True
            observer.on_completed()

    def dispose(self) -> None:
        self.stopped = True
        self.group.dispose()
        for task in list(self.tasks):
            task.cancel()


def fused_operator(
    stages: Sequence[Stage],
    *,
    traced: bool,
    errors: ErrorMode,
    scheduler: abc.SchedulerBase | None,
    clock: Callable[[], float],
    counters: PipelineCounters,
) -> Operator:
    """The pipeline's fast path: the reference's results, without its per-item cost."""
    book = Book(traced, clock)

    def op(source: Observable[Any]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], subscribe_scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or subscribe_scheduler or default_scheduler()
            run = _Fused(stages, book, errors, sched, counters, observer)
            run.group.add(
                source.subscribe(
                    run.take, run.on_error, run.on_completed, scheduler=subscribe_scheduler
                )
            )
            return Disposable(run.dispose)

        return Observable(subscribe)

    return op
