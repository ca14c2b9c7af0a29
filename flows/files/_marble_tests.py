"""Running the marble tests of a flow file in virtual time.

Each test builds its flow afresh in a FlowManager on a fresh
:class:`~flows.VirtualTimeLoop` (with a ``LoopScheduler``), so retry delays,
timeouts, rate limits, ``delay`` steps and the ``async def`` stages' own awaits all
run in virtual time, in real asyncio tasks. Inputs and outputs by kind:

- pipeline / stream: the input values flow through the steps (a stream then
  stores them); the output is what comes out (stored, for a stream)
- reactive: each input value is a mapping of input updates; the output is the
  value of ``target`` (default the last step) after each update
- state_machine: each input value is an event name (or ``{event, context}``); the
  output is the state after each trigger
- subscription: each input value is published (as ``publish``, or ``{type, data}``);
  the output is every event matching ``observe``, as ``{type, data}``
- processor: each input value is a record of its source (``{source, value}`` when
  it has several); the output is what its sinks would get (a window's
  ``{key, start, end, value, count, update}``), late events as ``{late: ...}``;
  processing time is the virtual clock, in seconds from the test's start

A run costs time linear in the test's size (bounded by ``_limits.py``): outputs are
recorded, grouped and compared in one pass each. With a ``deadline`` (a
``time.monotonic()`` instant) every turn of the virtual loop first checks it, so
a run that would take longer stops with :class:`MarbleTestTimeout` naming the test;
a flow that keeps producing stops at ``MAX_TEST_OUTPUTS`` outputs.
"""

from __future__ import annotations

import asyncio
import time as _time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import reactivex
from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable

from operators import LoopScheduler, backpressure_buffer

from .._registry import Registry
from .._vtime import DeadlinePassed, run_virtual
from ..backends import Entry, Stream
from ..patterns import FlowManager, Pipeline, Processor, ReactiveFlow, StateMachine
from ._build import Installed, install
from ._limits import MAX_TEST_FRAMES, MAX_TEST_OUTPUTS
from ._marbles import (
    MarbleEvent,
    aligned_diff,
    by_time,
    format_duration,
    parse_marbles,
    symbol_for,
)
from ._schema import FlowSpec, MarbleTestDef, ReactiveDef

__all__ = [
    "MarbleTestError",
    "MarbleTestTimeout",
    "TestResult",
    "run_flow_tests",
    "run_marble_test",
    "values_match",
]

_HOUR = 3_600_000_000


class MarbleTestError(Exception):
    """The error a ``#`` in a test's input marbles raises."""


class MarbleTestTimeout(Exception):
    """A run of marble tests passed its deadline; ``index`` is the test it was running."""

    def __init__(self, flow: str, test: str, index: int, seconds: float) -> None:
        self.flow = flow
        self.test = test
        self.index = index
        self.seconds = seconds
        super().__init__(
            f"marble test '{test}' of flow '{flow}' was still running after {seconds:g}s"
        )


@dataclass(frozen=True, slots=True)
class TestResult:
    """The outcome of one marble test; ``report`` shows the diff when it failed."""

    __test__ = False  # not a pytest class

    file: str
    flow: str
    test: str
    passed: bool
    report: str = ""

    def __str__(self) -> str:
        head = f"{'PASS' if self.passed else 'FAIL'} {self.file} {self.flow}::{self.test}"
        return head if self.passed else f"{head}\n{self.report}"


def values_match(expected: Any, actual: Any, mode: str = "exact") -> bool:
    """Equality; with ``mode="subset"`` an expected mapping may omit keys."""
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        if mode != "subset" and set(expected) != set(actual):
            return False
        return all(k in actual and values_match(v, actual[k], mode) for k, v in expected.items())
    if isinstance(expected, list | tuple) and isinstance(actual, list | tuple):
        return len(expected) == len(actual) and all(
            values_match(e, a, mode) for e, a in zip(expected, actual, strict=True)
        )
    return bool(expected == actual)


