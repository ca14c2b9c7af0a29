"""The marble tests of an uploaded flow, run off the event loop with a deadline.

``PUT /flows/{name}`` runs the body's tests before it installs the flow. They run in
virtual time but cost real CPU: on the event loop, a 40 KB body once held ``/health``
for 8 s. Here each run goes to a small pool of worker threads, each with an event
loop of its own, and has a deadline (``CAPTIONFLOW_MARBLE_TEST_TIMEOUT``, never beyond
``CAPTIONFLOW_REQUEST_TIMEOUT``):

- the run checks the deadline before every action of its virtual clock and stops
  with :class:`~flows.files.MarbleTestTimeout` naming the test it was in;
- the request waits at most the deadline plus :data:`GRACE` seconds, whatever the
  thread does, and answers with that test located;
- a run still queued behind busy workers at its deadline never starts
  (:class:`TestWorkersBusy`, a 503 with ``Retry-After``).

Threads rather than processes: the tests' cost is bounded by the named limits of
``flows.files`` (frames, values, tests) and linear in them, so a run is short and a
thread stops at the next action after its deadline, without the start-up and the
pickling of a process per upload. The GIL is shared: while a run computes, the loop
gets the interpreter back within a switch interval, which ``python -m app`` lowers to
0.5 ms (:data:`app.__main__.SWITCH_INTERVAL`) so that a request's many socket calls do
not each wait 5 ms behind the run.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from aiohttp import web

from flows import FlowSpec, Registry, TestResult, run_marble_test
from flows.files import MarbleTestTimeout

__all__ = ["GRACE", "TEST_RUNS", "TestRuns", "TestWorkersBusy"]

GRACE = 1.0
"""Seconds past its deadline that a request waits for a run that has not stopped."""


class TestWorkersBusy(Exception):
    """Every test worker was busy until the run's deadline: it never started."""

    __test__ = False  # not a pytest class

    def __init__(self, workers: int, seconds: float) -> None:
        self.workers = workers
        self.seconds = seconds
        super().__init__(
            f"all {workers} marble test worker(s) were busy for {seconds:g}s; "
            "the flow's tests did not start"
        )


@dataclass(slots=True)
class _Progress:
    """Which test a run is in (read by the request when the thread overruns)."""

    index: int = 0
    started: bool = False


class TestRuns:
    """A pool of ``workers`` threads running marble tests, each run within ``seconds``."""

    __test__ = False  # not a pytest class

    def __init__(self, workers: int, seconds: float, registry: Callable[[], Registry]) -> None:
        self.workers = workers
        self.seconds = seconds
        self.registry = registry
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="marble-tests")

    async def run(self, spec: FlowSpec) -> list[TestResult]:
        """Every test of ``spec``, in order, in a worker thread.

        Raises:
            MarbleTestTimeout: the deadline passed while a test ran (``index`` names it).
            TestWorkersBusy: no worker was free before the deadline.
        """
        deadline = time.monotonic() + self.seconds
        progress = _Progress()
        future: Future[list[TestResult]] = self._pool.submit(self._run, spec, deadline, progress)
        try:
            async with asyncio.timeout(self.seconds + GRACE):
                return await asyncio.wrap_future(future)
        except TimeoutError:
            if future.cancel() or not progress.started:
                raise TestWorkersBusy(self.workers, self.seconds) from None
            test = spec.flow.tests[progress.index]
            raise MarbleTestTimeout(spec.name, test.name, progress.index, self.seconds) from None

    def _run(self, spec: FlowSpec, deadline: float, progress: _Progress) -> list[TestResult]:
        if time.monotonic() >= deadline:
            raise TestWorkersBusy(self.workers, self.seconds)
        progress.started = True
        # components of their own: an offline engine and a fresh cache, so the tests
        # neither call a remote model nor write into the live caption cache
        registry = self.registry()

        results = []
        for index, test in enumerate(spec.flow.tests):
            progress.index = index
            results.append(run_marble_test(spec, test, registry, deadline=deadline))
        return results

    def close(self) -> None:
        """Stop taking runs; queued ones are cancelled, running ones stop at their deadline."""
        self._pool.shutdown(wait=False, cancel_futures=True)


TEST_RUNS = web.AppKey("test_runs", TestRuns)
