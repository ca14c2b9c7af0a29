"""Pipeline: named stages as an operator chain with per-stage timeout, retry and breaker.

    pipeline = await flow_manager.create_pipeline("caption")
    pipeline.add_stage(validate).add_stage(generate, config={"timeout": 10, "retries": 3})
    result = await pipeline.process({"content": "...", "user_id": "u1"})

The same stages apply to a stream of items as one operator:
``source.pipe(pipeline.as_operator())``.
"""

from __future__ import annotations

import asyncio
import difflib
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import reactivex
from pydantic import ValidationError
from reactivex import Observable, abc
from reactivex.subject import Subject

from .._clock import clock_of
from .._errors import FlowConfigError
from ._runner import PipelineCounters, Resume, Run, emit_progress, pipeline_operator, trace_ok
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
        self._traced: Callable[[Observable[Any]], Observable[Any]] | None = None
        self._resume_ops: dict[int, Callable[[Observable[Any]], Observable[Any]]] = {}

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
            config: ``timeout``, ``retries``, ``parallel``, ``circuit_breaker`` and the
                retry tuning fields of :class:`StageConfig`.
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
        self._traced = None
        self._resume_ops.clear()
        return self

    def as_operator(
        self, *, errors: ErrorMode = "raise", scheduler: abc.SchedulerBase | None = None
    ) -> Callable[[Observable[Any]], Observable[Any]]:
        """All stages as one operator over a stream of items.

        Args:
            errors: what a finally failed item does — ``raise`` errors the stream with
                StageFailedError, ``skip`` drops it (counted in the stage's stats),
                ``emit`` sends ``ItemFailure(item, error)`` downstream.
            scheduler: for retry delays and timeouts; default the pipeline's.

        Output order is input order.
        """
        return pipeline_operator(
            self.stages,
            traced=False,
            errors=errors,
            scheduler=scheduler or self.scheduler,
            clock=self._clock,
            counters=self.counters,
        )

    def observe(self, data: Any) -> Observable[PipelineResult]:
        """One run as an observable: emits a PipelineResult or StageFailedError."""
        if self._traced is None:
            self._traced = pipeline_operator(
                self.stages,
                traced=True,
                errors="raise",
                scheduler=self.scheduler,
                clock=self._clock,
                counters=self.counters,
            )
        chain = self._traced
        clock = self._clock
        name = self.name

        def start(_: abc.SchedulerBase) -> Observable[PipelineResult]:
            run = Run(next(self._run_ids), data)
            started = clock()

            def result(done: Run) -> PipelineResult:
                return PipelineResult(
                    name, done.value, done.trace, (clock() - started) * 1000.0, done.run_id
                )

            source: Observable[Any] = reactivex.just(run)
            return source.pipe(chain, reactivex.operators.map(result))

        return reactivex.defer(start)

    async def process(self, data: Any) -> PipelineResult:
        """Run ``data`` through every stage.

        Returns:
            PipelineResult with the final value, per-stage trace and duration.

        Raises:
            StageFailedError: a stage failed after its retries (carries the trace).
            FlowLimitError: the manager's ``max_concurrent_flows`` is reached.
        """
        if self._tracker is None:
            return await self._run_once(data)
        async with self._tracker.run("pipeline", self.name):
            return await self._run_once(data)

    async def _run_once(self, data: Any) -> PipelineResult:
        """Run every stage inline while they finish inline; else resume in the operator."""
        run = Run(next(self._run_ids), data)
        clock = self._clock
        started = clock()
        for index, stage in enumerate(self.stages):
            emit_progress(stage, run.run_id, "stage_started", 1, 0.0)
            stage_started = clock()
            try:
                value = stage.call_inline(run.value, clock)
            except Exception as reason:  # a suspension, or a failure to retry or report
                run = await self._resume(run, index, reason, stage_started)
                break
            run.value = value
            trace_ok(stage, run, 1, clock() - stage_started)
        return PipelineResult(
            self.name, run.value, run.trace, (clock() - started) * 1000.0, run.run_id
        )

    async def _resume(self, run: Run, index: int, reason: Exception, started: float) -> Run:
        """Finish ``run`` from stage ``index`` in the fused operator (slow path)."""
        operator = self._resume_ops.get(index)
        if operator is None:
            operator = self._resume_ops[index] = pipeline_operator(
                self.stages[index:],
                traced=True,
                errors="raise",
                scheduler=self.scheduler,
                clock=self._clock,
                counters=self.counters,
            )
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Run] = loop.create_future()

        def on_next(done: Run) -> None:
            if not future.done():
                future.set_result(done)

        def on_error(error: Exception) -> None:
            if not future.done():
                future.set_exception(error)

        source: Observable[Any] = reactivex.just(Resume(run, reason, started))
        subscription = source.pipe(operator).subscribe(on_next, on_error)
        try:
            return await future
        finally:
            subscription.dispose()

    def describe(self) -> dict[str, Any]:
        """Definition and per-stage counters, JSON-ready."""
        return {
            "name": self.name,
            "stages": [s.describe() for s in self.stages],
            "slow_path_delivered": self.counters.delivered,
            "failed": self.counters.failed,
        }