class _Recorder:
    """The output of a run: ``(time µs, kind, value)``, up to its end or the output cap."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.events: list[tuple[int, str, Any]] = []
        self.ended = False
        self.finished = asyncio.Event()
        self._tasks: list[asyncio.Future[None]] = []

    async def racing(self, action: Coroutine[Any, Any, None]) -> None:
        """Run ``action`` until it ends or the output does, whichever comes first (a
        flow that keeps publishing what it hears never ends by itself)."""
        task = asyncio.ensure_future(action)
        ended = asyncio.ensure_future(self.finished.wait())
        try:
            await asyncio.wait([task, ended], return_when=asyncio.FIRST_COMPLETED)
        finally:
            ended.cancel()
        if task.done():
            task.result()
        else:
            task.cancel()

    def keep(self, task: asyncio.Future[None]) -> None:
        """Hold a task of the run (it ends with the run's loop)."""
        self._tasks.append(task)

    def now(self) -> int:
        return round(self.loop.time() * 1_000_000)

    async def until_end(self, horizon: float) -> None:
        """Until the output ends, or the virtual clock reaches ``horizon`` seconds."""
        waiter = asyncio.ensure_future(self.finished.wait())
        try:
            await asyncio.wait([waiter], timeout=max(0.0, horizon - self.loop.time()))
        finally:
            waiter.cancel()

    def on_next(self, value: Any) -> None:
        if self.ended:
            return
        if len(self.events) >= MAX_TEST_OUTPUTS:
            msg = (
                f"the flow produced more than {MAX_TEST_OUTPUTS} outputs (the limit "
                "MAX_TEST_OUTPUTS); does it publish the events it listens to?"
            )
            self.on_error(RuntimeError(msg))
            return
        self.events.append((self.now(), "N", value))

    def on_error(self, error: Exception) -> None:
        if not self.ended:
            self.events.append((self.now(), "E", error))
            self.ended = True
            self.finished.set()

    def on_completed(self) -> None:
        if not self.ended:
            self.events.append((self.now(), "C", None))
            self.ended = True
            self.finished.set()


def _source(
    scheduler: LoopScheduler, events: Sequence[MarbleEvent], value: Callable[[str], Any], error: str
) -> Observable[Any]:
    """A cold observable of the input marbles (times from subscription at 0)."""

    def subscribe(
        observer: abc.ObserverBase[Any], _: abc.SchedulerBase | None = None
    ) -> abc.DisposableBase:
        def action(event: MarbleEvent) -> Callable[[abc.SchedulerBase, Any], None]:
            def emit(_s: abc.SchedulerBase, _state: Any) -> None:
                if event.kind == "N":
                    observer.on_next(value(event.symbol))
                elif event.kind == "E":
                    observer.on_error(MarbleTestError(error))
                else:
                    observer.on_completed()

            return emit

        now = scheduler.seconds()
        return CompositeDisposable(
            [scheduler.schedule_relative(e.time / 1_000_000 - now, action(e)) for e in events]
        )

    return Observable(subscribe)


def run_marble_test(
    spec: FlowSpec, test: MarbleTestDef, registry: Registry, *, deadline: float | None = None
) -> TestResult:
    """Build the flow on a fresh virtual-time loop, feed the input marbles, compare.

    Synchronous: it runs its own event loop (call it from a thread, or outside one).

    Raises:
        MarbleTestTimeout: ``deadline`` (a ``time.monotonic()`` instant) passed first.
    """
    started = _time.monotonic()
    try:
        return run_virtual(_run(spec, test, registry), deadline=deadline)
    except DeadlinePassed:
        index = next((i for i, t in enumerate(spec.flow.tests) if t is test), 0)
        seconds = _time.monotonic() - started
        raise MarbleTestTimeout(spec.name, test.name, index, seconds) from None


async def _run(spec: FlowSpec, test: MarbleTestDef, registry: Registry) -> TestResult:
    span = test.timespan_us
    inputs = parse_marbles(test.input, span)
    expected = parse_marbles(test.expect, span)
    loop = asyncio.get_running_loop()
    scheduler = LoopScheduler(loop)
    manager = FlowManager(scheduler=scheduler)
    installed = await install(spec, manager, registry)
    rec = _Recorder(loop)

    def value(symbol: str) -> Any:
        return test.values.get(symbol, symbol)

    horizon = max((e.time for e in (*inputs, *expected)), default=0) + _HOUR
    flow = installed.flow
    if isinstance(flow, Processor):
        source = _source(scheduler, inputs, value, test.input_error)
        source.pipe(flow.test_operator(scheduler)).subscribe(
            rec.on_next, rec.on_error, rec.on_completed
        )
        await rec.until_end(horizon / 1_000_000)
    elif isinstance(flow, (Pipeline, Stream)):
        _drive_rx(installed, test, _source(scheduler, inputs, value, test.input_error), rec)
        await rec.until_end(horizon / 1_000_000)
    else:
        await _drive_async(installed, test, inputs, value, rec, manager)
    return _compare(spec, test, expected, rec)


def _drive_rx(
    installed: Installed, test: MarbleTestDef, source: Observable[Any], rec: _Recorder
) -> None:
    flow = installed.flow
    if isinstance(flow, Pipeline):
        source.pipe(flow.as_operator(errors=test.errors)).subscribe(
            rec.on_next, rec.on_error, rec.on_completed
        )
        return
    assert isinstance(flow, Stream)
    stream = flow

    def stored(entry: Entry) -> None:
        rec.on_next(entry.value)

    def produce(item: Any) -> Observable[bool]:
        return reactivex.from_future(asyncio.ensure_future(stream.produce(item)))

    # the items wait in a bounded buffer for the stream's producer, one produce at a
    # time in order (a ``block`` stream may make one wait); no input has more items
    # than frames, so the bound is never reached
    into_stream = backpressure_buffer(MAX_TEST_FRAMES, "error", consumer=produce)
    stream.entries_subject.subscribe(stored, rec.on_error, rec.on_completed)
    if installed.pipeline is not None:
        source = source.pipe(installed.pipeline.as_operator(errors=test.errors))
    source.pipe(into_stream).subscribe(on_error=rec.on_error, on_completed=stream.close)


async def _drive_async(
    installed: Installed,
    test: MarbleTestDef,
    inputs: Sequence[MarbleEvent],
    value: Callable[[str], Any],
    rec: _Recorder,
    manager: FlowManager,
) -> None:
    if installed.subscriptions:
        manager.event_bus.events(test.observe).subscribe(
            lambda e: rec.on_next({"type": e.type, "data": e.data})
        )
    for event in inputs:
        if rec.ended:
            break
        seconds = event.time / 1_000_000
        if seconds > rec.loop.time():
            await asyncio.sleep(seconds - rec.loop.time())
        if event.kind == "E":
            rec.on_error(MarbleTestError(test.input_error))
            break
        if event.kind == "C":
            rec.on_completed()
            break
        try:
            await rec.racing(_apply(installed, test, value(event.symbol), rec, manager))
        except Exception as error:
            rec.on_error(error)
            break


async def _apply(
    installed: Installed, test: MarbleTestDef, item: Any, rec: _Recorder, manager: FlowManager
) -> None:
    """Feed one input value to a reactive flow, a state machine or the event bus."""
    flow = installed.flow
    if isinstance(flow, ReactiveFlow):
        if not isinstance(item, Mapping):
            msg = f"reactive test values are mappings of input updates, got {item!r}"
            raise TypeError(msg)
        flow.set_inputs(item)
        spec_flow = installed.spec.flow
        assert isinstance(spec_flow, ReactiveDef)
        target = test.target or spec_flow.steps[-1].id
        rec.on_next(await flow.get(target))
    elif isinstance(flow, StateMachine):
        if isinstance(item, Mapping):
            await flow.trigger(str(item.get("event")), item.get("context"))
        else:
            await flow.trigger(str(item))
        rec.on_next(flow.state)
    elif test.publish is not None:
        await manager.event_bus.publish(test.publish, item)
    elif isinstance(item, Mapping) and "type" in item:
        await manager.event_bus.publish(str(item["type"]), item.get("data"))
    else:
        msg = f"give the test `publish: <event type>`, or values as {{type, data}}; got {item!r}"
        raise TypeError(msg)


def _error_text(error: Any) -> str:
    return f"{type(error).__name__}: {error}"


def _compare(
    spec: FlowSpec, test: MarbleTestDef, expected: Sequence[MarbleEvent], rec: _Recorder
) -> TestResult:
    table = {**test.values, **test.expect_values}

    def expected_value(symbol: str) -> Any:
        return table.get(symbol, symbol)

    def match(exp: Any, act: Any) -> bool:
        return values_match(exp, act, test.match)

    def same_value(e: MarbleEvent, kind: str, value: Any) -> bool:
        if e.kind != kind:
            return False
        if kind == "N":
            return match(expected_value(e.symbol), value)
        if kind == "E":
            return test.error is None or test.error in _error_text(value)
        return True

    passed = len(expected) == len(rec.events) and all(
        e.time == time and same_value(e, kind, value)
        for e, (time, kind, value) in zip(expected, rec.events, strict=True)
    )
    if passed:
        return TestResult(spec.file, spec.name, test.name, True)
    # the diff draws each output by the letter of the value it matches: only now, as
    # finding it compares the output with every value of the test
    actual: list[MarbleEvent] = []
    actual_values: dict[int, Any] = {}
    for time, kind, val in rec.events:
        symbol = symbol_for(val, table, match) if kind == "N" else ""
        event = MarbleEvent(time, kind, symbol)  # type: ignore[arg-type]
        actual.append(event)
        actual_values[id(event)] = val

    def same(e: MarbleEvent, a: MarbleEvent) -> bool:
        return e.time == a.time and same_value(e, a.kind, actual_values[id(a)])

    span = test.timespan_us
    exp_line, act_line, marks = aligned_diff(expected, actual, span, same)
    lines = [
        f"    input:    {test.input}",
        f"    expected: {exp_line}",
        f"    actual:   {act_line}",
        f"              {marks}",
    ]
    exp_at, act_at = by_time(expected), by_time(actual)
    for t in sorted({*exp_at, *act_at}):
        here_e, here_a = exp_at.get(t, []), act_at.get(t, [])
        if len(here_e) == len(here_a) and all(map(same, here_e, here_a)):
            continue
        want = ", ".join(_describe(e, expected_value(e.symbol), test.error) for e in here_e)
        got = ", ".join(_describe(a, actual_values[id(a)], None) for a in here_a)
        lines.append(
            f"    at {format_duration(t) if t else '0'}: expected {want or 'nothing'}; "
            f"got {got or 'nothing'}"
        )
    if not any(e.kind != "N" for e in actual):
        lines.append("    (the output never ended within the virtual horizon)")
    return TestResult(spec.file, spec.name, test.name, False, "\n".join(lines))


def _describe(event: MarbleEvent, value: Any, error: str | None) -> str:
    if event.kind == "C":
        return "completion |"
    if event.kind == "E":
        if isinstance(value, BaseException):
            return f"error # {_error_text(value)!r:.200}"
        return f"error # containing {error!r}" if error else "error #"
    return f"{event.symbol} = {value!r:.200}"


def run_flow_tests(
    spec: FlowSpec, registry: Registry, *, deadline: float | None = None
) -> list[TestResult]:
    """Every marble test of one flow, in order, each on its own virtual-time loop.

    Synchronous, like :func:`run_marble_test`.

    Raises:
        MarbleTestTimeout: ``deadline`` (a ``time.monotonic()`` instant) passed before
            the last test finished.
    """
    return [run_marble_test(spec, test, registry, deadline=deadline) for test in spec.flow.tests]
