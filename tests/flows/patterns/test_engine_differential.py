"""The fused engine is an optimisation of the reference chain, never a second engine.

For random pipelines (one to three stages, plain or ``async def``, with or without a
timeout, retries and parallelism) and random stage behaviours per item and attempt —
return, raise, suspend for a while, exceed the timeout, fail N times then succeed —
the fused operator, the plain chain of operators (``engine="reference"``: per stage
``map_async`` over ``timeout_each``, ``circuit_breaker`` and ``retry_with_backoff``,
``measure``d) and ``Pipeline.process`` must agree on outputs, errors, attempt counts,
the virtual instant of every attempt and every output, and what each stage's
``LatencyStats`` counted (items, failures, total latency). Everything runs on a VirtualTimeLoop, so
delays, timeouts and retry back-off take no wall time and the schedule is exact.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import reactivex
from hypothesis import given, settings
from hypothesis import strategies as st
from reactivex.abc import DisposableBase

from flows import Pipeline, StageFailedError, run_virtual
from operators import ItemFailure, LoopScheduler

Action = tuple[Literal["ok", "raise", "suspend", "overrun"], float]


@dataclass(frozen=True)
class StageSpec:
    """One stage: its kind, settings and what it does on each attempt of each item."""

    is_async: bool
    timeout: float | None
    retries: int
    parallel: int | bool
    # item -> actions for attempt 1, 2, ...; past the end the stage returns at once
    script: dict[int, tuple[Action, ...]]


class Boom(Exception):
    """A stage's own failure (retryable)."""


def _actions(is_async: bool, timed: bool) -> st.SearchStrategy[Action]:
    ok = st.tuples(st.just("ok"), st.just(0.0))
    fail = st.tuples(st.just("raise"), st.just(0.0))
    if not is_async:
        return st.one_of(ok, fail)
    delays = st.sampled_from([0.01, 0.05, 0.2])
    suspend = st.tuples(st.just("suspend"), delays)
    kinds = [ok, fail, suspend]
    if timed:
        kinds.append(st.tuples(st.just("overrun"), st.just(0.0)))
    return st.one_of(*kinds)


@st.composite
def stage_specs(draw: st.DrawFn, items: int) -> StageSpec:
    is_async = draw(st.booleans())
    timeout = draw(st.sampled_from([None, 0.1, 0.3])) if is_async else None
    retries = draw(st.integers(0, 2))
    parallel = draw(st.sampled_from([False, 2, 4])) if is_async else False
    actions = st.lists(_actions(is_async, timeout is not None), max_size=retries + 1)
    script = {i: tuple(draw(actions)) for i in range(items)}
    return StageSpec(is_async, timeout, retries, parallel, script)


@st.composite
def pipelines(draw: st.DrawFn) -> tuple[list[StageSpec], list[int]]:
    items = draw(st.integers(1, 6))
    specs = draw(st.lists(stage_specs(items), min_size=1, max_size=3))
    return specs, list(range(items))


@dataclass
class Log:
    """What one run did, in virtual time."""

    attempts: list[tuple[int, int, int, float]]  # stage, item, attempt, started at
    outputs: list[tuple[float, str]]  # emitted at, value or failure
    stats: list[tuple[int, int, float]] | None = None  # per stage: count, errors, latency

    def counted(self, pipeline: Pipeline) -> Log:
        self.stats = [
            (s.stats.count, s.stats.errors, round(s.stats.total_latency, 6))
            for s in pipeline.stages
        ]
        return self


def _build(specs: Sequence[StageSpec], log: Log) -> Pipeline:
    # the loop's scheduler (what a pipeline without one uses) named, so that traces and
    # stats read the virtual clock
    pipeline = Pipeline("differential", scheduler=LoopScheduler(asyncio.get_running_loop()))
    for index, spec in enumerate(specs):
        pipeline.add_stage(
            _stage_fn(index, spec, log),
            {
                "timeout": spec.timeout,
                "retries": spec.retries,
                "retry_delay": 0.05,
                "retry_jitter": 0.0,
                "parallel": spec.parallel,
            },
            name=f"s{index}",
        )
    return pipeline


def _stage_fn(index: int, spec: StageSpec, log: Log) -> Callable[[Any], Any]:
    tries: dict[int, int] = {}

    def next_action(value: tuple[int, int]) -> Action:
        item = value[0]
        tries[item] = tries.get(item, 0) + 1
        log.attempts.append((index, item, tries[item], asyncio.get_running_loop().time()))
        script = spec.script.get(item, ())
        return script[tries[item] - 1] if tries[item] <= len(script) else ("ok", 0.0)

    def plain(value: tuple[int, int]) -> tuple[int, int]:
        kind, _ = next_action(value)
        if kind == "raise":
            raise Boom(f"s{index} item {value[0]}")
        return (value[0], value[1] * 10 + index + 1)

    async def suspending(value: tuple[int, int]) -> tuple[int, int]:
        kind, delay = next_action(value)
        if kind == "raise":
            raise Boom(f"s{index} item {value[0]}")
        if kind == "suspend":
            await asyncio.sleep(delay)
        if kind == "overrun":
            await asyncio.sleep(10.0)
        return (value[0], value[1] * 10 + index + 1)

    return suspending if spec.is_async else plain


def _describe(value: Any) -> str:
    if isinstance(value, ItemFailure):
        error = value.error
        return f"failed {value.item!r}: {type(error).__name__}"
    return repr(value)


