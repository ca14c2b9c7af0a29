"""Pipeline: named stages as an operator chain with per-stage timeout, retry and breaker.

    pipeline = await flow_manager.create_pipeline("caption")
    pipeline.add_stage(validate).add_stage(generate, config={"timeout": 10, "retries": 3})
    result = await pipeline.process({"content": "...", "user_id": "u1"})

The same stages apply to a stream of items as one operator:
``source.pipe(pipeline.as_operator())``. What a pipeline does is the chain of
operators of ``_engine.reference_operator``; it runs on that chain's fused path
(``_engine.fused_operator``, proven equal by a differential test), and ``process``
runs one item through the same attempts in the calling task.
"""

from __future__ import annotations

import asyncio
import difflib
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import reactivex
from pydantic import ValidationError
from reactivex import Observable, abc
from reactivex.subject import Subject

from operators import LoopScheduler

from .._clock import clock_of
from .._errors import FlowConfigError
from ._deadline import RunLimits, TaskDeadline
from ._engine import (
    Book,
    Envelope,
    PipelineCounters,
    Tries,
    fused_operator,
    reference_operator,
    run_attempts,
    stage_failed,
)
from ._stage import ErrorMode, ProgressEvent, Stage, StageConfig, StageTrace

if TYPE_CHECKING:
    from ._metrics import FlowTracker

__all__ = ["Pipeline", "PipelineResult"]


@dataclass(slots=True)
class PipelineResult:
    """The outcome of ``Pipeline.process``: the final value and what each stage did."""

    pipeline: str
    result: Any
    trace: list[StageTrace]
    duration_ms: float
    run_id: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the body of ``POST /pipelines/execute``)."""
        return {
            "pipeline": self.pipeline,
            "run_id": self.run_id,
            "result": self.result,
            "trace": [t.to_dict() for t in self.trace],
            "duration_ms": round(self.duration_ms, 3),
        }


def config_error(owner: str, error: ValidationError) -> FlowConfigError:
    """Turn a pydantic error into one message naming every bad field."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "(config)"
        hint = ""
        if item["type"] == "extra_forbidden" and item["loc"]:
            close = difflib.get_close_matches(str(item["loc"][-1]), StageConfig.model_fields, 1)
            hint = f" — did you mean '{close[0]}'?" if close else ""
        parts.append(f"{where}: {item['msg']} (got {item.get('input')!r}){hint}")
    return FlowConfigError(f"{owner}: invalid config — " + "; ".join(parts))


