"""The fused pipeline operator: every stage in one operator, a stage cursor per item.

Chaining one Rx operator per stage costs a full observer hop per stage per item;
fused, an item that every stage finishes inline costs one ``on_next`` and a loop.
An item that suspends or fails at stage *i* becomes a slot: stage *i*'s remaining
attempts run as an inner observable (``Stage.slow_path``), then the item continues
inline at stage *i + 1*. Slots keep the output in input order, and each stage admits
at most ``concurrency`` items into its slow path (the rest wait in its queue).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, SingleAssignmentDisposable
from reactivex.scheduler import CurrentThreadScheduler
from reactivex.scheduler.eventloop import AsyncIOScheduler

from operators import CircuitOpenError, ItemFailure

from .._errors import StageFailedError
from ._fastpath import AtStage, compile_inline
from ._stage import ErrorMode, ProgressEvent, Stage, StageTrace, Suspended, status_of

__all__ = ["PipelineCounters", "Resume", "Run", "emit_progress", "pipeline_operator", "trace_ok"]


class Run:
    """An item travelling through ``Pipeline.process``, collecting its trace."""

    __slots__ = ("run_id", "trace", "value")

    def __init__(self, run_id: int, value: Any) -> None:
        self.run_id = run_id
        self.value = value
        self.trace: list[StageTrace] = []


@dataclass(frozen=True, slots=True)
class Resume:
    """A run whose first attempt at this operator's first stage did not finish inline."""

    run: Run
    reason: Exception
    started: float


def emit_progress(
    stage: Stage, run_id: int, kind: Any, attempt: int, ms: float, error: str | None = None
) -> None:
    """Publish a ProgressEvent if anyone listens (the check keeps the hot path bare)."""
    if stage.progress.observers:
        stage.progress.on_next(
            ProgressEvent(kind, stage.pipeline, stage.name, run_id, attempt, ms, error)
        )


def trace_ok(stage: Stage, run: Run, attempts: int, elapsed: float) -> None:
    """Record a finished stage of a traced run: stats, trace entry, progress event."""
    stage.stats.record(elapsed)
    run.trace.append(StageTrace(stage.name, "ok", attempts, elapsed * 1000.0))
    emit_progress(stage, run.run_id, "stage_finished", attempts, elapsed * 1000.0)


@dataclass(slots=True)
class PipelineCounters:
    """Items that left through the slow path (retried/suspended), and items failed for good.

    Items that every stage finished inline are not counted: the hot path stays bare.
    """

    delivered: int = 0
    failed: int = 0


class _Slot:
    __slots__ = ("attempts", "done", "error", "item", "value")

    def __init__(self, item: Any, value: Any) -> None:
        self.item = item
        self.value = value
        self.done = False
        self.error: Exception | None = None
        self.attempts = 1