async def _stream(specs: Sequence[StageSpec], items: list[int], engine: str) -> Log:
    log = Log([], [])
    pipeline = _build(specs, log)
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    operator = pipeline.as_operator(errors="emit", engine=engine)  # type: ignore[arg-type]

    def on_next(value: Any) -> None:
        log.outputs.append((loop.time(), _describe(value)))

    def on_error(error: Exception) -> None:
        done.set_exception(error)

    def on_completed() -> None:
        done.set_result(None)

    source = reactivex.from_iterable([(item, item) for item in items])
    subscription: DisposableBase = source.pipe(operator).subscribe(on_next, on_error, on_completed)
    try:
        await done
    finally:
        subscription.dispose()
    return log.counted(pipeline)


async def _processed(specs: Sequence[StageSpec], items: list[int]) -> Log:
    log = Log([], [])
    pipeline = _build(specs, log)
    loop = asyncio.get_running_loop()
    for item in items:
        try:
            result = await pipeline.process((item, item))
            log.outputs.append((loop.time(), repr(result.result)))
        except StageFailedError as error:
            log.outputs.append((loop.time(), f"failed {error.stage}"))
    return log.counted(pipeline)


async def _observed(specs: Sequence[StageSpec], items: list[int], engine: str) -> Log:
    log = Log([], [])
    pipeline = _build(specs, log)
    loop = asyncio.get_running_loop()
    for item in items:
        done: asyncio.Future[str] = loop.create_future()

        def on_next(result: Any, done: asyncio.Future[str] = done) -> None:
            done.set_result(repr(result.result))

        def on_error(error: Exception, done: asyncio.Future[str] = done) -> None:
            assert isinstance(error, StageFailedError), error
            done.set_result(f"failed {error.stage}")

        subscription = pipeline.observe((item, item), engine=engine).subscribe(  # type: ignore[arg-type]
            on_next, on_error
        )
        try:
            outcome = await done
            log.outputs.append((loop.time(), outcome))
        finally:
            subscription.dispose()
    return log.counted(pipeline)


Rounded = tuple[
    list[tuple[int, int, int, float]], list[tuple[float, str]], list[tuple[int, int, float]]
]


def _rounded(log: Log) -> Rounded:
    attempts = sorted((s, i, a, round(t, 6)) for s, i, a, t in log.attempts)
    outputs = [(round(t, 6), v) for t, v in log.outputs]
    return attempts, outputs, log.stats or []


@settings(max_examples=300, deadline=None)
@given(pipelines())
def test_fused_stream_equals_the_reference_chain(case: tuple[list[StageSpec], list[int]]) -> None:
    specs, items = case
    fused = run_virtual(_stream(specs, items, "fused"))
    reference = run_virtual(_stream(specs, items, "reference"))
    assert _rounded(fused) == _rounded(reference)


@settings(max_examples=200, deadline=None)
@given(pipelines())
def test_process_and_both_traced_runs_agree(case: tuple[list[StageSpec], list[int]]) -> None:
    specs, items = case
    processed = run_virtual(_processed(specs, items))
    fused = run_virtual(_observed(specs, items, "fused"))
    reference = run_virtual(_observed(specs, items, "reference"))
    assert _rounded(processed) == _rounded(reference)
    assert _rounded(fused) == _rounded(reference)


def test_the_generator_reaches_every_behaviour() -> None:
    """The properties above are only as good as the cases: every action, timeouts,
    retries and parallel stages all occur in a sample of generated pipelines."""
    seen: set[str] = set()

    @settings(max_examples=200, database=None, deadline=None)
    @given(pipelines())
    def collect(case: tuple[list[StageSpec], list[int]]) -> None:
        for spec in case[0]:
            seen.add("async" if spec.is_async else "plain")
            if spec.timeout is not None:
                seen.add("timeout")
            if spec.retries:
                seen.add("retries")
            if spec.parallel:
                seen.add("parallel")
            for actions in spec.script.values():
                seen.update(kind for kind, _ in actions)

    collect()
    assert seen >= {"async", "plain", "timeout", "retries", "parallel"} | {
        "ok",
        "raise",
        "suspend",
        "overrun",
    }


def test_a_known_case_has_the_expected_schedule() -> None:
    """Pins the semantics the properties compare: an async stage with a 0.1 s timeout
    overruns once, then succeeds after its 0.05 s back-off; a plain stage raises once
    and is retried 0.05 s later."""
    specs = [
        StageSpec(True, 0.1, 1, False, {0: (("overrun", 0.0),)}),
        StageSpec(False, None, 1, False, {0: (("raise", 0.0),)}),
    ]
    for engine in ("fused", "reference"):
        log = run_virtual(_stream(specs, [0], engine))
        attempts, outputs, stats = _rounded(log)
        assert attempts == [
            (0, 0, 1, 0.0),
            (0, 0, 2, 0.15),
            (1, 0, 1, 0.15),
            (1, 0, 2, 0.2),
        ], engine
        assert outputs == [(0.2, "(0, 12)")], engine
        # untraced: no latencies; a failed attempt that was retried is no failure
        assert stats == [(0, 0, 0.0), (0, 0, 0.0)], engine


def test_traced_runs_measure_each_stage() -> None:
    """A traced run's stats: the known case's stage 0 took 0.15 s (an overrun, the
    back-off, a success), stage 1 0.05 s; a stage that fails for good counts an error."""
    specs = [
        StageSpec(True, 0.1, 1, False, {0: (("overrun", 0.0),)}),
        StageSpec(False, None, 1, False, {0: (("raise", 0.0),)}),
    ]
    for engine in ("fused", "reference"):
        assert _rounded(run_virtual(_observed(specs, [0], engine)))[2] == [
            (1, 0, 0.15),
            (1, 0, 0.05),
        ], engine
    failing = [StageSpec(False, None, 0, False, {0: (("raise", 0.0),)})]
    for engine in ("fused", "reference"):
        assert _rounded(run_virtual(_stream(failing, [0], engine)))[2] == [(0, 1, 0.0)], engine