class Pipeline:
    """An ordered list of stages; each a plain function or ``async def`` item -> item."""

    def __init__(
        self,
        name: str,
        *,
        default_timeout: float | None = None,
        scheduler: abc.SchedulerBase | None = None,
        tracker: FlowTracker | None = None,
    ) -> None:
        self.name = name
        self.default_timeout = default_timeout
        self.scheduler = scheduler
        self.stages: list[Stage] = []
        self.progress: Subject[ProgressEvent] = Subject()
        self._tracker = tracker
        self._run_ids = itertools.count(1)
        self._clock = clock_of(scheduler)
        self.counters = PipelineCounters()
        self._on_loop: LoopScheduler | None = None
        self._limits: RunLimits | None = None

    def attach_tracker(self, tracker: FlowTracker | None) -> None:
        """Count this pipeline's runs in ``tracker`` (its manager's limits and metrics)."""
        self._tracker = tracker

    def add_stage(
        self,
        fn: Callable[[Any], Any],
        config: StageConfig | Mapping[str, Any] | None = None,
        *,
        name: str | None = None,
    ) -> Pipeline:
        """Append a stage; returns the pipeline so calls chain.

        Args:
            fn: ``item -> item``, sync or ``async def`` (or returning an Observable).
            config: ``timeout``, ``retries``, ``parallel``, ``run_in``,
                ``circuit_breaker`` and the retry tuning fields of :class:`StageConfig`.
            name: stage name; defaults to the function's ``__name__``.

        Raises:
            FlowConfigError: a duplicate stage name or an invalid config field.
        """
        stage_name = name or getattr(fn, "__name__", None) or f"stage_{len(self.stages) + 1}"
        if any(s.name == stage_name for s in self.stages):
            msg = (
                f"pipeline '{self.name}': a stage named '{stage_name}' already exists; "
                "pass name=... to add the same function twice"
            )
            raise FlowConfigError(msg)
        if not callable(fn):
            msg = f"pipeline '{self.name}': stage '{stage_name}' is not callable: {fn!r}"
            raise FlowConfigError(msg)
        try:
            cfg = config if isinstance(config, StageConfig) else StageConfig(**(config or {}))
        except ValidationError as error:
            raise config_error(f"pipeline '{self.name}' stage '{stage_name}'", error) from None
        except TypeError as error:
            msg = f"pipeline '{self.name}' stage '{stage_name}': config must be a mapping ({error})"
            raise FlowConfigError(msg) from None
        self.stages.append(
            Stage(
                self.name,
                stage_name,
                fn,
                cfg,
                default_timeout=self.default_timeout,
                progress=self.progress,
                scheduler=self.scheduler,
            )
        )
        return self

    def as_operator(
        self,
        *,
        errors: ErrorMode = "raise",
        scheduler: abc.SchedulerBase | None = None,
        engine: Literal["fused", "reference"] = "fused",
    ) -> Callable[[Observable[Any]], Observable[Any]]:
        """All stages as one operator over a stream of items.

        Args:
            errors: what a finally failed item does — ``raise`` errors the stream with
                StageFailedError, ``skip`` drops it (counted in the stage's stats),
                ``emit`` sends ``ItemFailure(item, error)`` downstream.
            scheduler: for retry delays and timeouts; default the pipeline's.
            engine: ``fused`` (the default, fast) or ``reference``, the plain chain of
                operators that defines what the pipeline does (same results, slower).

        Output order is input order.
        """
        build = fused_operator if engine == "fused" else reference_operator
        return build(
            self.stages,
            traced=False,
            errors=errors,
            scheduler=scheduler or self.scheduler,
            clock=self._clock,
            counters=self.counters,
        )

    def observe(
        self, data: Any, *, engine: Literal["fused", "reference"] = "fused"
    ) -> Observable[PipelineResult]:
        """One traced run as an observable: emits a PipelineResult or StageFailedError."""
        build = fused_operator if engine == "fused" else reference_operator
        chain = build(
            self.stages,
            traced=True,
            errors="raise",
            scheduler=self.scheduler,
            clock=self._clock,
            counters=self.counters,
        )
        clock = self._clock
        name = self.name

        def start(_: abc.SchedulerBase) -> Observable[PipelineResult]:
            run = Envelope(data, next(self._run_ids))
            started = clock()

            def result(done: Envelope) -> PipelineResult:
                return PipelineResult(
                    name, done.value, done.trace, (clock() - started) * 1000.0, done.run_id
                )

            source: Observable[Any] = reactivex.just(run)
            return source.pipe(chain, reactivex.operators.map(result))

        return reactivex.defer(start)

    async def process(self, data: Any, *, timeout: float | None = None) -> PipelineResult:
        """Run ``data`` through every stage, in the calling task.

        Each stage's attempts are the pipeline's own (timeout, breaker, retries); an
        ``async def`` stage is awaited here, so it runs in the caller's task as if
        the caller awaited it, and its timeout cancels that await.

        Args:
            data: the item.
            timeout: seconds the whole run may take — waiting for a run slot, every
                stage's attempts and the back-off between them — as
                ``asyncio.timeout`` around the call would, on the one timer the
                stages' own timeouts use. A stage's timeout within it is still that
                stage's failure (retried as configured); the limit is not retried.

        Returns:
            PipelineResult with the final value, per-stage trace and duration.

        Raises:
            StageFailedError: a stage failed after its retries (carries the trace).
            FlowLimitError: the manager's ``max_concurrent_flows`` is reached.
            TimeoutError: ``timeout`` passed before the run finished.
        """
        loop = asyncio.get_running_loop()
        task = asyncio.current_task(loop)
        assert task is not None
        deadline = TaskDeadline(loop, task)
        if timeout is not None:
            limits = self._limits
            if limits is None or limits.loop is not loop:
                limits = self._limits = RunLimits(loop)  # one timer for every run's limit
            deadline.limit_to(timeout, limits)
        tracker = self._tracker
        slot = None
        try:
            if tracker is not None:
                # ``async with tracker.run(...)``, spelled out: a free slot is taken at once
                slot = tracker.run("pipeline", self.name)
                if not slot.take():
                    await slot.wait()
            # the run, in this coroutine (not one of its own: one frame less per run)
            run = Envelope(data, next(self._run_ids))
            clock = self._clock
            book = Book(True, clock)
            scheduler = self.scheduler or self._loop_scheduler(loop)
            started = clock()
            try:
                for stage in self.stages:
                    stage_started = book.started(stage, run)
                    tries = Tries(book, stage, run)
                    try:
                        value = await run_attempts(stage, run.value, deadline, scheduler, tries)
                    except Exception as error:
                        self.counters.failed += 1
                        failed = book.failed(stage, run, error, tries.count, stage_started)
                        raise stage_failed(failed) from None
                    book.succeeded(stage, run, value, tries.count, stage_started)
                self.counters.delivered += 1
                result = PipelineResult(
                    self.name, run.value, run.trace, (clock() - started) * 1000.0, run.run_id
                )
            except BaseException as error:
                if slot is not None:
                    slot.leave(error)
                raise
            if slot is not None:
                slot.leave(None)
            return result
        except asyncio.CancelledError:
            # the limit's own cancellation (consumed); any other is the caller's
            if timeout is not None and deadline.at_limit() and deadline.expired():
                msg = f"pipeline '{self.name}': no result within {timeout:g}s"
                raise TimeoutError(msg) from None
            raise
        finally:
            deadline.close()

    def _loop_scheduler(self, loop: asyncio.AbstractEventLoop) -> abc.SchedulerBase:
        """The running loop's scheduler, made once per loop (it holds only the loop)."""
        cached = self._on_loop
        if cached is None or cached.loop is not loop:
            cached = self._on_loop = LoopScheduler(loop)
        return cached

    def describe(self) -> dict[str, Any]:
        """Definition and per-stage counters, JSON-ready."""
        return {
            "name": self.name,
            "stages": [s.describe() for s in self.stages],
            "delivered": self.counters.delivered,
            "failed": self.counters.failed,
        }