def pipeline_operator(
    stages: Sequence[Stage],
    *,
    traced: bool,
    errors: ErrorMode,
    scheduler: abc.SchedulerBase | None,
    clock: Callable[[], float],
    counters: PipelineCounters,
) -> Callable[[Observable[Any]], Observable[Any]]:
    """All ``stages`` as one operator, over values or (``traced``) over ``Run``s."""
    stage_list = list(stages)
    calls = [s.call_inline for s in stage_list]
    count = len(stage_list)
    # stages with no breaker and no thread run as compiled straight-line code
    inline: Callable[[Any], Any] | None = None
    if stage_list and all(s.breaker is None and not s.threaded for s in stage_list):
        inline = compile_inline([s.fn for s in stage_list], [s.timeout for s in stage_list], clock)

    def op(source: Observable[Any]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], subscribe_scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            slots: deque[_Slot] = deque()
            waiting: list[deque[_Slot]] = [deque() for _ in stage_list]
            inflight = [0] * count
            source_done = [False]
            group = CompositeDisposable()
            sched = scheduler or subscribe_scheduler or _default_scheduler()
            fast = None if traced else inline

            def progress(stage: Stage, slot: _Slot, kind: Any, attempt: int, ms: float) -> None:
                if traced:
                    error = None if slot.error is None else str(slot.error)
                    emit_progress(stage, slot.item.run_id, kind, attempt, ms, error)

            def ok(slot: _Slot, i: int, value: Any, started: float) -> None:
                slot.value = value
                if traced:
                    trace_ok(stage_list[i], slot.item, slot.attempts, clock() - started)

            def fail(slot: _Slot, i: int, error: Exception, started: float) -> None:
                stage = stage_list[i]
                slot.error = error
                slot.done = True
                stage.stats.record_error(error)
                if traced:
                    elapsed = (clock() - started) * 1000.0
                    text = f"{type(error).__name__}: {error}"
                    slot.item.trace.append(
                        StageTrace(stage.name, status_of(error), slot.attempts, elapsed, text)
                    )
                    progress(stage, slot, "stage_failed", slot.attempts, elapsed)
                slot.value = (i, error)

            def handle(slot: _Slot, i: int, exc: Exception, started: float) -> None:
                """Stage ``i`` did not finish inline: go slow, or fail the item."""
                stage = stage_list[i]
                if isinstance(exc, Suspended):
                    go_slow(slot, i, exc.pending, None, started)
                    return
                breaker = stage.breaker
                if breaker is not None and not isinstance(exc, CircuitOpenError):
                    breaker.record_failure()
                if stage.policy.max_attempts > 1 and stage.retryable(exc):
                    go_slow(slot, i, None, exc, started)
                    return
                fail(slot, i, exc, started)

            def run_from(slot: _Slot, i: int) -> None:
                """Advance ``slot`` from stage ``i`` inline while stages finish inline."""
                while i < count:
                    stage = stage_list[i]
                    if inflight[i] >= stage.concurrency:
                        waiting[i].append(slot)
                        return
                    slot.attempts = 1
                    started = clock()
                    if traced:
                        progress(stage, slot, "stage_started", 1, 0.0)
                    try:
                        value = calls[i](slot.value, clock)
                    except Exception as exc:
                        handle(slot, i, exc, started)
                        return
                    ok(slot, i, value, started)
                    i += 1
                slot.done = True

            def go_slow(
                slot: _Slot, i: int, pending: Any, first_error: Exception | None, started: float
            ) -> None:
                stage = stage_list[i]
                inflight[i] += 1
                handle_ = SingleAssignmentDisposable()
                group.add(handle_)
                settled = [False]

                def on_attempt(number: int, error: Exception, delay: float) -> None:
                    slot.attempts = number + 1
                    progress(stage, slot, "stage_retry", number + 1, delay * 1000.0)

                def settle() -> bool:
                    if settled[0]:
                        return False
                    settled[0] = True
                    inflight[i] -= 1
                    group.remove(handle_)
                    return True

                def on_value(value: Any) -> None:
                    if settle():
                        ok(slot, i, value, started)
                        run_from(slot, i + 1)
                        release(i)
                        flush()

                def on_error(error: Exception) -> None:
                    if settle():
                        fail(slot, i, error, started)
                        release(i)
                        flush()

                inner = stage.slow_path(slot.value, pending, first_error, clock, sched, on_attempt)
                handle_.disposable = inner.subscribe(on_value, on_error, scheduler=sched)

            def release(i: int) -> None:
                queue = waiting[i]
                while queue and inflight[i] < stage_list[i].concurrency:
                    run_from(queue.popleft(), i)

            def deliver(slot: _Slot) -> None:
                if slot.error is None:
                    counters.delivered += 1
                    if traced:
                        slot.item.value = slot.value
                        observer.on_next(slot.item)
                    else:
                        observer.on_next(slot.value)
                    return
                counters.failed += 1
                stage_index, error = slot.value
                if errors == "raise":
                    trace = slot.item.trace if traced else []
                    stage = stage_list[stage_index]
                    observer.on_error(StageFailedError(stage.pipeline, stage.name, error, trace))
                    group.dispose()
                elif errors == "emit":
                    observer.on_next(ItemFailure(slot.item, error))

            def flush() -> None:
                while slots and slots[0].done:
                    deliver(slots.popleft())
                if source_done[0] and not slots:
                    observer.on_completed()

            def on_next(item: Any) -> None:
                if fast is not None and not slots:
                    # the hot path: nothing outstanding, every stage inline
                    try:
                        value = fast(item)
                    except AtStage as stop:
                        slot = _Slot(item, stop.value)
                        slots.append(slot)
                        handle(slot, stop.index, stop.reason, clock())
                        if slot.done:
                            flush()
                        return
                    observer.on_next(value)
                    return
                if type(item) is Resume:
                    # Pipeline.process ran the first attempt of stage 0 inline already
                    slot = _Slot(item.run, item.run.value)
                    slots.append(slot)
                    handle(slot, 0, item.reason, item.started)
                    flush()
                    return
                slot = _Slot(item, item.value if traced else item)
                slots.append(slot)
                run_from(slot, 0)
                flush()

            def on_completed() -> None:
                source_done[0] = True
                if not slots:
                    observer.on_completed()

            group.add(
                source.subscribe(
                    on_next, observer.on_error, on_completed, scheduler=subscribe_scheduler
                )
            )
            return group

        return Observable(subscribe)

    return op


def _default_scheduler() -> abc.SchedulerBase:
    try:
        return AsyncIOScheduler(asyncio.get_running_loop())
    except RuntimeError:
        return CurrentThreadScheduler.singleton()
